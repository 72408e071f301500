/**
 * The run's steps, drawn from the run's frozen copy of the checklist, never from the page: after a
 * new edition is deployed the page is the new edition, and the run still shows every field as it
 * started (text, detail, role, deadline, levels, record, links). Each row takes the place of the
 * page's row for the same step (or is added where the page has none; rows the run lacks are
 * hidden), styled like it, and is upgraded with a checkbox where the printed box is, the deadline
 * as a clock time, who did it and when, notes, a note form, and the step's details folded into a
 * <details>. Nothing is rebuilt on an update: each row writes only what changed, so a half-typed
 * note, focus and an opened <details> survive ticks, other tabs and the 20-second refresh.
 */
import type { ChecklistSnapshot, RunState, SnapshotStep, StepState } from '../../domain/run/model.ts';
import type { FilingClock } from '../../domain/run/filing.ts';
import { dueText, levelsText } from '../../domain/run/frozen.ts';
import { href, links } from '../../domain/routes.ts';
import { clock, deadline } from '../../domain/run/time.ts';
import { h, scopedLike, setText, show, type Scoper } from '../dom.ts';

export interface StepHandlers {
	toggle(step: SnapshotStep, done: boolean): void;
	note(step: SnapshotStep, note: string): void;
	notApplicable(step: SnapshotStep, reason: string, lead: boolean): void;
	applicable(step: SnapshotStep): void;
}

/** sessionStorage key of a note typed but not saved yet, so a reload keeps it too. */
const draftKey = (runId: string, stepId: string) => `manual.draft.${runId}.${stepId}`;

function readDraft(key: string): string {
	try {
		return sessionStorage.getItem(key) ?? '';
	} catch {
		return '';
	}
}

function writeDraft(key: string, text: string): void {
	try {
		if (text) sessionStorage.setItem(key, text);
		else sessionStorage.removeItem(key);
	} catch {
		// a draft is a convenience: the input itself still holds the text
	}
}

/** One upgraded row and the parts an update writes. */
class StepRow {
	readonly row: HTMLLIElement;
	private readonly box: HTMLInputElement;
	private readonly due: HTMLElement;
	private readonly status: HTMLElement;
	private readonly late: HTMLElement;
	private readonly notes: HTMLElement;
	private readonly skip: HTMLDetailsElement;
	private readonly restore: HTMLElement;

	constructor(row: HTMLLIElement, step: SnapshotStep, runId: string, handlers: StepHandlers) {
		this.row = row;
		row.classList.add('run-step');
		const body = row.querySelector<HTMLElement>('.step-body')!;
		this.box = h('input', { type: 'checkbox', id: `run-step-${step.id}`, class: 'run-box' }) as HTMLInputElement;
		this.box.addEventListener('change', () => handlers.toggle(step, this.box.checked));
		row.querySelector('.step-box')?.after(this.box);

		// The step's text becomes the checkbox's label.
		const strong = row.querySelector('.step-text strong')!;
		const label = h('label', { for: this.box.id });
		strong.replaceWith(label);
		label.append(strong);

		this.due = h('span', { class: 'run-due' });
		const meta = row.querySelector('.step-meta')!;
		meta.append(this.due);
		this.status = h('p', { class: 'run-meta run-status' });
		this.notes = h('p', { class: 'run-meta run-notes', hidden: true });
		this.late = h('p', { class: 'run-meta run-late', hidden: true });
		meta.after(this.status, this.late, this.notes);

		const extras = [...body.querySelectorAll('.step-detail, .step-record, .step-links')];
		const details = extras.length > 0 && h('details', { class: 'run-details' }, h('summary', {}, '说明与记录要求'), ...extras);

		const key = draftKey(runId, step.id);
		const input = h('input', { type: 'text', name: 'note', autocomplete: 'off', value: readDraft(key) }) as HTMLInputElement;
		input.addEventListener('input', () => writeDraft(key, input.value));
		const form = h(
			'form',
			{
				onsubmit: (event: Event) => {
					event.preventDefault();
					const note = input.value.trim();
					if (!note) return;
					handlers.note(step, note);
					input.value = '';
					writeDraft(key, '');
					input.focus();
				},
			},
			h('label', {}, `“${step.text}”的备注`, input),
			h('button', { type: 'submit' }, '保存备注'),
		);
		const note = h('details', { class: 'run-note', open: input.value !== '' }, h('summary', {}, '添加备注'), form);
		this.skip = this.notApplicableForm(step, handlers);
		this.restore = h(
			'button',
			{ type: 'button', class: 'run-restore', hidden: true, onclick: () => handlers.applicable(step) },
			'恢复适用',
		);
		body.append(h('div', { class: 'run-tools' }, details, note, this.skip, this.restore));
	}

