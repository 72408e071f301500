/**
 * A checklist run: one execution of a checklist during an incident, drill or routine task.
 *
 * The record is append-only: checking, unchecking, notes, severity changes and finishing are
 * events, never edits, so the history of who did what and when survives. Everything a page
 * shows (which steps apply, what is done, what is overdue) is derived from the events.
 * A run carries a snapshot of the checklist edition it started from, so editing the checklist
 * later never changes a run under way.
 */

/** The part of a checklist a run needs, frozen when the run starts. */
export interface ChecklistSnapshot {
	id: string;
	title: string;
	kind: string;
	type: 'READ-DO' | 'DO-CONFIRM';
	/** Edition date, YYYY-MM-DD. */
	edition: string;
	severities: { id: string; name: string; when: string }[];
	phases: {
		title: string;
		steps: {
			id: string;
			text: string;
			detail?: string;
			role: string;
			roleName: string;
			/** Deadline in minutes after the start. */
			dueMinutes: number;
			critical: boolean;
			/** Levels the step applies to; empty means every level. */
			severities: string[];
			record: string;
		}[];
	}[];
}

export type SnapshotStep = ChecklistSnapshot['phases'][number]['steps'][number];

interface EventBase {
	/** Unique id, so records merged from two tabs keep every event exactly once. */
	id: string;
	/** ISO time the event happened. */
	at: string;
	/** Who did it, as typed by the person on this device. */
	by?: string;
}

export type RunEvent =
	| (EventBase & { type: 'severity'; severity: string })
	| (EventBase & { type: 'check'; step: string; note?: string })
	| (EventBase & { type: 'uncheck'; step: string; note?: string })
	| (EventBase & { type: 'note'; step: string; note: string })
	| (EventBase & { type: 'finish' })
	| (EventBase & { type: 'reopen' });

export const RUN_FORMAT_VERSION = 1;

export interface ChecklistRun {
	/** Storage format version; see store.ts for migrations. */
	version: typeof RUN_FORMAT_VERSION;
	id: string;
	checklist: ChecklistSnapshot;
	startedAt: string;
	/** Optional name of the incident, e.g. 3 号电脑勒索病毒. */
	title: string;
	/** Who reported the incident. */
	reportedBy: string;
	/** A drill run is marked as such everywhere, including exports. */
	drill: boolean;
	events: RunEvent[];
}

export interface StepState {
	step: SnapshotStep;
	phase: number;
	applies: boolean;
	done: boolean;
	doneAt?: string;
	doneBy?: string;
	notes: string[];
	dueAt: Date;
	overdue: boolean;
}

export interface RunState {
	severity: string | undefined;
	steps: StepState[];
	/** Steps shown: those that apply to the current level, plus any already checked. */
	visible: StepState[];
	done: number;
	total: number;
	finished: boolean;
	finishedAt?: string;
	elapsedMinutes: number;
	/** The first visible step not done yet: READ-DO puts it in front. */
	next: StepState | undefined;
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
		events: severity ? [{ id: newId(), at, type: 'severity', severity, ...by }] : [],
	};
}

type NewEvent = RunEvent extends infer E ? (E extends RunEvent ? Omit<E, 'id' | 'at'> : never) : never;

/** The run with one more event; the original is not modified. */
export function record(run: ChecklistRun, event: NewEvent, now = new Date()): ChecklistRun {
	const clean = Object.fromEntries(Object.entries(event).filter(([, value]) => value !== undefined && value !== '')) as NewEvent;
	return { ...run, events: [...run.events, { ...clean, id: newId(now.getTime()), at: now.toISOString() } as RunEvent] };
}

/** Union of two copies of the same run (two tabs): no event is ever lost. */
export function mergeRuns(a: ChecklistRun, b: ChecklistRun): ChecklistRun {
	const events = new Map<string, RunEvent>();
	for (const event of [...a.events, ...b.events]) events.set(event.id, event);
	return { ...a, events: [...events.values()].sort((x, y) => x.at.localeCompare(y.at) || x.id.localeCompare(y.id)) };
}

function appliesAt(step: SnapshotStep, severity: string | undefined): boolean {
	return step.severities.length === 0 || severity === undefined || step.severities.includes(severity);
}

export function runState(run: ChecklistRun, now = new Date()): RunState {
	let severity: string | undefined;
	let finished = false;
	let finishedAt: string | undefined;
	const done = new Map<string, { at: string; by?: string } | undefined>();
	const notes = new Map<string, string[]>();
	for (const event of run.events) {
		if (event.type === 'severity') severity = event.severity;
		else if (event.type === 'finish') [finished, finishedAt] = [true, event.at];
		else if (event.type === 'reopen') [finished, finishedAt] = [false, undefined];
		else {
			if (event.type === 'check') done.set(event.step, { at: event.at, ...(event.by ? { by: event.by } : {}) });
			if (event.type === 'uncheck') done.set(event.step, undefined);
			if (event.note) notes.set(event.step, [...(notes.get(event.step) ?? []), event.note]);
		}
	}
	const start = Date.parse(run.startedAt);
	const steps = run.checklist.phases.flatMap((phase, index) =>
		phase.steps.map((step): StepState => {
			const completion = done.get(step.id);
			const dueAt = new Date(start + step.dueMinutes * 60_000);
			return {
				step,
				phase: index,
				applies: appliesAt(step, severity),
				done: completion !== undefined,
				...(completion ? { doneAt: completion.at, ...(completion.by ? { doneBy: completion.by } : {}) } : {}),
				notes: notes.get(step.id) ?? [],
				dueAt,
				overdue: completion === undefined && now.getTime() > dueAt.getTime(),
			};
		}),
	);
	const visible = steps.filter((state) => state.applies || state.done);
	return {
		severity,
		steps,
		visible,
		done: visible.filter((state) => state.done).length,
		total: visible.length,
		finished,
		...(finishedAt ? { finishedAt } : {}),
		elapsedMinutes: Math.max(0, Math.floor(((finishedAt ? Date.parse(finishedAt) : now.getTime()) - start) / 60_000)),
		next: visible.find((state) => !state.done),
	};
}

export function severityName(checklist: ChecklistSnapshot, id: string | undefined): string {
	return checklist.severities.find((severity) => severity.id === id)?.name ?? '未分级';
}
