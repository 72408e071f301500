/** The card that says what to do next on a READ-DO checklist, with a button that ticks it. */
import type { RunState } from '../../domain/run/model.ts';
import { deadline } from '../../domain/run/time.ts';
import { h, setText, show } from '../dom.ts';
import { lateText } from './steps.ts';

export class NextStep {
	readonly card = h('section', { class: 'run-next', 'aria-label': '下一步' });
	private readonly text = h('span', {});
	private readonly critical = h('span', { class: 'critical-mark' }, '关键');
	private readonly detail = h('p', {});
	private readonly meta = h('p', { class: 'run-meta' });
	private readonly late = h('p', { class: 'run-meta run-late' });
	private readonly record = h('p', { class: 'run-meta' });
	/** `tickNext` marks the run's next step done (the one next at the moment of the click). */
	constructor(tickNext: () => void) {
		this.card.append(
			h('p', { class: 'run-next-label' }, '下一步'),
			h('p', { class: 'run-next-text' }, this.text, this.critical),
			this.detail,
			this.meta,
			this.late,
			this.record,
			h('button', { type: 'button', class: 'run-primary', onclick: tickNext }, '完成此步'),
		);
	}

	update(state: RunState, now: Date): void {
		const next = state.finished ? undefined : state.next;
		show(this.card, next !== undefined);
		if (!next) return;
		setText(this.text, next.step.text);
		show(this.critical, next.step.critical);
		setText(this.detail, next.step.detail ?? '');
		show(this.detail, Boolean(next.step.detail));
		setText(this.meta, `${next.step.roleName} · 截止 ${deadline(next.dueAt, now)}${next.overdue ? ' · 已超时' : ''}`);
		setText(this.record, `记录：${next.step.record}`);
		show(this.late, next.afterDeadline && state.filing !== undefined);
		setText(this.late, next.afterDeadline && state.filing ? lateText(state.filing) : '');
	}
}
