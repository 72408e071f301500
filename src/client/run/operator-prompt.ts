/**
 * 你是谁: a run taken in from another device (link, QR code or file) asks who is acting on this
 * device before its first action, so that nothing is recorded without a name. The name given
 * becomes the device's operator (kept as the start form keeps it); until then the run only reads.
 */
import { h, setText } from '../dom.ts';
import type { RunSession } from './session.ts';

export class OperatorPrompt {
	readonly element: HTMLElement;
	private readonly input: HTMLInputElement;

	/** `suggested`: the name the run was handed to, else this device's operator; `confirmed` is called with the name. */
	constructor(session: RunSession, suggested: string, confirmed: (name: string) => void) {
		this.input = h('input', {
			type: 'text',
			name: 'operator',
			autocomplete: 'name',
			value: suggested,
			'aria-describedby': 'run-operator-problem',
		}) as HTMLInputElement;
		const problem = h('p', { class: 'run-field-problem', id: 'run-operator-problem' });
		this.element = h(
			'form',
			{
				class: 'run-operator',
				'aria-labelledby': 'run-operator-title',
				novalidate: true,
				onsubmit: (event: Event) => {
					event.preventDefault();
					const name = this.input.value.trim();
					this.input.toggleAttribute('aria-invalid', name === '');
					setText(problem, name ? '' : '请填写你的姓名：接手后在这台设备上的每一步都记在这个名字下。');
					if (!name) return this.input.focus();
					session.operator = name;
					this.element.remove();
					confirmed(name);
				},
			},
			h('h2', { id: 'run-operator-title' }, '接手这次运行：你是谁？'),
			h('p', {}, '这次运行是从另一台设备交过来的。先写下你的姓名，之后在这台设备上的每一步都记在这个名字下；确认之前不能勾选。'),
			h('label', {}, '你的姓名', this.input),
			problem,
			h('button', { type: 'submit', class: 'run-primary' }, '确认接手'),
		);
	}

	focus(): void {
		this.input.focus();
		this.input.select();
	}
}
