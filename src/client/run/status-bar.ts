/**
 * The run's status at the top of the panel: title, times, progress, overdue steps, the legal
 * deadlines counting down, whether the record is saved, and which edition the run uses.
 */
import { severityName, type ChecklistRun, type RunState } from '../../domain/run/model.ts';
import { clock, countdown, dateTime, deadline, elapsed, recordTime } from '../../domain/run/time.ts';
import { h, setText, show } from '../dom.ts';
import { fillSavingNotice } from './saving-notice.ts';
import type { RunSession } from './session.ts';

export class StatusBar {
	/** What the bar adds to the panel, in order. */
	readonly elements: HTMLElement[];
	readonly title = h('h2', { tabindex: -1 });
	private readonly summary = h('span', {});
	private readonly overdue = h('strong', { class: 'run-overdue' });
	private readonly facts = h('p', { class: 'run-print-facts' });
	// A value from the start: a <progress> without one is indeterminate, a loading animation at 0 steps done.
	private readonly progress = h('progress', { 'aria-label': '完成进度', value: 0 }) as HTMLProgressElement;
	private readonly statutory: { section: HTMLElement; items: Map<string, HTMLElement> };
	private readonly saving = h('div', { class: 'run-saving' });
	private readonly session: RunSession;

	/** `currentEdition`: the edition the page was built from, when it says. */
	constructor(run: ChecklistRun, session: RunSession, currentEdition: string | undefined) {
		this.session = session;
		const statutorySteps = run.checklist.phases.flatMap((phase) => phase.steps.filter((step) => step.statutory));
		const items = new Map(statutorySteps.map((step) => [step.id, h('li', {})]));
		this.statutory = {
			section: h(
				'section',
				{ class: 'run-statutory', 'aria-label': '法定时限' },
				h('h3', {}, '法定时限'),
				h('ul', {}, [...items.values()]),
			),
			items,
		};
		this.elements = [
			h('div', { class: 'run-bar', role: 'status' }, this.title, h('p', {}, this.summary, this.overdue), this.facts, this.progress),
			...(statutorySteps.length > 0 ? [this.statutory.section] : []),
			this.saving,
			...(currentEdition && currentEdition !== run.checklist.edition
				? [
						h(
							'p',
							{ class: 'run-notice' },
							`本次运行使用 ${run.checklist.edition} 版清单；当前版本为 ${currentEdition}，新版本只用于之后开始的运行。`,
						),
					]
				: []),
		];
	}

	update(run: ChecklistRun, state: RunState, now: Date): void {
		const phase = state.finished ? '已结束' : this.session.handedOver(state) ? '已交出' : '运行中';
		setText(this.title, `${run.drill ? '【演练】' : ''}${phase}${state.title ? `：${state.title}` : ''}`);
		setText(
			this.summary,
			(Math.abs(Date.parse(run.startedAt) - Date.parse(state.discoveredAt)) >= 60_000
				? `${dateTime(new Date(state.discoveredAt))} 发现 · `
				: '') +
				`${dateTime(new Date(run.startedAt))} 开始 · 已用 ${elapsed(state.elapsedMinutes)} · 完成 ${state.done}/${state.total}` +
				(state.notApplicable ? ` · 不适用 ${state.notApplicable}` : '') +
				(state.severity ? ` · ${severityName(run.checklist, state.severity)}` : '') +
				(state.reportedBy ? ` · 报告人 ${state.reportedBy}` : ''),
		);
		setText(this.overdue, state.overdue > 0 ? ` · ${state.overdue} 步已超时` : '');
		// On paper the record names its edition and its times in full: a printed record is read months later.
		setText(
			this.facts,
			[
				`清单版本 ${run.checklist.edition}`,
				`启动时间 ${recordTime(new Date(run.startedAt))}`,
				`发现时间 ${recordTime(new Date(state.discoveredAt))}`,
				...(state.finishedAt ? [`结束时间 ${recordTime(new Date(state.finishedAt))}`] : []),
				`报告人 ${state.reportedBy || '（未填写）'}`,
			].join(' · '),
		);
		if (this.progress.max !== Math.max(state.total, 1)) this.progress.max = Math.max(state.total, 1);
		if (this.progress.value !== state.done) this.progress.value = state.done;
		this.updateStatutory(state, now);
		fillSavingNotice(this.saving, this.session);
	}

	/** Each legal deadline, counting down from its anchor, whatever step is next. */
	private updateStatutory(state: RunState, now: Date): void {
		const shown = new Set(state.statutory.map((s) => s.step.id));
		for (const [id, item] of this.statutory.items) show(item, shown.has(id));
		show(this.statutory.section, shown.size > 0);
		for (const s of state.statutory) {
			const item = this.statutory.items.get(s.step.id);
			const law = s.step.statutory!;
			if (!item) continue;
			const basis = `《${law.law}》${law.article ? `第${law.article}条` : ''}`;
			const anchor = s.step.from === 'discovery' ? '发现' : '启动';
			const status = s.done && s.doneAt ? `已完成 ${clock(new Date(s.doneAt))}` : countdown(s.dueAt, now);
			setText(item, `${s.step.text} · ${basis} · 截止 ${deadline(s.dueAt, now)}（${anchor}起算） · ${status}`);
			item.classList.toggle('run-overdue', s.overdue);
		}
	}
}
