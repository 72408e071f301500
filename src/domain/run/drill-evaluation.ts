/**
 * A finished drill, evaluated: how long the team took to each phase, which steps were late
 * against their deadlines and by how much, which were set aside or left undone, and the notes
 * taken on the way. Everything is derived from the run's events and judged at the finish time,
 * so reading the evaluation a week later gives the same figures.
 */
import { runState, type ChecklistRun, type SnapshotStep } from './model.ts';

export interface PhaseTiming {
	title: string;
	/** Minutes from the start to the phase's first step done; undefined when none was. */
	firstDoneMinutes: number | undefined;
	/** Minutes from the start until every step of the phase was done or set aside; undefined when some were left undone. */
	completedMinutes: number | undefined;
}

export interface LateStep {
	step: SnapshotStep;
	dueAt: Date;
	/** When it was done; undefined when it was still open at the finish. */
	doneAt: Date | undefined;
	/** Whole minutes past the deadline: at completion, or at the finish for a step left open. */
	lateMinutes: number;
}

export interface DrillEvaluation {
	startedAt: Date;
	finishedAt: Date;
	/** Minutes from the start to the finish. */
	totalMinutes: number;
	phases: PhaseTiming[];
	/** Steps done after their deadline or still open past it at the finish, latest deadline last. */
	late: LateStep[];
	notApplicable: { step: SnapshotStep; reason: string; by?: string }[];
	/** Steps that applied and were neither done nor set aside at the finish. */
	undone: SnapshotStep[];
	notes: { step: SnapshotStep; note: string }[];
}

const minutesBetween = (from: number, to: number) => Math.max(0, Math.floor((to - from) / 60_000));

/** The evaluation of a finished drill run; undefined for a run that is not a drill or not finished. */
export function evaluateDrill(run: ChecklistRun): DrillEvaluation | undefined {
	if (!run.drill) return undefined;
	const finish = runState(run).finishedAt;
	if (!finish) return undefined;
	const finishedAt = new Date(finish);
	// Judged at the finish: a step open then is late by the time the drill ended, not by today.
	const state = runState(run, finishedAt);
	const start = Date.parse(run.startedAt);
	const phases = run.checklist.phases.map((phase, index): PhaseTiming => {
		const steps = state.visible.filter((s) => s.phase === index);
		const doneTimes = steps.flatMap((s) => (s.doneAt ? [Date.parse(s.doneAt)] : []));
		const settled = steps.every((s) => s.done || s.notApplicable);
		const settledTimes = steps.map((s) => Date.parse(s.doneAt ?? s.notApplicable?.at ?? run.startedAt));
		return {
			title: phase.title,
			firstDoneMinutes: doneTimes.length > 0 ? minutesBetween(start, Math.min(...doneTimes)) : undefined,
			completedMinutes: settled && steps.length > 0 ? minutesBetween(start, Math.max(...settledTimes)) : undefined,
		};
	});
	const late = state.visible
		.filter((s) => !s.notApplicable)
		.flatMap((s): LateStep[] => {
			const doneAt = s.doneAt ? new Date(s.doneAt) : undefined;
			const end = doneAt ?? finishedAt;
			if (end.getTime() <= s.dueAt.getTime()) return [];
			return [{ step: s.step, dueAt: s.dueAt, doneAt, lateMinutes: minutesBetween(s.dueAt.getTime(), end.getTime()) }];
		})
		.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
	return {
		startedAt: new Date(start),
		finishedAt,
		totalMinutes: minutesBetween(start, finishedAt.getTime()),
		phases,
		late,
		notApplicable: state.visible.flatMap((s) =>
			s.notApplicable ? [{ step: s.step, reason: s.notApplicable.reason, ...(s.notApplicable.by ? { by: s.notApplicable.by } : {}) }] : [],
		),
		undone: state.visible.filter((s) => !s.done && !s.notApplicable).map((s) => s.step),
		notes: state.steps.flatMap((s) => s.notes.map((note) => ({ step: s.step, note }))),
	};
}
