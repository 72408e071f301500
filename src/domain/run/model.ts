/**
 * A checklist run: one execution of a checklist during an incident, drill or routine task.
 *
 * The record is append-only: checking, unchecking, notes, severity changes and finishing are
 * events, never edits, so the history of who did what and when survives. Everything a page
 * shows (which steps apply, what is done, what is overdue) is derived from the events.
 * The title and the reporter typed at the start are the record's first values; filling them in
 * or changing them later is a `title` or `reporter` event, so two devices editing them merge like
 * any other events (the later one in logical order wins) and the history shows who changed what.
 * Handing the run to another device is a `handover` event too ("交给 张三"), recorded on the
 * device that hands it over before the record leaves it, so the receiver's copy holds it: the
 * giver then only reads the run, until a record with the receiver's later events comes back.
 * A run carries a snapshot of the checklist edition it started from, so editing the checklist
 * later never changes a run under way.
 *
 * Order is logical, not wall-clock: each event carries `seq`, one more than the highest `seq`
 * the recording copy had seen, and events are read in (`seq`, `id`) order. A clock set back, an
 * NTP correction or a time-zone change cannot put an untick before its tick; two tabs recording
 * at once get the same `seq` and a stable order by id. `at` is only shown to people.
 */

import type { ChecklistRun, ChecklistSnapshot, RunEvent, SnapshotStep } from '../../schemas/run.ts';
import { filingClock, missesDeadline, type FilingClock } from './filing.ts';
import { isFullSnapshot } from './frozen.ts';
import { clock, dateTime } from './time.ts';

export type { ChecklistRun, ChecklistSnapshot, RunEvent, SnapshotStep };

/** Storage format version; src/domain/run/store.ts documents it and migrates older ones. */
export const RUN_FORMAT_VERSION = 3;

export interface StepState {
	step: SnapshotStep;
	phase: number;
	applies: boolean;
	done: boolean;
	doneAt?: string;
	doneBy?: string;
	notes: string[];
	/** Marked not applicable, with the reason: neither open nor overdue. */
	notApplicable?: { reason: string; at: string; by?: string };
	/** Deadline: the step's anchor (start or discovery) plus its duration. */
	dueAt: Date;
	overdue: boolean;
	/** Open, held to the run's filing deadline (`beats`), and due after it: the step's own deadline is too late. */
	afterDeadline: boolean;
}

export interface RunState {
	severity: string | undefined;
	/** The incident's title: the start's, or the last `title` event's. May be empty. */
	title: string;
	/** Who reported it: the start's, or the last `reporter` event's. May be empty. */
	reportedBy: string;
	steps: StepState[];
	/** Steps shown: those that apply to the current level, plus any already checked. */
	visible: StepState[];
	/** Steps done, of `total`: the visible steps that are not marked not applicable. */
	done: number;
	total: number;
	/** Visible steps marked not applicable. */
	notApplicable: number;
	/** Visible steps neither done nor not applicable. */
	open: number;
	overdue: number;
	finished: boolean;
	finishedAt?: string;
	elapsedMinutes: number;
	/** When the incident was discovered: the last `discovered` event, else the start. */
	discoveredAt: string;
	/** The first visible step not done yet: READ-DO puts it in front. */
	next: StepState | undefined;
	/** Visible steps with a deadline set by law, for the 法定时限 bar. */
	statutory: StepState[];
	/** The filing deadline the run serves (checklists with `deadline`), with the deadline day's cut-offs. */
	filing?: FilingClock;
	/**
	 * The latest hand-over, while nothing has been recorded after it. The device that recorded it
	 * (`device`) shows the run as handed over (see `handedOverFrom`); once a newer record comes
	 * back with the receiver's events, the hand-over is history and every device may act again.
	 */
	handedOver?: { to: string; at: string; by?: string; device: string };
}

/** The hand-over this device made and has not taken back, if any: while it stands, the device only reads the run. */
export function handedOverFrom(state: RunState, device: string | undefined): RunState['handedOver'] {
	return device !== undefined && state.handedOver?.device === device ? state.handedOver : undefined;
}

let counter = 0;
/** A short unique id; crypto.randomUUID is not available on plain-http intranet pages. */
export function newId(now = Date.now()): string {
	counter = (counter + 1) % 1296;
	return `${now.toString(36)}${counter.toString(36).padStart(2, '0')}${Math.random().toString(36).slice(2, 8)}`;
}