	/** 不适用 needs a reason; a critical step also needs the incident lead's decision. */
	private notApplicableForm(step: SnapshotStep, handlers: StepHandlers): HTMLDetailsElement {
		const reason = h('input', { type: 'text', name: 'reason', required: true, autocomplete: 'off' }) as HTMLInputElement;
		const lead = h('input', { type: 'checkbox', name: 'lead', required: true }) as HTMLInputElement;
		const form = h(
			'form',
			{
				onsubmit: (event: Event) => {
					event.preventDefault();
					const text = reason.value.trim();
					if (!text) return reason.focus();
					handlers.notApplicable(step, text, step.critical && lead.checked);
					reason.value = '';
					lead.checked = false;
					this.skip.open = false;
				},
			},
			h('label', {}, `“${step.text}”不适用的理由`, reason),
			step.critical && h('label', { class: 'run-check' }, lead, '这是关键步骤：由应急负责人决定不适用'),
			h('button', { type: 'submit' }, '标为不适用'),
		);
		return h('details', { class: 'run-na' }, h('summary', {}, '不适用'), form) as HTMLDetailsElement;
	}

	/**
	 * The control that held focus was just hidden (标为不适用 hides its form, 恢复适用 hides itself):
	 * focus moves to the control that took its place, not to <body> and the top of the page.
	 */
	private keepFocus(): void {
		const summary = this.skip.querySelector('summary');
		const next = [this.restore, summary, this.box].find(
			(element) => element && !element.closest('[hidden]') && !(element as HTMLInputElement).disabled,
		);
		next?.focus();
	}

	update(state: StepState, visible: boolean, finished: boolean, now: Date, filing: FilingClock | undefined): void {
		const focused = document.activeElement;
		show(this.row, visible);
		if (this.box.checked !== state.done) this.box.checked = state.done;
		if (this.box.disabled !== finished) this.box.disabled = finished;
		this.row.classList.toggle('done', state.done);
		this.row.classList.toggle('overdue', state.overdue);
		this.row.classList.toggle('not-applicable', state.notApplicable !== undefined);
		show(this.skip, !state.done && !state.notApplicable && !finished);
		show(this.restore, state.notApplicable !== undefined && !finished);
		if (focused instanceof HTMLElement && this.row.contains(focused) && focused.closest('[hidden]')) this.keepFocus();
		setText(this.due, `截止 ${deadline(state.dueAt, now)}`);
		setText(
			this.status,
			state.done && state.doneAt
				? `${clock(new Date(state.doneAt))} 完成${state.doneBy ? `（${state.doneBy}）` : ''}`
				: state.notApplicable
					? `不适用：${state.notApplicable.reason}${state.notApplicable.by ? `（${state.notApplicable.by}）` : ''}`
					: state.overdue
						? '已超时'
						: '',
		);
		this.status.classList.toggle('run-overdue', !state.done && state.overdue);
		show(this.late, state.afterDeadline && filing !== undefined);
		setText(this.late, state.afterDeadline && filing ? lateText(filing) : '');
		show(this.notes, state.notes.length > 0);
		setText(this.notes, state.notes.length > 0 ? `备注：${state.notes.join('；')}` : '');
	}
}

