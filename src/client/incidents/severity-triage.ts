/**
 * The severity triage's yes/no questions (components/SeverityTriage.astro renders the element and
 * its data, or where to fetch it; the rules are in domain/triage.ts).
 */
import { links } from '../../domain/routes.ts';
import { ANSWER_LABELS, questionLabel, resultReason, triage, type Answer, type TriageChecklist } from '../../domain/triage.ts';
import { h } from '../dom.ts';

class SeverityTriageElement extends HTMLElement {
	#checklists: TriageChecklist[] = [];
	#chosen: number | undefined;
	#answers: Answer[] = [];

	async connectedCallback() {
		this.querySelector('[data-triage-body]')?.addEventListener('click', (event) => this.#onClick(event));
		window.addEventListener('hashchange', () => this.#openIfTargeted());
		this.#openIfTargeted();
		const checklists = await this.#load();
		// Unreachable (offline before the copy was kept): the server's words stay, pointing to the levels tables.
		if (!checklists) return;
		this.#checklists = checklists;
		this.#chosen = checklists.length === 1 ? 0 : undefined;
		this.#render(false);
	}

	/** The checklists to offer: written into the page, or fetched from where it says (the home page). */
	async #load(): Promise<TriageChecklist[] | undefined> {
		const { checklists, source } = this.dataset;
		if (!source) return JSON.parse(checklists ?? '[]') as TriageChecklist[];
		try {
			const response = await fetch(source);
			return response.ok ? ((await response.json()) as TriageChecklist[]) : undefined;
		} catch {
			return undefined;
		}
	}

	#openIfTargeted() {
		const details = this.querySelector('details');
		if (details && this.id && location.hash === `#${this.id}`) details.open = true;
	}

	#onClick(event: Event) {
		const button = (event.target as Element).closest<HTMLElement>('button[data-action]');
		if (!button) return;
		const { action, value = '' } = button.dataset;
		if (action === 'choose') [this.#chosen, this.#answers] = [Number(value), []];
		if (action === 'answer') this.#answers = [...this.#answers, value as Answer];
		if (action === 'back') {
			if (this.#answers.length > 0) this.#answers = this.#answers.slice(0, -1);
			else if (this.#checklists.length > 1) this.#chosen = undefined;
		}
		if (action === 'restart') [this.#chosen, this.#answers] = [this.#checklists.length === 1 ? 0 : undefined, []];
		this.#render(true);
	}

	#button(text: string, action: string, value = '', className = 'triage-button') {
		return h('button', { type: 'button', class: className, 'data-action': action, 'data-value': value }, text);
	}

	#render(focus: boolean) {
		const body = this.querySelector('[data-triage-body]');
		if (!body) return;
		const prompt = h('p', { class: 'triage-prompt', tabindex: '-1' });
		const checklist = this.#chosen === undefined ? undefined : this.#checklists[this.#chosen];
		if (!checklist) {
			prompt.textContent = '是哪一类事件？';
			const options = this.#checklists.map((c, index) => this.#button(c.label, 'choose', String(index)));
			body.replaceChildren(prompt, h('div', { class: 'triage-options' }, ...options));
		} else {
			const step = triage(checklist.levels, this.#answers);
			const back = this.#answers.length > 0 || this.#checklists.length > 1 ? [this.#button('上一步', 'back', '', 'triage-link')] : [];
			if (step.kind === 'question') {
				prompt.textContent = `是否符合${step.level.name}的任意一条？`;
				body.replaceChildren(
					h('p', { class: 'triage-progress' }, `${checklist.label} · ${questionLabel(step)}`),
					prompt,
					h('ul', { class: 'triage-conditions' }, ...step.conditions.map((condition) => h('li', {}, condition))),
					h(
						'div',
						{ class: 'triage-answers' },
						...(['yes', 'no', 'unsure'] as const).map((answer) => this.#button(ANSWER_LABELS[answer], 'answer', answer)),
					),
					h('div', { class: 'triage-nav' }, ...back),
				);
			} else {
				prompt.textContent = `建议按${step.level.name}处理`;
				body.replaceChildren(
					h('p', { class: 'triage-progress' }, checklist.label),
					prompt,
					h('p', {}, resultReason(step, checklist.levels)),
					h('a', { class: 'triage-start', href: links.checklistStart(checklist.id, step.level.id) }, `按${step.level.name}开始`),
					h('div', { class: 'triage-nav' }, ...back, this.#button('重新判断', 'restart', '', 'triage-link')),
				);
			}
		}
		if (focus) prompt.focus();
	}
}

customElements.define('severity-triage', SeverityTriageElement);