export interface StartOptions {
	title?: string;
	reportedBy?: string;
	/** Chosen level; when omitted or unknown, the highest level (incident practice: when unsure, go higher). */
	severity?: string;
	drill?: boolean;
	by?: string;
	/** When the incident was discovered, if before the start; recorded as a `discovered` event. */
	discoveredAt?: Date;
}

/**
 * Why a discovery time cannot be taken, or undefined when it can. A time later than now would move
 * every deadline counted from the discovery later, legal ones included (a 4-hour report a day
 * late), so it is refused wherever it is typed. The inputs hold whole minutes: the current minute
 * is not in the future.
 */
export function discoveryProblem(discoveredAt: Date, now = new Date()): string | undefined {
	if (Number.isNaN(discoveredAt.getTime())) return '发现时间没有填写完整：请填写日期和时间，或清空后按现在记录。';
	if (discoveredAt.getTime() <= now.getTime()) return undefined;
	return `发现时间 ${dateTime(discoveredAt)} 晚于现在（${clock(now)}），不能是将来的时间：法定时限从发现起算，填晚了会把期限推后。请填写实际发现的时间；记不清时填现在，稍后再改。`;
}

export function highestSeverity(checklist: ChecklistSnapshot): string | undefined {
	return checklist.severities[0]?.id;
}

export function startRun(checklist: ChecklistSnapshot, options: StartOptions = {}, now = new Date()): ChecklistRun {
	const at = now.toISOString();
	const known = checklist.severities.some((severity) => severity.id === options.severity);
	const severity = known ? options.severity : highestSeverity(checklist);
	const by = options.by ? { by: options.by } : {};
	return {
		version: RUN_FORMAT_VERSION,
		id: newId(now.getTime()),
		checklist,
		startedAt: at,
		title: options.title?.trim() ?? '',
		reportedBy: options.reportedBy?.trim() ?? '',
		drill: options.drill ?? checklist.kind === 'drill',
		events: [
			...(severity ? [{ id: newId(), seq: 1, at, type: 'severity' as const, severity, ...by }] : []),
			...(options.discoveredAt && !Number.isNaN(options.discoveredAt.getTime())
				? [{ id: newId(), seq: 2, at, type: 'discovered' as const, discoveredAt: options.discoveredAt.toISOString(), ...by }]
				: []),
		],
	};
}

export type NewEvent = RunEvent extends infer E ? (E extends RunEvent ? Omit<E, 'id' | 'seq' | 'at'> : never) : never;

/** The logical time of the next event on this copy: one more than any `seq` seen. */
export function nextSeq(run: ChecklistRun): number {
	let max = 0;
	for (const event of run.events) if (event.seq > max) max = event.seq;
	return max + 1;
}

