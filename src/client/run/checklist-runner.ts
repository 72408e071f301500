/**
 * <checklist-runner>: turns a server-rendered checklist into a run that records who did what
 * and when. A thin element: it reads how the page was opened (a run, a hand-over link, a start
 * link or none), holds the one RunSession, and composes parts with one job each: the start form
 * (./start-form.ts), then the status bar, the controls, the next-step card, the step rows (the
 * run's own edition, in the page's rows' places) and the actions: the bar that stays on screen with the status, and the
 * footer below the steps. A run taken in from another device first asks who is acting here
 * (./operator-prompt.ts); a run this device handed over only reads (./handed-over.ts). Parts change the run only through the
 * session's events; on every change and every 20 seconds the element hands each part the new
 * state. All rules (layering, deadlines, records) live in src/domain/run.
 *
 * What is not needed before the first tick loads in its own chunks, so the page's first visit
 * stays small: the store and its validation (only when the device holds a run or one starts),
 * the record below the steps (./record.ts) and the hand-over import (./handover-import.ts).
 */
import {
	discoveryProblem,
	runState,
	startRun,
	type ChecklistRun,
	type ChecklistSnapshot,
	type StartOptions,
} from '../../domain/run/model.ts';
import { hasStoredRuns } from '../../domain/run/keys.ts';
import { HANDOVER_UNAVAILABLE, payloadOf } from '../../domain/run/handover-fragment.ts';
import { links } from '../../domain/routes.ts';
import { fill, h } from '../dom.ts';
import { RunActions } from './actions.ts';
import { showFrozenChecklist } from './frozen-page.ts';
import { HandedOverNotice } from './handed-over.ts';
import type { Imported } from './handover-types.ts';
import { NextStep } from './next-step.ts';
import { OperatorPrompt } from './operator-prompt.ts';
import { RunControls } from './run-controls.ts';
import { RunSession } from './session.ts';
import { StartForm, startOptions } from './start-form.ts';
import { StatusBar } from './status-bar.ts';
import { StepRows } from './steps.ts';

const TICK_MS = 20_000;

/** sessionStorage key: a run taken in on this tab still waits for its operator's name (survives a reload). */
const awaitingKey = (runId: string) => `manual.awaiting-name.${runId}`;

function awaitingName(runId: string): boolean {
	try {
		return sessionStorage.getItem(awaitingKey(runId)) !== null;
	} catch {
		return false;
	}
}

function markAwaitingName(runId: string, waiting: boolean): void {
	try {
		if (waiting) sessionStorage.setItem(awaitingKey(runId), '1');
		else sessionStorage.removeItem(awaitingKey(runId));
	} catch {
		// without the flag a reload shows the run with the device's name, as before the hand-over
	}
}

/** The parts of a shown run; built once per run. */
interface RunView {
	runId: string;
	status: StatusBar;
	controls: RunControls;
	next: NextStep | undefined;
	rows: StepRows;
	actions: RunActions;
	handedOver: HandedOverNotice;
}

class ChecklistRunner extends HTMLElement {
	private session!: RunSession;
	private start!: StartForm;
	private view: RunView | undefined;
	private panel!: HTMLElement;
	private announcer!: HTMLElement;
	private timer: number | undefined;
	/** A run taken in from another device waits for the operator's name before its first action. */
	private awaitingName = false;

	connectedCallback(): void {
		const data = this.querySelector('script[data-snapshot]');
		const panel = this.querySelector<HTMLElement>('.run-panel');
		const announcer = this.querySelector<HTMLElement>('[data-run-announcer]');
		if (!data?.textContent || !panel || !announcer) return;
		this.panel = panel;
		this.announcer = announcer;
		this.session = new RunSession(JSON.parse(data.textContent) as ChecklistSnapshot, {
			changed: () => this.update(),
			announce: (message) => this.announce(message),
		});
		this.start = new StartForm(panel, this.session, {
			begin: (options) => void this.begin(options),
			adopt: (outcome) => this.adopt(outcome),
		});
		// Print the details open, then give back the ones the reader had closed.
		let closed: HTMLDetailsElement[] = [];
		window.addEventListener('beforeprint', () => {
			closed = [...this.querySelectorAll('details:not([open])')] as HTMLDetailsElement[];
			for (const details of closed) details.open = true;
		});
		window.addEventListener('afterprint', () => closed.forEach((details) => (details.open = false)));

		// A hand-over link opened in a tab already on this page changes only the fragment: no reload, so it is taken here too.
		window.addEventListener('hashchange', () => payloadOf(location.hash) && void this.takeHandover());

		const params = new URLSearchParams(location.search);
		const runId = params.get('run');
		const linked = params.has('start') ? startOptions(params, this.session) : undefined;
		const refused = linked?.discoveredAt && discoveryProblem(linked.discoveredAt);
		if (payloadOf(location.hash)) void this.takeHandover();
		else if (runId) void this.open(runId);
		else if (linked && !refused) void this.begin(linked);
		else {
			this.start.wire();
			this.start.fill(refused || undefined);
			if (hasStoredRuns(this.session.storage)) void this.session.loadStore().then(() => this.start.fill());
		}
	}

