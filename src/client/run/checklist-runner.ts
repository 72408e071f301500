/**
 * <checklist-runner>: turns a server-rendered checklist into a run that records who did what
 * and when. The page's own step rows become the run's (src/client/run/steps.ts); the start form
 * is the page's own too (src/components/run/RunStart.astro), so nothing moves when this script
 * arrives. This element wires the form, replaces it with the run's bar and controls, and updates
 * them in place. All rules (layering, deadlines, records) live in src/domain/run.
 *
 * What is not needed before the first tick loads in its own chunks, so the page's first visit
 * stays small: the store and its validation (src/domain/run/store.ts: only when the device holds a run
 * or one starts) and the record below the steps (./run-record.ts: exports, history, drill
 * evaluation). The finish button stays here: a run can be finished even if that chunk cannot load.
 */
import {
	mergeRuns,
	missingEvents,
	record,
	runState,
	severityName,
	startRun,
	type ChecklistRun,
	type ChecklistSnapshot,
	type NewEvent,
	type RunState,
	type SnapshotStep,
	type StartOptions,
} from '../../domain/run/model.ts';
import type { RunStore, SaveOutcome } from '../../domain/run/store.ts';
import { EPOCH_KEY, hasStoredRuns, openStorage, RUN_KEY_PREFIX, storedOperator } from '../../domain/run/keys.ts';
import { unfinishedRuns } from '../../domain/run/unfinished.ts';
import { links } from '../../domain/routes.ts';
import { clock, countdown, dateTime, deadline, elapsed, localInputValue, recordTime } from '../../domain/run/time.ts';
import { fill, h, setText, show } from '../dom.ts';
import { guardUnsaved, unreadableNotice } from './storage-notices.ts';
import { HANDOVER_UNAVAILABLE, payloadOf } from '../../domain/run/handover-fragment.ts';
import { StepRows } from './steps.ts';
import type { RunRecord } from './record.ts';
import type { Imported } from './handover-types.ts';
import { confirmStartOnStalePage } from './stale-start.ts';

const TICK_MS = 20_000;
/** sessionStorage flag: the page was reloaded because another tab cleared the run it showed. */
const CLEARED_NOTICE_KEY = 'manual.cleared-notice';

function takeClearedNotice(): boolean {
	try {
		const flagged = sessionStorage.getItem(CLEARED_NOTICE_KEY) !== null;
		sessionStorage.removeItem(CLEARED_NOTICE_KEY);
		return flagged;
	} catch {
		return false;
	}
}

/** The parts of a shown run that updates write to; built once per run. */
interface RunView {
	runId: string;
	rows: StepRows;
	title: HTMLElement;
	summary: HTMLElement;
	overdue: HTMLElement;
	facts: HTMLElement;
	progress: HTMLProgressElement;
	severity: HTMLSelectElement | undefined;
	discovery: HTMLInputElement;
	incidentTitle: HTMLInputElement;
	reporter: HTMLInputElement;
	statutory: { section: HTMLElement; items: Map<string, HTMLElement> };
	next:
		| { card: HTMLElement; text: HTMLElement; critical: HTMLElement; detail: HTMLElement; meta: HTMLElement; record: HTMLElement }
		| undefined;
	/** Below the steps: the finish button, and the record's exports and history once their chunk has loaded. */
	footer: HTMLElement;
	finish: HTMLButtonElement;
	record: RunRecord | undefined;
}

class ChecklistRunner extends HTMLElement {
	/** The store, once loaded: only when the device holds a run or this page starts one. */
	private store: RunStore | undefined;
	private storeLoading: Promise<RunStore> | undefined;
	/** The store's chunk could not be loaded (offline before it was ever cached): the run is only in this page. */
	private storeFailed = false;
	private readonly storage = openStorage();
	private checklist!: ChecklistSnapshot;
	private run: ChecklistRun | undefined;
	private view: RunView | undefined;
	private panel!: HTMLElement;
	private announcer!: HTMLElement;
	private timer: number | undefined;

