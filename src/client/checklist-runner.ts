/**
 * <checklist-runner>: turns a server-rendered checklist into a run that records who did what
 * and when. The printed list stays the source of truth without JavaScript; this element only
 * adds the run on top. All rules (layering, deadlines, records) live in src/domain/run.
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
	type StepState,
} from '../domain/run/model.ts';
import { historyLine, runToJson, runToMarkdown } from '../domain/run/export.ts';
import { EPOCH_KEY, openRunStore, RUN_KEY_PREFIX, type SaveOutcome } from '../domain/run/store.ts';
import { unfinishedRuns } from '../domain/run/unfinished.ts';
import { links } from '../domain/routes.ts';
import { clock, dateTime, elapsed } from '../domain/run/time.ts';
import { download, fill, h } from './dom.ts';
import { guardUnsaved, unreadableNotice } from './run-storage.ts';

const TICK_MS = 20_000;

class ChecklistRunner extends HTMLElement {
	private store = openRunStore();
	private checklist!: ChecklistSnapshot;
	private run: ChecklistRun | undefined;
	private panel!: HTMLElement;
	private announcer!: HTMLElement;
	private timer: number | undefined;

	connectedCallback(): void {
		const data = this.querySelector('script[data-snapshot]');
		if (!data?.textContent) return;
		this.checklist = JSON.parse(data.textContent) as ChecklistSnapshot;
		this.panel = h('div', { class: 'run-panel' });
		this.announcer = h('p', { class: 'sr-only', 'aria-live': 'polite' });
		this.prepend(this.panel, this.announcer);
		window.addEventListener('storage', (event) => this.onStorage(event));
		guardUnsaved(this.store, () => this.afterRetry());
		window.addEventListener('beforeprint', () => this.querySelectorAll('details').forEach((d) => (d.open = true)));

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
		const merged = mergeRuns(latest, run);
		const ours = missingEvents(latest, run).length > 0;
		this.run = merged;
		this.render();
		if (ours) void this.store.save(merged).then((outcome) => this.saved(outcome));
	}

	/** Another tab cleared this device's runs: this tab must not write the run back. */
	private dropCleared(): void {
		this.run = undefined;
		window.clearInterval(this.timer);
		this.classList.remove('running');
		history.replaceState(null, '', location.pathname);
		this.renderStart('这次运行的记录已在本设备的另一个标签页中清除，没有再保存。');
	}

	/** What a save came back with: other tabs' events merged in, or a clear that dropped the run. */
	private saved(outcome: SaveOutcome): void {
		if (!this.run) return;
		if (outcome.status === 'cleared') return this.dropCleared();
		if (outcome.run.id !== this.run.id) return;
		const before = this.run.events.length;
		this.run = mergeRuns(outcome.run, this.run);
		if (this.run.events.length !== before || outcome.status === 'pending') this.render();
		else this.renderSaving();
	}

	private afterRetry(): void {
		if (this.run) this.saved({ status: this.store.unsaved ? 'pending' : 'saved', run: this.run });
	}

	private begin(options: Parameters<typeof startRun>[1]): void {
		const run = startRun(this.checklist, options);
		this.show(run);
		this.announce(`已开始执行：${this.checklist.title}`);
		this.panel.querySelector<HTMLElement>('h2')?.focus();
		// The address names the run once the device holds it (or knows it cannot yet).
		void this.store.save(run).then((outcome) => {
			this.saved(outcome);
			if (this.run?.id === run.id) history.replaceState(null, '', links.run(this.checklist.id, run.id));
		});
	}

	private show(run: ChecklistRun): void {
		this.run = run;
		this.classList.add('running');
		this.render();
		window.clearInterval(this.timer);
		this.timer = window.setInterval(() => this.tick(), TICK_MS);
	}

	/** Refreshes clocks and overdue marks without disturbing someone typing a note. */
	private tick(): void {
		const typing = document.activeElement?.matches('input[type=text], textarea');
		if (!typing) this.render();
	}

	private announce(message: string): void {
		this.announcer.textContent = message;
	}

	private apply(event: Parameters<typeof record>[1], message: string): void {
		if (!this.run) return;
		this.run = record(this.run, event);
		this.render();
		this.announce(message);
		void this.store.save(this.run).then((outcome) => this.saved(outcome));
	}

	private get operator(): string {
		return this.store.operator;
	}

	private savingNotice(): HTMLElement {
		const notice = h('div', { class: 'run-saving' });
		this.fillSaving(notice);
		return notice;
	}

	/** Says, in place, whether what the page holds is on the device; no re-render needed. */
	private renderSaving(): void {
		const notice = this.panel.querySelector<HTMLElement>('.run-saving');
		if (notice) this.fillSaving(notice);
	}

	private fillSaving(notice: HTMLElement): void {
		const problem = !this.store.readable
			? '本设备无法保存运行记录（隐私模式或存储被禁用）。记录只在当前页面中，关闭或刷新页面就会丢失：请随时导出。'
			: this.store.unsaved > 0
				? '最近的操作尚未保存到本设备（存储空间已满）。页面会自动重试；在此之前不要关闭页面，请随时导出。'
				: '';
		fill(notice, problem && h('p', { class: 'run-notice', role: 'alert' }, problem), unreadableNotice(this.store));
	}

	private renderStart(problem?: string): void {
		const unfinished = unfinishedRuns(
			this.store.list().filter((run) => run.checklist.id === this.checklist.id),
			new Date(),
		);
		const severityOptions = [
			h('option', { value: '' }, '不确定（按最高级别处理）'),
			...this.checklist.severities.map((severity) => h('option', { value: severity.id }, `${severity.name}：${severity.when}`)),
		];
		const form = h(
			'form',
			{
				class: 'run-start',
				onsubmit: (event: Event) => {
					event.preventDefault();
					const fields = new FormData(event.target as HTMLFormElement);
					const by = String(fields.get('by') ?? '').trim();
					if (by) this.store.operator = by;
					this.begin({
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
			this.savingNotice(),
			h('button', { type: 'submit', class: 'run-primary' }, '开始执行'),
			h('p', { class: 'run-hint' }, '开始后记录启动时间；以下内容可以留空，稍后再补。'),
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

	private render(): void {
		const run = this.run;
		if (!run) return;
		const focusKey = (document.activeElement as HTMLElement | null)?.dataset['key'];
		const state = runState(run);
		const overdue = state.visible.filter((s) => s.overdue).length;
		const current = document.querySelector<HTMLElement>('.checklist')?.dataset['edition'];
		const readDo = run.checklist.type === 'READ-DO' && !state.finished;

		fill(
			this.panel,
			h(
				'div',
				{ class: 'run-bar', role: 'status' },
				h('h2', { tabindex: -1 }, run.drill ? '【演练】' : '', state.finished ? '已结束' : '运行中', run.title ? `：${run.title}` : ''),
				h(
					'p',
					{},
					`${dateTime(new Date(run.startedAt))} 开始 · 已用 ${elapsed(state.elapsedMinutes)} · 完成 ${state.done}/${state.total}`,
					state.severity && ` · ${severityName(run.checklist, state.severity)}`,
					run.reportedBy && ` · 报告人 ${run.reportedBy}`,
					overdue > 0 && h('strong', { class: 'run-overdue' }, ` · ${overdue} 步已超时`),
				),
				h('progress', { max: state.total, value: state.done, 'aria-label': '完成进度' }),
			),
			this.savingNotice(),
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
				run.checklist.severities.length > 0 &&
					h(
						'label',
						{},
						'级别',
						h(
							'select',
							{
								'data-key': 'severity',
								disabled: state.finished,
								onchange: (event: Event) => {
									const severity = (event.target as HTMLSelectElement).value;
									this.apply({ type: 'severity', severity, by: this.operator }, `级别改为 ${severityName(run.checklist, severity)}`);
								},
							},
							run.checklist.severities.map((s) => h('option', { value: s.id, selected: s.id === state.severity }, s.name)),
						),
					),
				h(
					'label',
					{},
					'操作人',
					h('input', {
						type: 'text',
						'data-key': 'operator',
						value: this.operator,
						autocomplete: 'name',
						onchange: (event: Event) => (this.store.operator = (event.target as HTMLInputElement).value.trim()),
					}),
				),
			),
			readDo && state.next && this.nextStep(state.next),
			...run.checklist.phases.map((phase, index) => {
				const steps = state.visible.filter((s) => s.phase === index);
				return (
					steps.length > 0 &&
					h(
						'section',
						{ class: 'run-phase' },
						h('h3', {}, `阶段 ${index + 1}　${phase.title}`),
						h(
							'ol',
							{ class: 'run-steps' },
							steps.map((s) => this.stepRow(s, state.finished)),
						),
					)
				);
			}),
			h(
				'div',
				{ class: 'run-actions' },
				state.finished
					? h(
							'button',
							{ type: 'button', 'data-key': 'reopen', onclick: () => this.apply({ type: 'reopen', by: this.operator }, '运行已重新打开') },
							'重新打开',
						)
					: h(
							'button',
							{
								type: 'button',
								'data-key': 'finish',
								onclick: () => {
									const open = state.visible.length - state.done;
									if (open === 0 || confirm(`还有 ${open} 步未完成，确定结束这次运行吗？`))
										this.apply({ type: 'finish', by: this.operator }, '运行已结束');
								},
							},
							'结束运行',
						),
				h('button', { type: 'button', 'data-key': 'md', onclick: () => this.export('md') }, '导出 Markdown'),
				h('button', { type: 'button', 'data-key': 'json', onclick: () => this.export('json') }, '导出 JSON'),
				h('button', { type: 'button', 'data-key': 'copy', onclick: () => this.copy() }, '复制记录'),
				h('button', { type: 'button', 'data-key': 'print', onclick: () => window.print() }, '打印记录'),
				h('a', { href: location.pathname, class: 'run-leave' }, '返回清单'),
			),
			this.history(run),
		);
		if (focusKey) {
			// The "完成此步" button belongs to the step just done: focus moves to the next step's.
			const target =
				this.panel.querySelector<HTMLElement>(`[data-key="${focusKey}"]`) ??
				(focusKey.startsWith('next-') ? this.panel.querySelector<HTMLElement>('[data-key^="next-"]') : null);
			target?.focus();
		}
	}

	private nextStep(next: StepState): HTMLElement {
		const step = next.step;
		return h(
			'section',
			{ class: 'run-next', 'aria-label': '下一步' },
			h('p', { class: 'run-next-label' }, '下一步'),
			h('p', { class: 'run-next-text' }, step.text, step.critical && h('span', { class: 'critical-mark' }, '关键')),
			step.detail && h('p', {}, step.detail),
			h(
				'p',
				{ class: 'run-meta' },
				`${step.roleName} · 截止 ${clock(next.dueAt)}`,
				next.overdue && h('strong', { class: 'run-overdue' }, ' · 已超时'),
			),
			h('p', { class: 'run-meta' }, `记录：${step.record}`),
			h(
				'button',
				{ type: 'button', class: 'run-primary', 'data-key': `next-${step.id}`, onclick: () => this.toggle(next, true) },
				'完成此步',
			),
		);
	}

	private stepRow(s: StepState, finished: boolean): HTMLElement {
		const step = s.step;
		const id = `run-step-${step.id}`;
		return h(
			'li',
			{ class: `run-step${s.done ? ' done' : ''}${s.overdue ? ' overdue' : ''}`, 'data-step': step.id },
			h('input', {
				type: 'checkbox',
				id,
				'data-key': `check-${step.id}`,
				checked: s.done,
				disabled: finished,
				onchange: (event: Event) => this.toggle(s, (event.target as HTMLInputElement).checked),
			}),
			h(
				'div',
				{},
				h('label', { for: id }, step.text, step.critical && h('span', { class: 'critical-mark' }, '关键')),
				h(
					'p',
					{ class: 'run-meta' },
					h('a', { href: links.role(step.role) }, step.roleName),
					` · 截止 ${clock(s.dueAt)}`,
					s.done && s.doneAt && ` · ${clock(new Date(s.doneAt))} 完成${s.doneBy ? `（${s.doneBy}）` : ''}`,
					s.overdue && h('strong', { class: 'run-overdue' }, ' · 已超时'),
				),
				s.notes.length > 0 && h('p', { class: 'run-meta' }, `备注：${s.notes.join('；')}`),
				h(
					'details',
					{ class: 'run-note' },
					h('summary', { 'data-key': `note-open-${step.id}` }, '添加备注'),
					h(
						'form',
						{
							onsubmit: (event: Event) => {
								event.preventDefault();
								const input = (event.target as HTMLFormElement).elements.namedItem('note') as HTMLInputElement;
								const note = input.value.trim();
								if (note) this.apply({ type: 'note', step: step.id, note, by: this.operator }, `已为“${step.text}”添加备注`);
							},
						},
						h(
							'label',
							{},
							`“${step.text}”的备注`,
							h('input', { type: 'text', name: 'note', 'data-key': `note-${step.id}`, autocomplete: 'off' }),
						),
						h('button', { type: 'submit' }, '保存备注'),
					),
				),
			),
		);
	}

	private toggle(s: StepState, done: boolean): void {
		this.apply({ type: done ? 'check' : 'uncheck', step: s.step.id, by: this.operator }, `${done ? '已完成' : '已撤销'}：${s.step.text}`);
	}

	private history(run: ChecklistRun): HTMLElement {
		return h(
			'details',
			{ class: 'run-history' },
			h('summary', {}, `操作历史（${run.events.length} 条）`),
			h(
				'ol',
				{},
				run.events.map((event) => h('li', {}, historyLine(run, event))),
			),
		);
	}

	private fileName(extension: string): string {
		const run = this.run!;
		return `${run.checklist.id}-${run.startedAt.slice(0, 16).replace(/[:T]/g, '')}${run.drill ? '-drill' : ''}.${extension}`;
	}

	private export(kind: 'md' | 'json'): void {
		if (!this.run) return;
		if (kind === 'md') download(this.fileName('md'), runToMarkdown(this.run), 'text/markdown;charset=utf-8');
		else download(this.fileName('json'), runToJson(this.run), 'application/json');
		this.announce('记录已导出');
	}

	private async copy(): Promise<void> {
		if (!this.run) return;
		try {
			await navigator.clipboard.writeText(runToMarkdown(this.run));
			this.announce('记录已复制到剪贴板');
		} catch {
			this.announce('无法访问剪贴板，请改用“导出 Markdown”');
		}
	}
}

customElements.define('checklist-runner', ChecklistRunner);
