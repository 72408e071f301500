/**
 * 交给他人 and the run file import as a page starts with them: a button and an empty panel, a
 * labelled file input with a live region, and a look at the address for a hand-over link. What
 * they do (the panel's file, link and QR code, decoding, validation, merging) is loaded the first
 * time one is used (src/client/run-handover-panel.ts), so a checklist page's first visit carries
 * none of it.
 */
import { HANDOVER_UNAVAILABLE as UNAVAILABLE, payloadOf } from '../domain/run/handover-fragment.ts';
import type { ImportScope } from '../domain/run/handover.ts';
import type { ChecklistRun, ChecklistSnapshot } from '../domain/run/model.ts';
import type { RunStore } from '../domain/run/store.ts';
import { h, setText } from './dom.ts';
import '../styles/handover.css';

/** What taking in a hand-over did: the run to show and a sentence saying so, or why nothing was taken. */
export type HandoverOutcome = { run: ChecklistRun; runs: ChecklistRun[]; message: string } | { problem: string };
export type Imported = Extract<HandoverOutcome, { run: ChecklistRun }>;

const load = () => import('./run-handover-panel.ts');

/**
 * When the page was opened from a hand-over link, takes the run in; undefined otherwise. The
 * fragment is removed from the address at once, so neither a reload nor the history holds it.
 */
export function takeHandoverLink(checklist: ChecklistSnapshot, store: RunStore): Promise<HandoverOutcome> | undefined {
	const payload = payloadOf(location.hash);
	if (!payload) return undefined;
	history.replaceState(history.state, '', location.pathname + location.search);
	return load().then(
		(panel) => panel.importLink(payload, checklist, store),
		() => ({ problem: UNAVAILABLE }),
	);
}

export interface ImportControlOptions {
	/** The visible label of the file input. */
	label: string;
	scope?: ImportScope;
	store: RunStore;
	/** Called after the runs were merged and saved; the control has already shown the message. */
	onImported(outcome: Imported): void;
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
		(panel) => panel.importFile(file, options.scope, options.store),
		() => ({ problem: UNAVAILABLE }),
	);
	status.classList.toggle('run-import-failed', 'problem' in outcome);
	setText(status, 'problem' in outcome ? outcome.problem : outcome.message);
	if ('run' in outcome) options.onImported(outcome);
}

export interface HandoverPanelOptions {
	checklist: ChecklistSnapshot;
	store: RunStore;
	/** The run as the page holds it now. */
	run(): ChecklistRun | undefined;
	/** Saves the run as the runner's JSON export (the file name is the runner's). */
	download(): void;
	onImported(outcome: Imported): void;
}

/** The 交给他人 button and the panel it opens; the link and QR code are made from the run as it is at each opening. */
export function handoverPanel(options: HandoverPanelOptions): { button: HTMLElement; panel: HTMLElement } {
	const heading = h('h3', { id: 'run-handover-title', tabindex: -1 }, '交给他人');
	const panel = h('section', { class: 'run-handover', id: 'run-handover', 'aria-labelledby': 'run-handover-title', hidden: true }, heading);
	let refresh: (() => Promise<void>) | undefined;
	const button = h(
		'button',
		{
			type: 'button',
			'aria-expanded': 'false',
			'aria-controls': 'run-handover',
			onclick: async () => {
				const opening = panel.hidden;
				panel.hidden = !opening;
				button.setAttribute('aria-expanded', String(opening));
				if (!opening) return;
				heading.focus();
				if (!refresh) {
					const loaded = await load().catch(() => undefined);
					if (!loaded) return void panel.append(h('p', { class: 'run-notice', role: 'alert' }, UNAVAILABLE));
					refresh = loaded.fillPanel(panel, options);
				}
				await refresh();
			},
		},
		'交给他人',
	);
	return { button, panel };
}