	connectedCallback(): void {
		const data = this.querySelector('script[data-snapshot]');
		const panel = this.querySelector<HTMLElement>('.run-panel');
		const announcer = this.querySelector<HTMLElement>('[data-run-announcer]');
		if (!data?.textContent || !panel || !announcer) return;
		this.checklist = JSON.parse(data.textContent) as ChecklistSnapshot;
		this.panel = panel;
		this.announcer = announcer;
		window.addEventListener('storage', (event) => this.onStorage(event));
		window.addEventListener('online', () => this.run && this.storeFailed && void this.persist(this.run));
		// Print the details open, then give back the ones the reader had closed.
		let closed: HTMLDetailsElement[] = [];
		window.addEventListener('beforeprint', () => {
			closed = [...this.querySelectorAll('details:not([open])')] as HTMLDetailsElement[];
			for (const details of closed) details.open = true;
		});
		window.addEventListener('afterprint', () => closed.forEach((details) => (details.open = false)));

		const params = new URLSearchParams(location.search);
		const runId = params.get('run');
		if (payloadOf(location.hash)) void this.takeHandover();
		else if (runId) void this.open(runId);
		else if (params.has('start')) void this.begin(this.startOptions(params));
		else {
			this.wireStart();
			this.fillStart();
			if (hasStoredRuns(this.storage)) void this.loadStore().then(() => this.fillStart());
		}
	}

	disconnectedCallback(): void {
		window.clearInterval(this.timer);
	}

	/** Loads the store (and its validation) once; retries of pending saves start with it. A failed load is tried again next time. */
	private loadStore(): Promise<RunStore> {
		this.storeLoading ??= import('../../domain/run/store.ts').then(
			({ openRunStore }) => {
				const store = openRunStore();
				[this.store, this.storeFailed] = [store, false];
				guardUnsaved(store, () => this.afterRetry());
				return store;
			},
			(error: unknown) => {
				[this.storeLoading, this.storeFailed] = [undefined, true];
				throw error;
			},
		);
		return this.storeLoading;
	}

	/** `?run=`: the run if this device holds it and it is this checklist's; otherwise a notice saying where it is. */
	private async open(runId: string): Promise<void> {
		const store = await this.loadStore();
		const saved = store.get(runId);
		if (saved && saved.checklist.id === this.checklist.id) return this.show(saved);
		this.wireStart();
		if (saved) {
			const title = runState(saved).title;
			this.fillStart(
				h(
					'p',
					{ class: 'run-notice', role: 'alert' },
					`运行记录 ${runId} 属于另一张清单“${saved.checklist.title}”${title ? `（${title}）` : ''}，不是本清单的运行。`,
					h('a', { href: links.run(saved.checklist.id, saved.id) }, `打开“${saved.checklist.title}”中的这次运行`),
				),
			);
		} else this.fillStart(`找不到运行记录 ${runId}：它可能保存在另一台设备或另一个浏览器上，或已被清除。`);
	}

	/** Opened from a hand-over link: the run in its fragment is validated, merged, saved and shown. */
	private async takeHandover(): Promise<void> {
		const outcome = await Promise.all([import('./import-control.ts'), this.loadStore()]).then(
			([handover, store]) => handover.takeHandoverLink(this.checklist, store) ?? { problem: HANDOVER_UNAVAILABLE },
			() => ({ problem: HANDOVER_UNAVAILABLE }),
		);
		if ('run' in outcome) return this.adopt(outcome);
		this.wireStart();
		this.fillStart(outcome.problem);
	}

	/** Shows a run handed over from another device (already merged and saved); another run than the one shown opens in its place. */
	private adopt({ run, message }: Imported): void {
		if (this.run && this.run.id !== run.id) return location.assign(links.run(run.checklist.id, run.id));
		if (this.run) {
			this.run = mergeRuns(run, this.run);
			this.update();
		} else {
			this.show(run);
			history.replaceState(null, '', links.run(this.checklist.id, run.id));
			this.panel.prepend(h('p', { class: 'run-notice', role: 'status' }, message));
		}
		this.announce(message);
	}

