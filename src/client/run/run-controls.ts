/**
 * What can be filled in or corrected after the start, as the form promised ("稍后再补"): level,
 * discovery time, incident title, reporter and the device's operator. Each change is an event;
 * a field being typed in is never overwritten by an update. A discovery time later than now is
 * refused with a sentence under the controls and never recorded.
 */
import { discoveryProblem, runState, severityName, type ChecklistRun, type RunState } from '../../domain/run/model.ts';
import { dateTime, localInputValue } from '../../domain/run/time.ts';
import { h, setText, show } from '../dom.ts';
import type { RunSession } from './session.ts';
import { followClock } from './start-form.ts';

export class RunControls {
	readonly element: HTMLElement;
	private readonly severity: HTMLSelectElement | undefined;
	private readonly discovery: HTMLInputElement;
	private readonly incidentTitle: HTMLInputElement;
	private readonly reporter: HTMLInputElement;
	private readonly discoveryProblem = h('p', { class: 'run-notice', role: 'alert', id: 'run-discovered-problem', hidden: true });
	private readonly operator: HTMLInputElement;
	private readonly session: RunSession;

	constructor(run: ChecklistRun, session: RunSession) {
		this.session = session;
		this.operator = h('input', {
			type: 'text',
			value: session.operator,
			autocomplete: 'name',
			onchange: (event: Event) => (session.operator = (event.target as HTMLInputElement).value.trim()),
		}) as HTMLInputElement;
		this.severity =
			run.checklist.severities.length > 0
				? (h(
						'select',
						{
							onchange: (event: Event) => {
								const id = (event.target as HTMLSelectElement).value;
								session.apply({ type: 'severity', severity: id, by: session.operator }, `级别改为 ${severityName(run.checklist, id)}`);
							},
						},
						run.checklist.severities.map((s) => h('option', { value: s.id }, s.name)),
					) as HTMLSelectElement)
				: undefined;
		this.discovery = h('input', {
			type: 'datetime-local',
			onchange: (event: Event) => {
				const value = (event.target as HTMLInputElement).value;
				const at = new Date(value);
				if (!value || Number.isNaN(at.getTime())) return;
				const problem = discoveryProblem(at);
				this.refuse(problem);
				if (problem) return;
				session.apply({ type: 'discovered', discoveredAt: at.toISOString(), by: session.operator }, `发现时间改为 ${dateTime(at)}`);
			},
		}) as HTMLInputElement;
		const metadata = (placeholder: string, changed: (value: string, state: RunState) => void) =>
			h('input', {
				type: 'text',
				autocomplete: 'off',
				placeholder,
				onchange: (event: Event) => session.run && changed((event.target as HTMLInputElement).value.trim(), runState(session.run)),
			}) as HTMLInputElement;
		this.incidentTitle = metadata('还没有填写', (value, state) => {
			if (value !== state.title)
				session.apply({ type: 'title', title: value, by: session.operator }, value ? `事件标题改为：${value}` : '已清空事件标题');
		});
		this.reporter = metadata('还没有填写', (value, state) => {
			if (value !== state.reportedBy)
				session.apply({ type: 'reporter', reportedBy: value, by: session.operator }, value ? `报告人改为：${value}` : '已清空报告人');
		});
		this.element = h(
			'div',
			{ class: 'run-controls' },
			this.severity && h('label', {}, '级别', this.severity),
			h('label', {}, '发现时间', this.discovery),
			h('label', {}, '事件标题', this.incidentTitle),
			h('label', {}, '报告人', this.reporter),
			h('label', {}, '操作人', this.operator),
			this.discoveryProblem,
		);
		this.discovery.addEventListener('focus', () => followClock(this.discovery));
	}

	/** Shows why the typed discovery time was not taken (the input keeps it to correct), or clears that. */
	private refuse(problem: string | undefined): void {
		setText(this.discoveryProblem, problem ?? '');
		show(this.discoveryProblem, problem !== undefined);
		if (problem) {
			this.discovery.setAttribute('aria-invalid', 'true');
			this.discovery.setAttribute('aria-describedby', this.discoveryProblem.id);
		} else {
			this.discovery.removeAttribute('aria-invalid');
			this.discovery.removeAttribute('aria-describedby');
		}
	}

	/** `readOnly`: the run was handed over from this device, or waits for the operator's name. */
	update(state: RunState, readOnly = false, now = new Date()): void {
		followClock(this.discovery, now);
		for (const field of this.element.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) field.disabled = readOnly;
		if (readOnly) return;
		if (this.severity) {
			if (this.severity.value !== state.severity && document.activeElement !== this.severity) this.severity.value = state.severity ?? '';
			this.severity.disabled = state.finished;
		}
		const discovered = localInputValue(new Date(state.discoveredAt));
		if (this.discovery.value !== discovered && document.activeElement !== this.discovery) this.discovery.value = discovered;
		this.discovery.disabled = state.finished;
		for (const [input, value] of [
			[this.incidentTitle, state.title],
			[this.reporter, state.reportedBy],
			[this.operator, this.session.operator],
		] as const)
			if (input.value !== value && document.activeElement !== input) input.value = value;
	}
}
