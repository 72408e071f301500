/**
 * The parts of the checklist page a run shows besides its steps (./steps.ts), drawn from the
 * run's frozen copy rather than the page, which may be a newer edition: the discoverer's first
 * actions and the levels table. A copy frozen before first actions were (2026-12), and not
 * completed from the page (src/domain/run/frozen.ts), hides the page's: they are another edition's.
 */
import type { ChecklistSnapshot } from '../../domain/run/model.ts';
import { fill, h, scopedLike, show } from '../dom.ts';

/** Rewrites the page's first actions and levels as the run's copy has them. */
export function showFrozenChecklist(article: HTMLElement, checklist: ChecklistSnapshot): void {
	const actions = checklist.firstActions ?? [];
	let section = article.querySelector<HTMLElement>('section.first-actions');
	if (!section && actions.length > 0) {
		// The page's edition has none: built like the page builds it, where the page puts it (before the run's panel).
		section = scopedLike(article.querySelector('.checklist-intro'))(
			h(
				'section',
				{ class: 'first-actions', 'aria-labelledby': 'first-actions-title' },
				h('h2', { id: 'first-actions-title' }, '发现者先做这几件事'),
				h('ol', {}),
			),
		);
		article.querySelector(':scope > .run-panel')?.before(section);
	}
	const list = section?.querySelector('ol');
	if (section && list) {
		const scoped = scopedLike(section);
		fill(list, ...actions.map((action) => scoped(h('li', {}, h('strong', {}, action.label), action.text))));
		show(section, actions.length > 0);
	}

	const levels = article.querySelector<HTMLElement>('section.severities');
	const body = levels?.querySelector('tbody');
	if (levels && body) {
		const scoped = scopedLike(body);
		fill(
			body,
			...checklist.severities.map((severity) =>
				scoped(h('tr', { 'data-severity': severity.id }, h('th', { scope: 'row' }, severity.name), h('td', {}, severity.when))),
			),
		);
		show(levels, checklist.severities.length > 0);
	}
}