	disconnectedCallback(): void {
		window.clearInterval(this.timer);
	}

	private get checklist(): ChecklistSnapshot {
		return this.session.checklist;
	}

	/** `?run=`: the run if this device holds it and it is this checklist's; otherwise a notice saying where it is. */
	private async open(runId: string): Promise<void> {
		const store = await this.session.loadStore();
		const saved = store.get(runId);
		if (saved && saved.checklist.id === this.checklist.id) {
			this.show(saved);
			// Reloaded before the name was given: still asked.
			if (awaitingName(runId)) this.askOperator(runState(saved).handedOver?.to ?? '');
			return;
		}
		this.start.wire();
		if (saved) {
			const title = runState(saved).title;
			this.start.fill(
				h(
					'p',
					{ class: 'run-notice', role: 'alert' },
					`运行记录 ${runId} 属于另一张清单“${saved.checklist.title}”${title ? `（${title}）` : ''}，不是本清单的运行。`,
					h('a', { href: links.run(saved.checklist.id, saved.id) }, `打开“${saved.checklist.title}”中的这次运行`),
				),
			);
		} else this.start.fill(`找不到运行记录 ${runId}：它可能保存在另一台设备或另一个浏览器上，或已被清除。`);
	}

	/** Opened from a hand-over link: the run in its fragment is validated, merged, saved and shown. */
	private async takeHandover(): Promise<void> {
		const outcome = await Promise.all([import('./import-control.ts'), this.session.loadStore()]).then(
			([control, store]) => control.takeHandoverLink(this.checklist, store) ?? { problem: HANDOVER_UNAVAILABLE },
			() => ({ problem: HANDOVER_UNAVAILABLE }),
		);
		if ('run' in outcome) return this.adopt(outcome);
		if (this.session.run) return this.notify(outcome.problem, 'alert');
		this.start.wire();
		this.start.fill(outcome.problem);
	}

	/** A notice at the top of the shown run's panel (the last import's only), and the same sentence announced. */
	private notify(message: string, role: 'status' | 'alert'): void {
		this.panel.querySelector(':scope > .run-import-notice')?.remove();
		this.panel.prepend(h('p', { class: 'run-notice run-import-notice', role }, message));
		if (role === 'status') this.announce(message);
	}

	/** Shows a run handed over from another device (already merged and saved); another run than the one shown opens in its place. */
	private adopt({ run, message, fresh }: Imported): void {
		const shown = this.session.run;
		if (shown && shown.id !== run.id) return location.assign(links.run(run.checklist.id, run.id));
		if (shown) this.session.merge(run);
		else {
			this.show(run);
			history.replaceState(null, '', links.run(this.checklist.id, run.id));
			// A run new to this device, or a device that has no name yet: who acts here is asked first.
			if (fresh || !this.session.operator) this.askOperator(runState(run).handedOver?.to ?? '');
		}
		this.notify(message, 'status');
	}

	/** Before the first action on a run handed over: who is acting on this device. */
	private askOperator(handedTo: string): void {
		const runId = this.session.run?.id ?? '';
		this.awaitingName = true;
		markAwaitingName(runId, true);
		const prompt = new OperatorPrompt(this.session, handedTo || this.session.operator, (name) => {
			this.awaitingName = false;
			markAwaitingName(runId, false);
			this.update();
			this.announce(`已确认：本设备上的操作记在 ${name} 名下`);
			this.view?.status.title.focus();
		});
		this.panel.prepend(prompt.element);
		this.update();
		prompt.focus();
	}

