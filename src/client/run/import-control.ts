/**
 * Taking in a run from elsewhere, as a page starts with it: a labelled file input with a live
 * region, and a look at the address for a hand-over link. What reads, validates and merges the
 * run (./handover-import.ts) loads the first time one is used, so a checklist page's first visit
 * carries none of it.
 */
import { HANDOVER_UNAVAILABLE as UNAVAILABLE, payloadOf } from '../../domain/run/handover-fragment.ts';
import type { ChecklistSnapshot } from '../../domain/run/model.ts';
import type { RunStore } from '../../domain/run/store.ts';
import { h, setText } from '../dom.ts';
import type { HandoverOutcome, ImportControlOptions } from './handover-types.ts';

const load = () => import('./handover-import.ts');

/**
 * When the page was opened from a hand-over link, takes the run in; undefined otherwise. The
 * fragment is removed from the address at once, so neither a reload nor the history holds it.
 */
export function takeHandoverLink(checklist: ChecklistSnapshot, store: RunStore): Promise<HandoverOutcome> | undefined {
	const payload = payloadOf(location.hash);
	if (!payload) return undefined;
	history.replaceState(history.state, '', location.pathname + location.search);
	return load().then(
		(taking) => taking.importLink(payload, checklist, store),
		() => ({ problem: UNAVAILABLE }),
	);
}

/** A labelled file input that imports a JSON export, with its result in a live region. */
export function importControl(options: ImportControlOptions): HTMLElement {
	const input = h('input', { type: 'file', accept: '.json,application/json' }) as HTMLInputElement;
	const root = h(
		'div',
		{ class: 'run-import' },
		h('label', {}, options.label, input),
		h('p', { class: 'run-import-status', role: 'status', 'aria-live': 'polite' }),
	);
	input.addEventListener('change', () => void importChosen(root, options));
	return root;
}

/**
 * Imports the file chosen in `root`'s file input and says what came of it in its status line.
 * The checklist page serves that markup with its start form and calls this on the first change.
 */
export async function importChosen(root: HTMLElement, options: Omit<ImportControlOptions, 'label'>): Promise<void> {
	const input = root.querySelector<HTMLInputElement>('input[type=file]');
	const status = root.querySelector<HTMLElement>('.run-import-status');
	const file = input?.files?.[0];
	if (!input || !status || !file) return;
	// Cleared so that choosing the same file again imports it again (and shows that nothing changed).
	input.value = '';
	const outcome = await load().then(
		(taking) => taking.importFile(file, options.scope, options.store),
		() => ({ problem: UNAVAILABLE }),
	);
	status.classList.toggle('run-import-failed', 'problem' in outcome);
	setText(status, 'problem' in outcome ? outcome.problem : outcome.message);
	if ('run' in outcome) options.onImported(outcome);
}
