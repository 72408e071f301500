/**
 * A finished drill run as training counts it: when, how long, how far, and how late. The figures
 * come from the runner's own reading of the run (`runState`), so the record says what the run's
 * page said; a step is late when it was done after its deadline, or was still open past it when
 * the drill ended.
 */
import { runState, type ChecklistRun } from '../run/model.ts';
import { elapsed } from '../run/time.ts';

export interface DrillPhase {
	title: string;
	/** Minutes from the start until the phase's last counted step was done; null while a step is open. */
	minutes: number | null;
}

export interface DrillEvaluation {
	title: string;
	startedAt: string;
	/** Whole minutes from start to finish. */
	minutes: number;
	done: number;
	/** Steps counted: shown at the run's level and not marked not applicable. */
	total: number;
	late: number;
	notApplicable: number;
	phases: DrillPhase[];
}

export interface DrillRun {
	finishedAt: string;
	/** Missing only in files exported before drills carried figures. */
	evaluation?: DrillEvaluation;
}

/** Finished drill runs per checklist id, oldest first. */
export type Drills = Record<string, DrillRun[]>;

const minutesBetween = (from: string, to: string) => Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / 60_000));

/** The drill's evaluation, or undefined for a run that is no drill or not finished. */
export function drillRun(run: ChecklistRun): DrillRun | undefined {
	if (!run.drill) return undefined;
	const probe = runState(run);
	if (!probe.finished || !probe.finishedAt) return undefined;
	const finishedAt = probe.finishedAt;
	// Judged at the finish: a step still open then was late if its deadline had passed.
	const state = runState(run, new Date(finishedAt));
	const counted = state.visible.filter((step) => !step.notApplicable);
	const late = counted.filter((step) => (step.doneAt ? Date.parse(step.doneAt) > step.dueAt.getTime() : step.overdue)).length;
	const phases = run.checklist.phases.map((phase, index): DrillPhase => {
		const steps = counted.filter((step) => step.phase === index);
		const open = steps.some((step) => !step.doneAt);
		const last = steps.reduce((latest, step) => (step.doneAt && step.doneAt > latest ? step.doneAt : latest), run.startedAt);
		return { title: phase.title, minutes: open ? null : minutesBetween(run.startedAt, last) };
	});
	return {
		finishedAt,
		evaluation: {
			title: run.checklist.title,
			startedAt: run.startedAt,
			minutes: minutesBetween(run.startedAt, finishedAt),
			done: state.done,
			total: state.total,
			late,
			notApplicable: state.notApplicable,
			phases,
		},
	};
}

/** One line for a table cell or a Markdown list, in the runner's wording: 完成 12/14，超时 1，不适用 1，用时 35 分钟. */
export function drillFigures(evaluation: DrillEvaluation): string {
	return [
		`完成 ${evaluation.done}/${evaluation.total}`,
		`超时 ${evaluation.late}`,
		...(evaluation.notApplicable ? [`不适用 ${evaluation.notApplicable}`] : []),
		`用时 ${elapsed(evaluation.minutes)}`,
	].join('，');
}