/** Logical order: `seq`, then `id` so that two copies sort concurrent events the same way. */
export function compareEvents(a: RunEvent, b: RunEvent): number {
	return a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Fields left out of an event when empty: an empty title or reporter is a value (cleared), an empty note is nothing. */
const OMITTED_WHEN_EMPTY = new Set(['note', 'by']);

/** The run with one more event; the original is not modified. */
export function record(run: ChecklistRun, event: NewEvent, now = new Date()): ChecklistRun {
	const clean = Object.fromEntries(
		Object.entries(event).filter(([key, value]) => value !== undefined && !(value === '' && OMITTED_WHEN_EMPTY.has(key))),
	) as NewEvent;
	const added = { ...clean, id: newId(now.getTime()), seq: nextSeq(run), at: now.toISOString() } as RunEvent;
	return { ...run, events: [...run.events, added] };
}

/**
 * Union of two copies of the same run (two tabs, an import): every event kept exactly once, in
 * logical order. The checklist copy is `a`'s, unless only `b`'s freezes every field a run shows
 * (an older page, or an older record completed since: src/domain/run/frozen.ts), so a completed
 * copy is never written back incomplete.
 */
export function mergeRuns(a: ChecklistRun, b: ChecklistRun): ChecklistRun {
	const events = new Map<string, RunEvent>();
	for (const event of [...a.events, ...b.events]) events.set(event.id, event);
	const checklist = !isFullSnapshot(a.checklist) && isFullSnapshot(b.checklist) ? b.checklist : a.checklist;
	return { ...a, checklist, events: [...events.values()].sort(compareEvents) };
}

/** Events of `b` that `a` lacks: what a merge would add to `a`. */
export function missingEvents(a: ChecklistRun, b: ChecklistRun): RunEvent[] {
	const known = new Set(a.events.map((event) => event.id));
	return b.events.filter((event) => !known.has(event.id));
}

function appliesAt(step: SnapshotStep, severity: string | undefined): boolean {
	return step.severities.length === 0 || severity === undefined || step.severities.includes(severity);
}

export function runState(run: ChecklistRun, now = new Date()): RunState {
	let severity: string | undefined;
	let finished = false;
	let finishedAt: string | undefined;
	let discoveredAt = run.startedAt;
	let { title, reportedBy } = run;
	let handedOver: RunState['handedOver'];
	const done = new Map<string, { at: string; by?: string } | undefined>();
	const notes = new Map<string, string[]>();
	const skipped = new Map<string, { reason: string; at: string; by?: string }>();
	const critical = new Set(run.checklist.phases.flatMap((phase) => phase.steps.filter((step) => step.critical).map((step) => step.id)));
	for (const event of [...run.events].sort(compareEvents)) {
		// Any event after a hand-over is the receiver's work (the giver only reads): it ends the hand-over.
		handedOver = undefined;
		if (event.type === 'handover') handedOver = { to: event.to, at: event.at, device: event.device, ...(event.by ? { by: event.by } : {}) };
		else if (event.type === 'severity') severity = event.severity;
		else if (event.type === 'finish') [finished, finishedAt] = [true, event.at];
		else if (event.type === 'reopen') [finished, finishedAt] = [false, undefined];
		else if (event.type === 'discovered') discoveredAt = event.discoveredAt;
		else if (event.type === 'title') title = event.title;
		else if (event.type === 'reporter') reportedBy = event.reportedBy;
		else if (event.type === 'not-applicable') {
			// A critical step is set aside only by the incident lead; anything else is ignored, imported or not.
			if (!critical.has(event.step) || event.lead)
				skipped.set(event.step, { reason: event.reason, at: event.at, ...(event.by ? { by: event.by } : {}) });
		} else if (event.type === 'applicable') skipped.delete(event.step);
		else {
			if (event.type === 'check') done.set(event.step, { at: event.at, ...(event.by ? { by: event.by } : {}) });
			if (event.type === 'uncheck') done.set(event.step, undefined);
			if (event.note) notes.set(event.step, [...(notes.get(event.step) ?? []), event.note]);
		}
	}
	const start = Date.parse(run.startedAt);
	const anchors = { start, discovery: Date.parse(discoveredAt) };
	const filing = filingClock(run.checklist.filing, new Date(Math.min(anchors.start, anchors.discovery)), now);
	const steps = run.checklist.phases.flatMap((phase, index) =>
		phase.steps.map((step): StepState => {
			const completion = done.get(step.id);
			const notApplicable = completion === undefined ? skipped.get(step.id) : undefined;
			const dueAt = new Date(anchors[step.from ?? 'start'] + step.dueMinutes * 60_000);
			return {
				step,
				phase: index,
				applies: appliesAt(step, severity),
				done: completion !== undefined,
				...(completion ? { doneAt: completion.at, ...(completion.by ? { doneBy: completion.by } : {}) } : {}),
				notes: notes.get(step.id) ?? [],
				...(notApplicable ? { notApplicable } : {}),
				dueAt,
				overdue: completion === undefined && !notApplicable && now.getTime() > dueAt.getTime(),
				afterDeadline:
					completion === undefined && !notApplicable && missesDeadline(step.beats, run.checklist.filing, dueAt, filing?.deadline),
			};
		}),
	);
	const visible = steps.filter((state) => state.applies || state.done);
	const counted = visible.filter((state) => !state.notApplicable);
	return {
		severity,
		title,
		reportedBy,
		steps,
		visible,
		done: counted.filter((state) => state.done).length,
		total: counted.length,
		notApplicable: visible.length - counted.length,
		open: counted.filter((state) => !state.done).length,
		overdue: counted.filter((state) => state.overdue).length,
		finished,
		...(finishedAt ? { finishedAt } : {}),
		elapsedMinutes: Math.max(0, Math.floor(((finishedAt ? Date.parse(finishedAt) : now.getTime()) - start) / 60_000)),
		discoveredAt,
		next: counted.find((state) => !state.done),
		statutory: visible.filter((state) => state.step.statutory),
		...(filing ? { filing } : {}),
		...(handedOver ? { handedOver } : {}),
	};
}

export function severityName(checklist: ChecklistSnapshot, id: string | undefined): string {
	return checklist.severities.find((severity) => severity.id === id)?.name ?? '未分级';
}
