/**
 * The served start form (src/components/run/RunStart.astro) before a run shows: the values that
 * depend on now and on this device, its submit, the file import of a run handed over, and below
 * the form its notices and this checklist's unfinished runs, so nothing above it moves.
 */
import { HANDOVER_UNAVAILABLE } from '../../domain/run/handover-fragment.ts';
import { discoveryProblem, type StartOptions } from '../../domain/run/model.ts';
import { unfinishedRuns } from '../../domain/run/unfinished.ts';
import { localInputValue } from '../../domain/run/time.ts';
import { fill, h, setText } from '../dom.ts';
import type { Imported } from './handover-types.ts';
import { fillSavingNotice } from './saving-notice.ts';
import { CLEARED_NOTICE_KEY, type RunSession } from './session.ts';
import { confirmStartOnStalePage } from './stale-start.ts';

export interface StartHandlers {
	begin(options: StartOptions): void;
	/** A run file was imported from the form: show that run. */
	adopt(outcome: Imported): void;
}

function takeClearedNotice(): boolean {
	try {
		const flagged = sessionStorage.getItem(CLEARED_NOTICE_KEY) !== null;
		sessionStorage.removeItem(CLEARED_NOTICE_KEY);
		return flagged;
	} catch {
		return false;
	}
}

/**
 * How to start, from the form or from the address: a link says `?start=<level>`, and the form
 * submitted before the script wired it (a quick tap on a slow phone) arrives as `?start=&…`
 * with its fields. A name given becomes the device's operator.
 */
export function startOptions(fields: URLSearchParams | FormData, session: RunSession): StartOptions {
	const value = (name: string) => String(fields.get(name) ?? '').trim();
	const by = value('by');
	if (by) session.operator = by;
	const discoveredAt = new Date(value('discoveredAt'));
	return {
		...(Number.isNaN(discoveredAt.getTime()) ? {} : { discoveredAt }),
		title: value('title'),
		reportedBy: value('reportedBy'),
		severity: value('severity') || value('start'),
		// The form says whether this is a drill by sending the box or not; a link leaves it to the checklist's kind.
		...(fields.has('discoveredAt') ? { drill: fields.get('drill') === 'on' } : {}),
		by: fields.has('by') ? by : session.operator,
	};
}

/** A discovery input's latest allowed value: this minute. */
export function followClock(input: HTMLInputElement, now = new Date()): void {
	const latest = localInputValue(now);
	if (input.max !== latest) input.max = latest;
}

export class StartForm {
	private readonly panel: HTMLElement;
	private readonly session: RunSession;
	private readonly handlers: StartHandlers;

	constructor(panel: HTMLElement, session: RunSession, handlers: StartHandlers) {
		this.panel = panel;
		this.session = session;
		this.handlers = handlers;
	}

	/** Wires the served form once: its now-dependent values, its submit and its file import. */
	wire(): void {
		const form = this.panel.querySelector<HTMLFormElement>('form.run-start');
		if (!form || form.dataset['wired'] !== undefined) return;
		form.dataset['wired'] = '';
		const field = <T extends HTMLInputElement | HTMLSelectElement>(name: string) => form.elements.namedItem(name) as T | null;
		const discovered = field<HTMLInputElement>('discoveredAt');
		if (discovered) {
			discovered.value = localInputValue(new Date());
			followClock(discovered);
			// The latest time the picker offers is now, not the moment the page loaded: a form left open still takes the real time.
			discovered.addEventListener('focus', () => followClock(discovered));
			const timer = window.setInterval(() => (form.isConnected ? followClock(discovered) : window.clearInterval(timer)), 20_000);
			discovered.addEventListener('input', () => this.clearProblem(discovered));
		}
		// The discovery time is checked against the clock at the submit, with a sentence, not the browser's bubble.
		form.noValidate = true;
		const by = field<HTMLInputElement>('by');
		if (by && !by.value) by.value = this.session.operator;
		// Whoever touches the form is about to start: the store loads then, not on every visit.
		for (const type of ['pointerdown', 'focusin'])
			form.addEventListener(type, () => void this.session.loadStore().catch(() => undefined), { once: true });
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			// A page older than the installed edition asks first (./stale-start.ts).
			if (!confirmStartOnStalePage()) return;
			const options = startOptions(new FormData(form), this.session);
			const problem = discovered?.value ? discoveryProblem(new Date(discovered.value)) : undefined;
			if (discovered && problem) return this.refuse(discovered, problem);
			this.handlers.begin(options);
		});
		// 接手他人的运行: the served file input; what reads, checks and merges the file loads when one is chosen.
		const importer = this.panel.querySelector<HTMLElement>('.run-import');
		importer?.querySelector('input')?.addEventListener('change', () =>
			Promise.all([import('./import-control.ts'), this.session.loadStore()]).then(
				([control, store]) =>
					control.importChosen(importer, {
						scope: { checklist: this.session.checklist },
						store,
						onImported: (outcome) => this.handlers.adopt(outcome),
					}),
				() => {
					const status = importer.querySelector('.run-import-status');
					if (status) setText(status, HANDOVER_UNAVAILABLE);
				},
			),
		);
	}

	/** Says why the discovery time cannot be taken, beside the form's other notices, and puts the cursor back in it. */
	refuse(input: HTMLInputElement, problem: string): void {
		const slot = this.panel.querySelector<HTMLElement>('.run-problem');
		if (slot) fill(slot, h('p', { class: 'run-notice', role: 'alert', id: 'run-discovery-problem' }, problem));
		input.setAttribute('aria-invalid', 'true');
		input.setAttribute('aria-describedby', 'run-discovery-problem');
		followClock(input);
		input.focus();
	}

	private clearProblem(input: HTMLInputElement): void {
		if (!input.hasAttribute('aria-invalid')) return;
		input.removeAttribute('aria-invalid');
		input.removeAttribute('aria-describedby');
		this.panel.querySelector('#run-discovery-problem')?.remove();
	}

	/** The form's notices and this checklist's unfinished runs (once the store is loaded). */
	fill(problem?: string | HTMLElement): void {
		if (this.session.run) return;
		if (takeClearedNotice()) problem = '这次运行的记录已在本设备的另一个标签页中清除，没有再保存。';
		const slot = this.panel.querySelector<HTMLElement>('.run-problem');
		if (slot && problem) fill(slot, typeof problem === 'string' ? h('p', { class: 'run-notice', role: 'alert' }, problem) : problem);
		const saving = this.panel.querySelector<HTMLElement>('.run-saving');
		if (saving) fillSavingNotice(saving, this.session);
		const store = this.session.store;
		if (!store) return;
		const unfinished = unfinishedRuns(
			store.list().filter((run) => run.checklist.id === this.session.checklist.id),
			new Date(),
		);
		this.panel.querySelector('.run-resume')?.remove();
		if (unfinished.length === 0) return;
		this.panel.append(
			h(
				'section',
				{ class: 'run-resume', 'aria-label': '未完成的运行' },
				h('h3', {}, '本设备上未完成的运行'),
				h(
					'ul',
					{},
					unfinished.map((run) =>
						h(
							'li',
							{},
							h('a', { href: run.href }, `${run.drill ? '【演练】' : ''}${run.title || '未命名事件'}`),
							` · ${run.started} 开始 · 完成 ${run.progress}`,
						),
					),
				),
			),
		);
	}
}
