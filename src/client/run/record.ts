/**
 * The run's record below its steps: the exports, printing, the history and, for a finished drill,
 * its evaluation, added to the footer the runner built; and 交给他人 and 复制摘要, added to the
 * run's action bar beside the finish button (which the runner built, so a run can be finished
 * even when this chunk cannot load). Loaded by the
 * runner once a run is shown, in its own chunk: nothing here is needed before the first tick,
 * and the checklist page's first visit has a JavaScript budget.
 */
import type { ChecklistRun, RunState } from '../../domain/run/model.ts';
import { historyLine, runSummary, runToJson, runToMarkdown } from '../../domain/run/export.ts';
import { evaluateDrill } from '../../domain/run/drill-evaluation.ts';
import { evaluationSections, evaluationToJson, evaluationToMarkdown } from '../../domain/run/drill-report.ts';
import { fileStamp } from '../../domain/run/time.ts';
import { download, fill, h, setText, show } from '../dom.ts';
import { handoverPanel } from './handover-panel.ts';
import type { HandoverPanelOptions } from './handover-types.ts';

export interface RecordHandlers {
	announce(message: string): void;
}

export class RunRecord {
	private readonly history: HTMLOListElement;
	private readonly historySummary: HTMLElement;
	private readonly evaluation: HTMLElement;
	private readonly evaluationBody: HTMLElement;
	private run: ChecklistRun | undefined;
	private state: RunState | undefined;

	/** The action bar, holding the finish button. */
	private readonly bar: HTMLElement;
	private readonly copied = h('span', { class: 'run-copied', role: 'status' });

	/** `footer` holds a `.run-actions` row for the exports; `bar` is the action bar. */
	constructor(footer: HTMLElement, bar: HTMLElement, handlers: RecordHandlers) {
		this.bar = bar;
		this.history = h('ol', {}) as HTMLOListElement;
		this.historySummary = h('summary', {});
		this.evaluationBody = h('div', {});
		const exported = (message: string) => handlers.announce(message);
		this.evaluation = h(
			'section',
			{ class: 'run-evaluation', 'aria-labelledby': 'run-evaluation-title', hidden: true },
			h('h2', { id: 'run-evaluation-title' }, '演练评估'),
			this.evaluationBody,
			h(
				'div',
				{ class: 'run-actions' },
				h('button', { type: 'button', onclick: () => this.exportEvaluation('md') && exported('评估已导出') }, '导出评估 Markdown'),
				h('button', { type: 'button', onclick: () => this.exportEvaluation('json') && exported('评估已导出') }, '导出评估 JSON'),
			),
		);
		footer
			.querySelector('.run-actions')
			?.append(
				h('button', { type: 'button', onclick: () => this.export('md') && exported('记录已导出') }, '导出 Markdown'),
				h('button', { type: 'button', onclick: () => this.export('json') && exported('记录已导出') }, '导出 JSON'),
				h('button', { type: 'button', onclick: () => window.print() }, '打印记录'),
				h('a', { href: location.pathname, class: 'run-leave' }, '返回清单'),
			);
		footer.append(this.evaluation, h('details', { class: 'run-history' }, this.historySummary, this.history));
		bar.prepend(h('button', { type: 'button', class: 'run-copy', onclick: () => void this.copy() }, '复制摘要'));
		bar.append(this.copied);
	}

	/** 交给他人 first in the action bar; its panel opens in `slot`, under the bar. */
	addHandover(slot: HTMLElement, options: Omit<HandoverPanelOptions, 'run' | 'download'>): void {
		if (slot.querySelector('.run-handover')) return;
		const { button, panel } = handoverPanel({ ...options, run: () => this.run, download: () => this.export('json') });
		this.bar.prepend(button);
		slot.append(panel);
	}

	update(run: ChecklistRun, state: RunState): void {
		this.run = run;
		this.state = state;
		setText(this.historySummary, `操作历史（${run.events.length} 条）`);
		this.updateHistory(run);
		this.updateEvaluation(run, state);
	}

	/** The history only grows in logical order, except when another tab's events fall in between. */
	private updateHistory(run: ChecklistRun): void {
		const lines = run.events.map((event) => historyLine(run, event));
		const items = this.history.children;
		let same = 0;
		while (same < items.length && same < lines.length && items[same]!.textContent === lines[same]) same++;
		while (items.length > same) items[items.length - 1]!.remove();
		for (const line of lines.slice(same)) this.history.append(h('li', {}, line));
	}

	/** Shown (and printed) once a drill is finished; rebuilt only when its figures change. */
	private updateEvaluation(run: ChecklistRun, state: RunState): void {
		const evaluation = run.drill && state.finished ? evaluateDrill(run) : undefined;
		show(this.evaluation, evaluation !== undefined);
		if (!evaluation) return;
		const sections = evaluationSections(evaluation);
		const key = JSON.stringify(sections);
		if (this.evaluationBody.dataset['shown'] === key) return;
		this.evaluationBody.dataset['shown'] = key;
		fill(
			this.evaluationBody,
			...sections.map((section) =>
				h(
					'section',
					{ class: 'run-evaluation-part', 'aria-label': section.heading },
					h('h3', {}, section.heading),
					section.lines.length > 0
						? h(
								'ul',
								{},
								section.lines.map((line) => h('li', {}, line)),
							)
						: h('p', {}, section.empty),
				),
			),
		);
	}

	private fileName(suffix: string, extension: string): string {
		const run = this.run!;
		// Local time, as the person saving the file reads the clock.
		return `${run.checklist.id}-${fileStamp(new Date(run.startedAt))}${run.drill ? '-drill' : ''}${suffix}.${extension}`;
	}

	private export(kind: 'md' | 'json'): boolean {
		if (!this.run) return false;
		if (kind === 'md') download(this.fileName('', 'md'), runToMarkdown(this.run), 'text/markdown;charset=utf-8');
		else download(this.fileName('', 'json'), runToJson(this.run), 'application/json');
		return true;
	}

	private exportEvaluation(kind: 'md' | 'json'): boolean {
		const evaluation = this.run && evaluateDrill(this.run);
		if (!this.run || !evaluation) return false;
		const title = this.state?.title ?? this.run.title;
		if (kind === 'md')
			download(this.fileName('-evaluation', 'md'), evaluationToMarkdown(this.run, evaluation, title), 'text/markdown;charset=utf-8');
		else download(this.fileName('-evaluation', 'json'), evaluationToJson(this.run, evaluation, title), 'application/json');
		return true;
	}

	/** Plain text for a chat app; the feedback is shown in the bar, not only announced. */
	private async copy(): Promise<void> {
		if (!this.run) return;
		const feedback = this.copied;
		let message: string;
		try {
			await navigator.clipboard.writeText(runSummary(this.run));
			message = '已复制，可以粘贴到聊天软件';
		} catch {
			message = '无法访问剪贴板，请改用“导出 Markdown”';
		}
		feedback.textContent = message;
		window.setTimeout(() => feedback.textContent === message && (feedback.textContent = ''), 4_000);
	}
}
