/**
 * The run's status at the top of the panel: title, times, progress, overdue steps, the legal
 * deadlines counting down (the steps' own and, for a checklist that serves one, the filing
 * deadline from the calendar with the deadline day's cut-offs), whether the record is saved, and
 * which edition the run uses, with the page's edition's changes when it is another.
 */
import { editionChanges, isFullSnapshot, sameChecklist } from '../../domain/run/frozen.ts';
import { severityName, type ChecklistRun, type ChecklistSnapshot, type RunState } from '../../domain/run/model.ts';
import type { CutoffState, FilingClock } from '../../domain/run/filing.ts';
import { href } from '../../domain/routes.ts';
import { clock, countdown, dateTime, deadline, elapsed, recordTime } from '../../domain/run/time.ts';
import { fill, h, setText, show } from '../dom.ts';
import './deadlines.css';
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
	private readonly filing = {
		item: h('li', { class: 'run-filing' }),
		cutoffs: h('ul', { class: 'run-cutoffs', 'aria-label': '截止日当天的时间节点' }),
		/** The deadline day and cut-offs the list was built for, with each cut-off's text node. */
		built: '',
		texts: [] as HTMLElement[],
	};
	private readonly saving = h('div', { class: 'run-saving' });
	private readonly session: RunSession;

	constructor(run: ChecklistRun, session: RunSession) {
		this.session = session;
		const statutorySteps = run.checklist.phases.flatMap((phase) => phase.steps.filter((step) => step.statutory));
		const items = new Map(statutorySteps.map((step) => [step.id, h('li', {})]));
		const filing = run.checklist.filing !== undefined;
		this.statutory = {
			section: h(
				'section',
				{ class: 'run-statutory', 'aria-label': '法定时限' },
				h('h3', {}, '法定时限'),
				h('ul', {}, filing && this.filing.item, [...items.values()]),
				filing && this.filing.cutoffs,
			),
			items,
		};
		this.elements = [
			h('div', { class: 'run-bar', role: 'status' }, this.title, h('p', {}, this.summary, this.overdue), this.facts, this.progress),
			...(statutorySteps.length > 0 || filing ? [this.statutory.section] : []),
			this.saving,
			...editionNotice(run.checklist, session.checklist),
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
		show(this.statutory.section, shown.size > 0 || state.filing !== undefined);
		this.updateFiling(state.filing, now);
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

	/**
	 * The filing deadline the run serves, and on its last day the cut-offs: each passed one says
	 * what to do now (the latest stands out), each coming one how long is left and what follows.
	 */
	private updateFiling(filing: FilingClock | undefined, now: Date): void {
		show(this.filing.item, filing !== undefined);
		show(this.filing.cutoffs, (filing?.cutoffs.length ?? 0) > 0);
		if (!filing) return;
		const { deadline: due, left } = filing;
		const remaining = left >= 0 ? countdown(due.endsAt, now) : `已过截止 ${elapsed(Math.floor(-left / 60_000))}`;
		setText(this.filing.item, `${filing.name} ${due.label} · ${remaining} · ${due.covers}`);
		this.filing.item.classList.toggle('run-overdue', left < 0);
		const key = `${due.day} ${filing.cutoffs.map((cutoff) => cutoff.at).join(' ')}`;
		if (this.filing.built !== key) {
			this.filing.built = key;
			this.filing.texts = filing.cutoffs.map(() => h('span', {}));
			fill(
				this.filing.cutoffs,
				...filing.cutoffs.map((cutoff, index) =>
					h('li', {}, this.filing.texts[index], ' ', h('a', { href: href(cutoff.link), 'aria-label': `${cutoff.title}：做法` }, '做法')),
				),
			);
		}
		const latest = filing.cutoffs.filter((cutoff) => cutoff.passed).at(-1);
		filing.cutoffs.forEach((cutoff, index) => {
			const text = this.filing.texts[index];
			const item = text?.parentElement;
			if (!text || !item) return;
			setText(text, cutoffText(cutoff, cutoff === latest, now));
			item.classList.toggle('run-cutoff-now', cutoff === latest);
			item.classList.toggle('run-cutoff-past', cutoff.passed && cutoff !== latest);
		});
	}
}

/**
 * When the page is another edition than the run's (or the same edition reworded): the run keeps
 * its own, and the page's changes are offered here, as a notice only, listed under a <details>.
 * A run whose copy predates frozen links and first actions (src/domain/run/frozen.ts) says why
 * they are not shown.
 */
function editionNotice(run: ChecklistSnapshot, page: ChecklistSnapshot): HTMLElement[] {
	const older = !isFullSnapshot(run) && isFullSnapshot(page);
	if (sameChecklist(run, page) && run.edition === page.edition && !older) return [];
	const changes = editionChanges(run, page);
	const current = page.edition === run.edition ? `当前版本（同为 ${page.edition}）内容有改动` : `当前版本为 ${page.edition}`;
	return [
		h(
			'div',
			{ class: 'run-notice run-edition' },
			h('p', {}, `本次运行使用 ${run.edition} 版清单；${current}，新版本只用于之后开始的运行。`),
			changes.length > 0 &&
				h(
					'details',
					{},
					h('summary', {}, `新版本的改动（${changes.length} 处）`),
					h('ul', {}, ...changes.map((change) => h('li', {}, change))),
				),
			older && h('p', {}, '这次运行开始时，手册还没有随清单记下各步的相关章节和“发现者先做这几件事”，运行中不显示它们。'),
		),
	];
}

/** "已过 17:00 办税服务厅下班：之后…", or "24:00 申报截止 · 还剩 50 分钟 · 过后：…"; an earlier passed one only says so. */
function cutoffText(cutoff: CutoffState, current: boolean, now: Date): string {
	if (current) return `已过 ${cutoff.at} ${cutoff.title}：${cutoff.rule}`;
	if (cutoff.passed) return `已过 ${cutoff.at} ${cutoff.title}`;
	return `${cutoff.at} ${cutoff.title} · ${countdown(cutoff.moment, now)} · 过后：${cutoff.rule}`;
}