	private onStorage(event: StorageEvent): void {
		const run = this.run;
		const store = this.store;
		if (!run || !store) return;
		if (event.key === null || event.key === EPOCH_KEY || (event.key === RUN_KEY_PREFIX + run.id && event.newValue === null)) {
			if (store.isCleared(run.id) || !store.get(run.id)) this.dropCleared();
			return;
		}
		if (event.key !== RUN_KEY_PREFIX + run.id) return;
		// Another tab recorded on this run: merge its events, and write the union back if this tab
		// holds events the stored copy lacks (its write may have crossed ours).
		const latest = store.get(run.id);
		if (!latest) return;
		const ours = missingEvents(latest, run).length > 0;
		this.run = mergeRuns(latest, run);
		this.update();
		if (ours) this.persist(this.run);
	}

	/** Another tab cleared this device's runs: this tab must not write the run back. */
	private dropCleared(): void {
		this.run = undefined;
		// The upgraded rows hold the cleared run: the page goes back to the checklist as served.
		try {
			sessionStorage.setItem(CLEARED_NOTICE_KEY, '1');
		} catch {
			// without the notice the start form still shows; nothing is written back either way
		}
		location.replace(location.pathname);
	}

	/** Saves the run (merged with other tabs' copies); resolves once written, kept pending, or the store could not load. */
	private persist(run: ChecklistRun): Promise<void> {
		return this.loadStore()
			.then((store) => store.save(run))
			.then(
				(outcome) => this.saved(outcome),
				() => this.update(),
			);
	}

	/** What a save came back with: other tabs' events merged in, or a clear that dropped the run. */
	private saved(outcome: SaveOutcome): void {
		if (!this.run) return;
		if (outcome.status === 'cleared') return this.dropCleared();
		if (outcome.run.id !== this.run.id) return;
		if (missingEvents(this.run, outcome.run).length > 0) this.run = mergeRuns(outcome.run, this.run);
		this.update();
	}

	private afterRetry(): void {
		if (this.run) this.update();
	}

	private async begin(options: StartOptions): Promise<void> {
		// Usually loaded already (touching the form asks for it): with the store at hand the run is
		// written the moment it shows, so a reload right after the start finds it.
		await this.loadStore().catch(() => undefined);
		const run = startRun(this.checklist, options);
		this.show(run);
		this.announce(`已开始执行：${this.checklist.title}`);
		this.view?.title.focus();
		// The address names the run once the device holds it (or knows it cannot yet).
		void this.persist(run).then(() => {
			if (this.run?.id === run.id) history.replaceState(null, '', links.run(this.checklist.id, run.id));
		});
	}

	private show(run: ChecklistRun): void {
		this.run = run;
		this.classList.add('running');
		this.build(run);
		this.update();
		window.clearInterval(this.timer);
		this.timer = window.setInterval(() => this.update(), TICK_MS);
		const view = this.view!;
		import('./record.ts')
			.then(({ RunRecord }) => {
				if (this.view !== view) return;
				view.record = new RunRecord(view.footer, { announce: (message) => this.announce(message) });
				this.update();
				// 交给他人 needs the store (it merges what the other side sends back).
				void this.loadStore().then((store) =>
					view.record?.addHandover({ checklist: this.checklist, store, onImported: (outcome) => this.adopt(outcome) }),
				);
			})
			.catch(() =>
				// Offline before this device ever loaded the record's chunk: ticking and finishing still work.
				view.footer.append(
					h('p', { class: 'run-notice' }, '导出、复制摘要和操作历史暂时无法加载（离线）；联网后刷新页面即可使用。记录照常保存在本设备上。'),
				),
			);
	}

	private announce(message: string): void {
		this.announcer.textContent = message;
	}

	private apply(event: NewEvent, message: string): void {
		if (!this.run) return;
		this.run = record(this.run, event);
		this.update();
		this.announce(message);
		void this.persist(this.run);
	}

	private get operator(): string {
		return this.store?.operator ?? storedOperator(this.storage);
	}

	private set operator(name: string) {
		void this.loadStore().then((store) => (store.operator = name));
	}