	private async begin(options: StartOptions): Promise<void> {
		// Usually loaded already (touching the form asks for it): with the store at hand the run is
		// written the moment it shows, so a reload right after the start finds it.
		await this.session.loadStore().catch(() => undefined);
		const run = startRun(this.checklist, options);
		this.show(run);
		this.announce(`已开始执行：${this.checklist.title}`);
		this.view?.status.title.focus();
		// The address names the run once the device holds it (or knows it cannot yet).
		void this.session.persist(run).then(() => {
			if (this.session.run?.id === run.id) history.replaceState(null, '', links.run(this.checklist.id, run.id));
		});
	}

	private show(run: ChecklistRun): void {
		this.session.run = run;
		this.classList.add('running');
		// The session's copy: an older record's checklist completed from the page when it is the same edition.
		this.view = this.build(this.session.run ?? run);
		this.update();
		window.clearInterval(this.timer);
		this.timer = window.setInterval(() => this.update(), TICK_MS);
	}

	private announce(message: string): void {
		this.announcer.textContent = message;
	}

	/** Builds the run's parts once, in the order the page shows them, and upgrades the page's step rows. */
	private build(run: ChecklistRun): RunView {
		const session = this.session;
		const article = this.querySelector<HTMLElement>('.checklist')!;
		const by = () => session.operator;
		// What the run shows of its checklist is its own edition's, whatever edition the page is.
		showFrozenChecklist(article, run.checklist);
		const status = new StatusBar(run, session);
		const controls = new RunControls(run, session);
		const actions = new RunActions(
			session,
			(outcome) => this.adopt(outcome),
			(message) => this.announce(message),
		);
		const handedOver = new HandedOverNotice(session, (outcome) => this.adopt(outcome));
		const tick = (step: { id: string; text: string }, done: boolean) =>
			session.apply({ type: done ? 'check' : 'uncheck', step: step.id, by: by() }, `${done ? '已完成' : '已撤销'}：${step.text}`);
		const next =
			run.checklist.type === 'READ-DO'
				? new NextStep(() => {
						const step = session.state()?.next?.step;
						if (step) tick(step, true);
					})
				: undefined;
		// The status and the actions that matter stay at the top of the screen while the steps scroll:
		// the bar is the article's child, not the panel's, so it sticks for the whole checklist.
		const [bar, ...statusRest] = status.elements;
		this.querySelector('.run-sticky')?.remove();
		this.panel.before(h('div', { class: 'run-sticky' }, bar, actions.bar));
		fill(this.panel, handedOver.element, actions.handoverSlot, ...statusRest, controls.element, next?.card);
		article.querySelector('.phases')?.after(actions.footer);
		const rows = new StepRows(article, run.checklist, run.id, {
			toggle: tick,
			note: (step, note) => session.apply({ type: 'note', step: step.id, note, by: by() }, `已为“${step.text}”添加备注`),
			notApplicable: (step, reason, lead) =>
				session.apply({ type: 'not-applicable', step: step.id, reason, ...(lead ? { lead } : {}), by: by() }, `已标为不适用：${step.text}`),
			applicable: (step) => session.apply({ type: 'applicable', step: step.id, by: by() }, `已恢复适用：${step.text}`),
		});
		return { runId: run.id, status, controls, next, rows, actions, handedOver };
	}

	/** Hands every part the run's state now; each writes only what changed. */
	private update(): void {
		const run = this.session.run;
		const view = this.view;
		if (!run || !view || view.runId !== run.id) return;
		const now = new Date();
		const state = runState(run, now);
		const handedOver = this.session.handedOver(state);
		const readOnly = this.awaitingName || handedOver !== undefined;
		this.classList.toggle('run-read-only', readOnly);
		// A run that only reads offers what a finished one does: nothing to tick.
		const shown = readOnly ? { ...state, finished: true } : state;
		view.status.update(run, state, now);
		view.handedOver.update(handedOver);
		view.controls.update(shown, readOnly, now);
		view.next?.update(shown, now);
		view.rows.update(shown, now);
		view.actions.update(run, state, readOnly);
	}
}

customElements.define('checklist-runner', ChecklistRunner);