/** Said on a step due after the filing deadline it must beat: the clock, not the step's own deadline, decides. */
export function lateText(filing: FilingClock): string {
	return `期限晚于${filing.name}（${filing.deadline.label}）：须在截止前完成`;
}

/** A step's row as the page would print it for the run's edition, from the frozen copy (src/components/run/ChecklistView.astro). */
function buildRow(step: SnapshotStep, checklist: ChecklistSnapshot, scoped: Scoper): HTMLLIElement {
	const levels = levelsText(step, checklist);
	const chapters = step.links ?? [];
	return scoped(
		h(
			'li',
			{ class: `step${step.critical ? ' critical' : ''}`, id: step.id, 'data-step': step.id },
			h('span', { class: 'step-box', 'aria-hidden': 'true' }),
			h(
				'div',
				{ class: 'step-body' },
				h('p', { class: 'step-text' }, h('strong', {}, step.text), step.critical && h('span', { class: 'critical-mark' }, '关键')),
				h(
					'p',
					{ class: 'step-meta' },
					h('a', { href: links.role(step.role) }, step.roleName),
					h('span', {}, dueText(step)),
					levels && h('span', {}, `仅限：${levels}`),
				),
				step.detail && h('p', { class: `step-detail${step.printDetail ? ' step-detail-print' : ''}` }, step.detail),
				h('p', { class: 'step-record' }, `记录：${step.record}`),
				chapters.length > 0 &&
					h('p', { class: 'step-links' }, '参见：', ...chapters.map((link) => h('a', { href: href(link.path) }, link.title))),
			),
		) as HTMLLIElement,
	);
}

/** A phase section for a phase the page (another edition) lacks, like the page's own. */
function buildPhase(index: number, scoped: Scoper): HTMLElement {
	return scoped(h('section', { class: 'phase' }, h('h2', { id: `phase-${index + 1}` }), h('ol', { class: 'steps' })));
}

export class StepRows {
	private readonly rows = new Map<string, StepRow>();
	private readonly phases: HTMLElement[] = [];

	constructor(article: HTMLElement, checklist: ChecklistSnapshot, runId: string, handlers: StepHandlers) {
		const container = article.querySelector<HTMLElement>('.phases');
		const sections = [...article.querySelectorAll<HTMLElement>('section.phase')];
		const scoped = scopedLike(sections[0]);
		// The page's rows and phases are its edition's: the run's copy takes their place.
		for (const row of article.querySelectorAll<HTMLLIElement>('li.step')) row.hidden = true;
		sections.slice(checklist.phases.length).forEach((section) => (section.hidden = true));
		checklist.phases.forEach((phase, index) => {
			let section = sections[index];
			if (!section && container) container.append((section = buildPhase(index, scoped)));
			const list = section?.querySelector('ol');
			if (!section || !list) return;
			setText(section.querySelector('h2')!, `阶段 ${index + 1}　${phase.title}`);
			this.phases[index] = section;
			let previous: Element | null = null;
			for (const step of phase.steps) {
				const row = buildRow(step, checklist, scoped);
				const page = article.querySelector<HTMLLIElement>(`li.step[data-step="${CSS.escape(step.id)}"]`);
				// In the page row's place when it is in the same phase; otherwise in the run's order, and the page's row (same id) goes.
				if (page && page.parentElement === list) page.replaceWith(row);
				else {
					page?.remove();
					if (previous) previous.after(row);
					else list.prepend(row);
				}
				this.rows.set(step.id, new StepRow(row, step, runId, handlers));
				previous = row;
			}
		});
	}

	update(state: RunState, now: Date): void {
		const visible = new Set(state.visible.map((s) => s.step.id));
		const shownPhases = new Set(state.visible.map((s) => s.phase));
		for (const s of state.steps) this.rows.get(s.step.id)?.update(s, visible.has(s.step.id), state.finished, now, state.filing);
		this.phases.forEach((section, index) => show(section, shownPhases.has(index)));
	}
}