	/** Says whether what the page holds is on the device; filled in place on every update. */
	private fillSaving(notice: HTMLElement): void {
		const problem = !this.storage
			? '本设备无法保存运行记录（隐私模式或存储被禁用）。记录只在当前页面中，关闭或刷新页面就会丢失：请随时导出。'
			: this.storeFailed && this.run
				? '记录还没有保存到本设备：保存功能未能加载（可能已离线）。不要关闭或刷新页面；联网后会自动保存。'
				: (this.store?.unsaved ?? 0) > 0
					? '最近的操作尚未保存到本设备（存储空间已满）。页面会自动重试；在此之前不要关闭页面，请随时导出。'
					: '';
		const unreadable = this.store ? unreadableNotice(this.store) : false;
		const shown = `${problem}|${unreadable ? unreadable.textContent : ''}`;
		if (notice.dataset['shown'] === shown) return;
		notice.dataset['shown'] = shown;
		fill(notice, problem && h('p', { class: 'run-notice', role: 'alert' }, problem), unreadable);
	}

	/** The served start form: its values that depend on now and on this device, and its submit. */
	private wireStart(): void {
		const form = this.panel.querySelector<HTMLFormElement>('form.run-start');
		if (!form || form.dataset['wired'] !== undefined) return;
		form.dataset['wired'] = '';
		const field = <T extends HTMLInputElement | HTMLSelectElement>(name: string) => form.elements.namedItem(name) as T | null;
		const discovered = field<HTMLInputElement>('discoveredAt');
		const now = localInputValue(new Date());
		if (discovered) [discovered.value, discovered.max] = [now, now];
		const by = field<HTMLInputElement>('by');
		if (by && !by.value) by.value = this.operator;
		// Whoever touches the form is about to start: the store loads then, not on every visit.
		for (const type of ['pointerdown', 'focusin'])
			form.addEventListener(type, () => void this.loadStore().catch(() => undefined), { once: true });
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			// A page older than the installed edition asks first (src/client/run/stale-start.ts).
			if (!confirmStartOnStalePage()) return;
			void this.begin(this.startOptions(new FormData(form)));
		});
		// 接手他人的运行: the served file input; what reads, checks and merges the file loads when one is chosen.
		const importer = this.panel.querySelector<HTMLElement>('.run-import');
		importer?.querySelector('input')?.addEventListener('change', () =>
			Promise.all([import('./import-control.ts'), this.loadStore()]).then(
				([handover, store]) =>
					handover.importChosen(importer, { scope: { checklist: this.checklist }, store, onImported: (outcome) => this.adopt(outcome) }),
				() => {
					const status = importer.querySelector('.run-import-status');
					if (status) setText(status, HANDOVER_UNAVAILABLE);
				},
			),
		);
	}

	/**
	 * How to start, from the form or from the address: a link says `?start=<level>`, and the form
	 * submitted before this script wired it (a quick tap on a slow phone) arrives as `?start=&…`
	 * with its fields.
	 */
	private startOptions(fields: URLSearchParams | FormData): StartOptions {
		const value = (name: string) => String(fields.get(name) ?? '').trim();
		const by = value('by');
		if (by) this.operator = by;
		const discoveredAt = new Date(value('discoveredAt'));
		return {
			...(Number.isNaN(discoveredAt.getTime()) ? {} : { discoveredAt }),
			title: value('title'),
			reportedBy: value('reportedBy'),
			severity: value('severity') || value('start'),
			// The form says whether this is a drill by sending the box or not; a link leaves it to the checklist's kind.
			...(fields.has('discoveredAt') ? { drill: fields.get('drill') === 'on' } : {}),
			by: fields.has('by') ? by : this.operator,
		};
	}

	/** The start form's notices and this checklist's unfinished runs, below the form so nothing above it moves. */
	private fillStart(problem?: string | HTMLElement): void {
		if (this.run) return;
		if (takeClearedNotice()) problem = '这次运行的记录已在本设备的另一个标签页中清除，没有再保存。';
		const slot = this.panel.querySelector<HTMLElement>('.run-problem');
		if (slot && problem) fill(slot, typeof problem === 'string' ? h('p', { class: 'run-notice', role: 'alert' }, problem) : problem);
		const saving = this.panel.querySelector<HTMLElement>('.run-saving');
		if (saving) this.fillSaving(saving);
		if (!this.store) return;
		const unfinished = unfinishedRuns(
			this.store.list().filter((run) => run.checklist.id === this.checklist.id),
			new Date(),
		);
		this.panel.querySelector('.run-resume')?.remove();
		if (unfinished.length === 0) return;
		this.panel.append(
			h(
				'section',
				{ class: 'run-resume', 'aria-label': '未完成的运行' },
				h('h3', {}, '本设备上未完成的运行'),
				h(
					'ul',
					{},
					unfinished.map((run) =>
						h(
							'li',
							{},
							h('a', { href: run.href }, `${run.drill ? '【演练】' : ''}${run.title || '未命名事件'}`),
							` · ${run.started} 开始 · 完成 ${run.progress}`,
						),
					),
				),
			),
		);
	}

	/** Builds the run's controls once and upgrades the page's step rows; `update` fills them. */
	private build(run: ChecklistRun): void {
		const article = this.querySelector<HTMLElement>('.checklist')!;
		const current = article.dataset['edition'];
		const title = h('h2', { tabindex: -1 });
		const summary = h('span', {});
		const overdue = h('strong', { class: 'run-overdue' });
		const facts = h('p', { class: 'run-print-facts' });
		const progress = h('progress', { 'aria-label': '完成进度' }) as HTMLProgressElement;
		const severity =
			run.checklist.severities.length > 0
				? (h(
						'select',
						{
							onchange: (event: Event) => {
								const id = (event.target as HTMLSelectElement).value;
								this.apply({ type: 'severity', severity: id, by: this.operator }, `级别改为 ${severityName(run.checklist, id)}`);
							},
						},
						run.checklist.severities.map((s) => h('option', { value: s.id }, s.name)),
					) as HTMLSelectElement)
				: undefined;
		const next =
			run.checklist.type === 'READ-DO'
				? {
						card: h('section', { class: 'run-next', 'aria-label': '下一步' }),
						text: h('span', {}),
						critical: h('span', { class: 'critical-mark' }, '关键'),
						detail: h('p', {}),
						meta: h('p', { class: 'run-meta' }),
						record: h('p', { class: 'run-meta' }),
					}
				: undefined;
		if (next)
			next.card.append(
				h('p', { class: 'run-next-label' }, '下一步'),
				h('p', { class: 'run-next-text' }, next.text, next.critical),
				next.detail,
				next.meta,
				next.record,
				h(
					'button',
					{
						type: 'button',
						class: 'run-primary',
						onclick: () => {
							const step = this.run && runState(this.run).next?.step;
							if (step) this.toggle(step, true);
						},
					},
					'完成此步',
				),
			);
		const discovery = h('input', {
			type: 'datetime-local',
			onchange: (event: Event) => {
				const value = (event.target as HTMLInputElement).value;
				const at = new Date(value);
				if (!value || Number.isNaN(at.getTime())) return;
				this.apply({ type: 'discovered', discoveredAt: at.toISOString(), by: this.operator }, `发现时间改为 ${dateTime(at)}`);
			},
		}) as HTMLInputElement;
		// Filled in or corrected after the start, as the form promised ("稍后再补"): each change is an event.
		const metadata = (placeholder: string, changed: (value: string, state: RunState) => void) =>
			h('input', {
				type: 'text',
				autocomplete: 'off',
				placeholder,
				onchange: (event: Event) => this.run && changed((event.target as HTMLInputElement).value.trim(), runState(this.run)),
			}) as HTMLInputElement;
		const incidentTitle = metadata('还没有填写', (value, state) => {
			if (value !== state.title)
				this.apply({ type: 'title', title: value, by: this.operator }, value ? `事件标题改为：${value}` : '已清空事件标题');
		});
		const reporter = metadata('还没有填写', (value, state) => {
			if (value !== state.reportedBy)
				this.apply({ type: 'reporter', reportedBy: value, by: this.operator }, value ? `报告人改为：${value}` : '已清空报告人');
		});
		const statutorySteps = run.checklist.phases.flatMap((phase) => phase.steps.filter((step) => step.statutory));
		const items = new Map(statutorySteps.map((step) => [step.id, h('li', {})]));
		const statutory = {
			section: h(
				'section',
				{ class: 'run-statutory', 'aria-label': '法定时限' },
				h('h3', {}, '法定时限'),
				h('ul', {}, [...items.values()]),
			),
			items,
		};
		const saving = h('div', { class: 'run-saving' });
		fill(
			this.panel,
			h('div', { class: 'run-bar', role: 'status' }, title, h('p', {}, summary, overdue), facts, progress),
			statutorySteps.length > 0 && statutory.section,
			saving,
			current &&
				current !== run.checklist.edition &&
				h(
					'p',
					{ class: 'run-notice' },
					`本次运行使用 ${run.checklist.edition} 版清单；当前版本为 ${current}，新版本只用于之后开始的运行。`,
				),
			h(
				'div',
				{ class: 'run-controls' },
				severity && h('label', {}, '级别', severity),
				h('label', {}, '发现时间', discovery),
				h('label', {}, '事件标题', incidentTitle),
				h('label', {}, '报告人', reporter),
				h(
					'label',
					{},
					'操作人',
					h('input', {
						type: 'text',
						value: this.operator,
						autocomplete: 'name',
						onchange: (event: Event) => (this.operator = (event.target as HTMLInputElement).value.trim()),
					}),
				),
			),
			next?.card,
		);
		const finish = h('button', { type: 'button', onclick: () => this.finishOrReopen() }) as HTMLButtonElement;
		const footer = h('div', { class: 'run-panel run-footer' }, h('div', { class: 'run-actions' }, finish));
		article.querySelector('.phases')?.after(footer);
		const rows = new StepRows(article, run.checklist, run.id, {
			toggle: (step, done) => this.toggle(step, done),
			note: (step, note) => this.apply({ type: 'note', step: step.id, note, by: this.operator }, `已为“${step.text}”添加备注`),
			notApplicable: (step, reason, lead) =>
				this.apply(
					{ type: 'not-applicable', step: step.id, reason, ...(lead ? { lead } : {}), by: this.operator },
					`已标为不适用：${step.text}`,
				),
			applicable: (step) => this.apply({ type: 'applicable', step: step.id, by: this.operator }, `已恢复适用：${step.text}`),
		});
		this.view = {
			runId: run.id,
			rows,
			title,
			summary,
			overdue,
			facts,
			progress,
			severity,
			discovery,
			incidentTitle,
			reporter,
			statutory,
			next,
			footer,
			finish,
			record: undefined,
		};
	}

	/** Writes the run's current state into the page, touching only what changed. */
	private update(): void {
		const run = this.run;
		const view = this.view;
		if (!run || !view || view.runId !== run.id) return;
		const now = new Date();
		const state = runState(run, now);
		const overdue = state.overdue;
		setText(view.title, `${run.drill ? '【演练】' : ''}${state.finished ? '已结束' : '运行中'}${state.title ? `：${state.title}` : ''}`);
		setText(
			view.summary,
			(Math.abs(Date.parse(run.startedAt) - Date.parse(state.discoveredAt)) >= 60_000
				? `${dateTime(new Date(state.discoveredAt))} 发现 · `
				: '') +
				`${dateTime(new Date(run.startedAt))} 开始 · 已用 ${elapsed(state.elapsedMinutes)} · 完成 ${state.done}/${state.total}` +
				(state.notApplicable ? ` · 不适用 ${state.notApplicable}` : '') +
				(state.severity ? ` · ${severityName(run.checklist, state.severity)}` : '') +
				(state.reportedBy ? ` · 报告人 ${state.reportedBy}` : ''),
		);
		setText(view.overdue, overdue > 0 ? ` · ${overdue} 步已超时` : '');
		// On paper the record names its edition and its times in full: a printed record is read months later.
		setText(
			view.facts,
			[
				`清单版本 ${run.checklist.edition}`,
				`启动时间 ${recordTime(new Date(run.startedAt))}`,
				`发现时间 ${recordTime(new Date(state.discoveredAt))}`,
				...(state.finishedAt ? [`结束时间 ${recordTime(new Date(state.finishedAt))}`] : []),
				`报告人 ${state.reportedBy || '（未填写）'}`,
			].join(' · '),
		);
		if (view.progress.max !== Math.max(state.total, 1)) view.progress.max = Math.max(state.total, 1);
		if (view.progress.value !== state.done) view.progress.value = state.done;
		if (view.severity) {
			if (view.severity.value !== state.severity && document.activeElement !== view.severity) view.severity.value = state.severity ?? '';
			view.severity.disabled = state.finished;
		}
		const discovered = localInputValue(new Date(state.discoveredAt));
		if (view.discovery.value !== discovered && document.activeElement !== view.discovery) view.discovery.value = discovered;
		view.discovery.disabled = state.finished;
		for (const [input, value] of [
			[view.incidentTitle, state.title],
			[view.reporter, state.reportedBy],
		] as const)
			if (input.value !== value && document.activeElement !== input) input.value = value;
		this.updateStatutory(view, state, now);
		this.updateNext(view, state, now);
		view.rows.update(state, now);
		setText(view.finish, state.finished ? '重新打开' : '结束运行');
		view.record?.update(run, state);
		const saving = this.panel.querySelector<HTMLElement>('.run-saving');
		if (saving) this.fillSaving(saving);
	}

	/** Each legal deadline, counting down from its anchor, whatever step is next. */
	private updateStatutory(view: RunView, state: RunState, now: Date): void {
		const shown = new Set(state.statutory.map((s) => s.step.id));
		for (const [id, item] of view.statutory.items) show(item, shown.has(id));
		show(view.statutory.section, shown.size > 0);
		for (const s of state.statutory) {
			const item = view.statutory.items.get(s.step.id);
			const law = s.step.statutory!;
			if (!item) continue;
			const basis = `《${law.law}》${law.article ? `第${law.article}条` : ''}`;
			const anchor = s.step.from === 'discovery' ? '发现' : '启动';
			const status = s.done && s.doneAt ? `已完成 ${clock(new Date(s.doneAt))}` : countdown(s.dueAt, now);
			setText(item, `${s.step.text} · ${basis} · 截止 ${deadline(s.dueAt, now)}（${anchor}起算） · ${status}`);
			item.classList.toggle('run-overdue', s.overdue);
		}
	}

	private updateNext(view: RunView, state: RunState, now: Date): void {
		const next = view.next;
		if (!next) return;
		const step = state.finished ? undefined : state.next;
		show(next.card, step !== undefined);
		if (!step) return;
		setText(next.text, step.step.text);
		show(next.critical, step.step.critical);
		setText(next.detail, step.step.detail ?? '');
		show(next.detail, Boolean(step.step.detail));
		setText(next.meta, `${step.step.roleName} · 截止 ${deadline(step.dueAt, now)}${step.overdue ? ' · 已超时' : ''}`);
		setText(next.record, `记录：${step.step.record}`);
	}

	private finishOrReopen(): void {
		if (!this.run) return;
		const state = runState(this.run);
		if (state.finished) return this.apply({ type: 'reopen', by: this.operator }, '运行已重新打开');
		const open = state.open;
		if (open === 0 || confirm(`还有 ${open} 步未完成，确定结束这次运行吗？`))
			this.apply({ type: 'finish', by: this.operator }, '运行已结束');
	}

	private toggle(step: SnapshotStep, done: boolean): void {
		this.apply({ type: done ? 'check' : 'uncheck', step: step.id, by: this.operator }, `${done ? '已完成' : '已撤销'}：${step.text}`);
	}
}

customElements.define('checklist-runner', ChecklistRunner);
