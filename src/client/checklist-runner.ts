/**
 * <checklist-runner>: turns a server-rendered checklist into a run that records who did what
 * and when. The page's own step rows become the run's (src/client/run-steps.ts); this element
 * adds the start form, the run's bar and controls, and the history, and updates them in place.
 * All rules (layering, deadlines, records) live in src/domain/run.
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
} from '../domain/run/model.ts';
import { historyLine, runSummary, runToJson, runToMarkdown } from '../domain/run/export.ts';
import { EPOCH_KEY, openRunStore, RUN_KEY_PREFIX, type SaveOutcome } from '../domain/run/store.ts';
import { unfinishedRuns } from '../domain/run/unfinished.ts';
import { links } from '../domain/routes.ts';
import { clock, countdown, dateTime, deadline, elapsed, fileStamp, localInputValue } from '../domain/run/time.ts';
import { download, fill, h, setText, show } from './dom.ts';
import { guardUnsaved, unreadableNotice } from './run-storage.ts';
import { StepRows } from './run-steps.ts';
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
	progress: HTMLProgressElement;
	severity: HTMLSelectElement | undefined;
	discovery: HTMLInputElement;
	statutory: { section: HTMLElement; items: Map<string, HTMLElement> };
	next:
		| { card: HTMLElement; text: HTMLElement; critical: HTMLElement; detail: HTMLElement; meta: HTMLElement; record: HTMLElement }
		| undefined;
	finish: HTMLButtonElement;
	history: HTMLOListElement;
	historySummary: HTMLElement;
	footer: HTMLElement;
}

class ChecklistRunner extends HTMLElement {
	private store = openRunStore();
	private checklist!: ChecklistSnapshot;
	private run: ChecklistRun | undefined;
	private view: RunView | undefined;
	private panel!: HTMLElement;
	private announcer!: HTMLElement;
	private timer: number | undefined;

	connectedCallback(): void {
		const data = this.querySelector('script[data-snapshot]');
		if (!data?.textContent) return;
		this.checklist = JSON.parse(data.textContent) as ChecklistSnapshot;
		this.panel = h('div', { class: 'run-panel' });
		this.announcer = h('p', { class: 'sr-only', 'aria-live': 'polite' });
		// Whoever discovered the incident reads their first actions before the start button.
		const firstActions = this.querySelector('.first-actions');
		if (firstActions) firstActions.after(this.panel, this.announcer);
		else this.prepend(this.panel, this.announcer);
		window.addEventListener('storage', (event) => this.onStorage(event));
		guardUnsaved(this.store, () => this.afterRetry());
		// Print the details open, then give back the ones the reader had closed.
		let closed: HTMLDetailsElement[] = [];
		window.addEventListener('beforeprint', () => {
			closed = [...this.querySelectorAll('details:not([open])')] as HTMLDetailsElement[];
			for (const details of closed) details.open = true;
		});
		window.addEventListener('afterprint', () => closed.forEach((details) => (details.open = false)));

		const params = new URLSearchParams(location.search);
		const runId = params.get('run');
		if (runId) {
			const saved = this.store.get(runId);
			if (saved && saved.checklist.id === this.checklist.id) this.show(saved);
			else if (saved) location.replace(links.run(saved.checklist.id, saved.id));
			else this.renderStart(`找不到运行记录 ${runId}：它可能保存在另一台设备或另一个浏览器上，或已被清除。`);
		} else if (params.has('start')) {
			this.begin({ severity: params.get('start') ?? '', by: this.store.operator });
		} else this.renderStart();
	}

	disconnectedCallback(): void {
		window.clearInterval(this.timer);
	}

	private onStorage(event: StorageEvent): void {
		const run = this.run;
		if (!run) return;
		if (event.key === null || event.key === EPOCH_KEY || (event.key === RUN_KEY_PREFIX + run.id && event.newValue === null)) {
			if (this.store.isCleared(run.id) || !this.store.get(run.id)) this.dropCleared();
			return;
		}
		if (event.key !== RUN_KEY_PREFIX + run.id) return;
		// Another tab recorded on this run: merge its events, and write the union back if this tab
		// holds events the stored copy lacks (its write may have crossed ours).
		const latest = this.store.get(run.id);
		if (!latest) return;
		const ours = missingEvents(latest, run).length > 0;
		this.run = mergeRuns(latest, run);
		this.update();
		if (ours) void this.store.save(this.run).then((outcome) => this.saved(outcome));
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

	private begin(options: Parameters<typeof startRun>[1]): void {
		const run = startRun(this.checklist, options);
		this.show(run);
		this.announce(`已开始执行：${this.checklist.title}`);
		this.view?.title.focus();
		// The address names the run once the device holds it (or knows it cannot yet).
		void this.store.save(run).then((outcome) => {
			this.saved(outcome);
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
	}

	private announce(message: string): void {
		this.announcer.textContent = message;
	}

	private apply(event: NewEvent, message: string): void {
		if (!this.run) return;
		this.run = record(this.run, event);
		this.update();
		this.announce(message);
		void this.store.save(this.run).then((outcome) => this.saved(outcome));
	}

	private get operator(): string {
		return this.store.operator;
	}

	/** Says whether what the page holds is on the device; filled in place on every update. */
	private fillSaving(notice: HTMLElement): void {
		const problem = !this.store.readable
			? '本设备无法保存运行记录（隐私模式或存储被禁用）。记录只在当前页面中，关闭或刷新页面就会丢失：请随时导出。'
			: this.store.unsaved > 0
				? '最近的操作尚未保存到本设备（存储空间已满）。页面会自动重试；在此之前不要关闭页面，请随时导出。'
				: '';
		const unreadable = unreadableNotice(this.store);
		const shown = `${problem}|${unreadable ? unreadable.textContent : ''}`;
		if (notice.dataset['shown'] === shown) return;
		notice.dataset['shown'] = shown;
		fill(notice, problem && h('p', { class: 'run-notice', role: 'alert' }, problem), unreadable);
	}

	private renderStart(problem?: string): void {
		if (takeClearedNotice()) problem = '这次运行的记录已在本设备的另一个标签页中清除，没有再保存。';
		const unfinished = unfinishedRuns(
			this.store.list().filter((run) => run.checklist.id === this.checklist.id),
			new Date(),
		);
		const severityOptions = [
			h('option', { value: '' }, '不确定（按最高级别处理）'),
			...this.checklist.severities.map((severity) => h('option', { value: severity.id }, `${severity.name}：${severity.when}`)),
		];
		const saving = h('div', { class: 'run-saving' });
		this.fillSaving(saving);
		const form = h(
			'form',
			{
				class: 'run-start',
				onsubmit: (event: Event) => {
					event.preventDefault();
					if (!confirmStartOnStalePage()) return;
					const fields = new FormData(event.target as HTMLFormElement);
					const by = String(fields.get('by') ?? '').trim();
					if (by) this.store.operator = by;
					const discovered = String(fields.get('discoveredAt') ?? '');
					this.begin({
						...(discovered ? { discoveredAt: new Date(discovered) } : {}),
						title: String(fields.get('title') ?? ''),
						reportedBy: String(fields.get('reportedBy') ?? ''),
						severity: String(fields.get('severity') ?? ''),
						drill: fields.get('drill') === 'on',
						by,
					});
				},
			},
			h('h2', { tabindex: -1 }, '执行这张清单'),
			problem && h('p', { class: 'run-notice', role: 'alert' }, problem),
			saving,
			h('button', { type: 'submit', class: 'run-primary' }, '开始执行'),
			h('p', { class: 'run-hint' }, '开始后记录启动时间；以下内容可以留空，稍后再补。'),
			h(
				'label',
				{},
				'发现时间（法定时限多从发现起算）',
				h('input', { type: 'datetime-local', name: 'discoveredAt', value: localInputValue(new Date()), max: localInputValue(new Date()) }),
			),
			this.checklist.severities.length > 0 && h('label', {}, '级别', h('select', { name: 'severity' }, severityOptions)),
			h(
				'label',
				{},
				'事件标题',
				h('input', { type: 'text', name: 'title', autocomplete: 'off', placeholder: '例如：3 号电脑疑似中勒索病毒' }),
			),
			h('label', {}, '报告人', h('input', { type: 'text', name: 'reportedBy', autocomplete: 'off' })),
			h('label', {}, '我的姓名（记录为操作人）', h('input', { type: 'text', name: 'by', autocomplete: 'name', value: this.operator })),
			h(
				'label',
				{ class: 'run-check' },
				h('input', { type: 'checkbox', name: 'drill', checked: this.checklist.kind === 'drill' }),
				'这是演练',
			),
		);
		const resume =
			unfinished.length > 0 &&
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
			);
		fill(this.panel, form, resume);
	}

	/** Builds the run's controls once and upgrades the page's step rows; `update` fills them. */
	private build(run: ChecklistRun): void {
		const article = this.querySelector<HTMLElement>('.checklist')!;
		const current = article.dataset['edition'];
		const title = h('h2', { tabindex: -1 });
		const summary = h('span', {});
		const overdue = h('strong', { class: 'run-overdue' });
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
			h('div', { class: 'run-bar', role: 'status' }, title, h('p', {}, summary, overdue), progress),
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
				h(
					'label',
					{},
					'操作人',
					h('input', {
						type: 'text',
						value: this.operator,
						autocomplete: 'name',
						onchange: (event: Event) => (this.store.operator = (event.target as HTMLInputElement).value.trim()),
					}),
				),
			),
			next?.card,
		);
		const finish = h('button', { type: 'button', onclick: () => this.finishOrReopen() }) as HTMLButtonElement;
		const history = h('ol', {}) as HTMLOListElement;
		const historySummary = h('summary', {});
		const footer = h(
			'div',
			{ class: 'run-panel run-footer' },
			h(
				'div',
				{ class: 'run-actions' },
				finish,
				h('button', { type: 'button', onclick: () => this.export('md') }, '导出 Markdown'),
				h('button', { type: 'button', onclick: () => this.export('json') }, '导出 JSON'),
				h('button', { type: 'button', onclick: (event: Event) => void this.copy(event.currentTarget as HTMLElement) }, '复制摘要'),
				h('span', { class: 'run-copied', role: 'status' }),
				h('button', { type: 'button', onclick: () => window.print() }, '打印记录'),
				h('a', { href: location.pathname, class: 'run-leave' }, '返回清单'),
			),
			h('details', { class: 'run-history' }, historySummary, history),
		);
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
			progress,
			severity,
			discovery,
			statutory,
			next,
			finish,
			history,
			historySummary,
			footer,
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
		setText(view.title, `${run.drill ? '【演练】' : ''}${state.finished ? '已结束' : '运行中'}${run.title ? `：${run.title}` : ''}`);
		setText(
			view.summary,
			(Math.abs(Date.parse(run.startedAt) - Date.parse(state.discoveredAt)) >= 60_000
				? `${dateTime(new Date(state.discoveredAt))} 发现 · `
				: '') +
				`${dateTime(new Date(run.startedAt))} 开始 · 已用 ${elapsed(state.elapsedMinutes)} · 完成 ${state.done}/${state.total}` +
				(state.notApplicable ? ` · 不适用 ${state.notApplicable}` : '') +
				(state.severity ? ` · ${severityName(run.checklist, state.severity)}` : '') +
				(run.reportedBy ? ` · 报告人 ${run.reportedBy}` : ''),
		);
		setText(view.overdue, overdue > 0 ? ` · ${overdue} 步已超时` : '');
		if (view.progress.max !== Math.max(state.total, 1)) view.progress.max = Math.max(state.total, 1);
		if (view.progress.value !== state.done) view.progress.value = state.done;
		if (view.severity) {
			if (view.severity.value !== state.severity && document.activeElement !== view.severity) view.severity.value = state.severity ?? '';
			view.severity.disabled = state.finished;
		}
		const discovered = localInputValue(new Date(state.discoveredAt));
		if (view.discovery.value !== discovered && document.activeElement !== view.discovery) view.discovery.value = discovered;
		view.discovery.disabled = state.finished;
		this.updateStatutory(view, state, now);
		this.updateNext(view, state, now);
		view.rows.update(state, now);
		setText(view.finish, state.finished ? '重新打开' : '结束运行');
		setText(view.historySummary, `操作历史（${run.events.length} 条）`);
		this.updateHistory(view.history, run);
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

	/** The history only grows in logical order, except when another tab's events fall in between. */
	private updateHistory(list: HTMLOListElement, run: ChecklistRun): void {
		const lines = run.events.map((event) => historyLine(run, event));
		const items = list.children;
		let same = 0;
		while (same < items.length && same < lines.length && items[same]!.textContent === lines[same]) same++;
		while (items.length > same) items[items.length - 1]!.remove();
		for (const line of lines.slice(same)) list.append(h('li', {}, line));
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

	private fileName(extension: string): string {
		const run = this.run!;
		// Local time, as the person saving the file reads the clock.
		return `${run.checklist.id}-${fileStamp(new Date(run.startedAt))}${run.drill ? '-drill' : ''}.${extension}`;
	}

	private export(kind: 'md' | 'json'): void {
		if (!this.run) return;
		if (kind === 'md') download(this.fileName('md'), runToMarkdown(this.run), 'text/markdown;charset=utf-8');
		else download(this.fileName('json'), runToJson(this.run), 'application/json');
		this.announce('记录已导出');
	}

	/** Plain text for a chat app; the feedback is shown next to the button, not only announced. */
	private async copy(button: HTMLElement): Promise<void> {
		if (!this.run) return;
		const feedback = button.nextElementSibling as HTMLElement | null;
		let message: string;
		try {
			await navigator.clipboard.writeText(runSummary(this.run));
			message = '已复制，可以粘贴到聊天软件';
		} catch {
			message = '无法访问剪贴板，请改用“导出 Markdown”';
		}
		if (feedback) {
			feedback.textContent = message;
			window.setTimeout(() => feedback.textContent === message && (feedback.textContent = ''), 4_000);
		}
	}
}

customElements.define('checklist-runner', ChecklistRunner);
