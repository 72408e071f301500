import { links } from '../routes.ts';
import { runState, severityName, type ChecklistRun } from './model.ts';
import { dateTime, elapsed } from './time.ts';

/** What the home page shows for a run on this device that has not been finished. */
export interface UnfinishedRun {
	id: string;
	href: string;
	checklistTitle: string;
	/** The incident's name as typed at the start; may be empty. */
	title: string;
	/** Level name, empty for checklists without levels. */
	severity: string;
	drill: boolean;
	/** "11月24日 14:05". */
	started: string;
	/** "1 小时 5 分". */
	elapsed: string;
	/** "5/16": steps done of the steps that apply. */
	progress: string;
	done: number;
	total: number;
}

/** Unfinished runs, newest first (the store's order is kept), summarised for display. */
export function unfinishedRuns(runs: readonly ChecklistRun[], now: Date, timeZone?: string): UnfinishedRun[] {
	return runs.flatMap((run) => {
		const state = runState(run, now);
		if (state.finished) return [];
		return [
			{
				id: run.id,
				href: links.run(run.checklist.id, run.id),
				checklistTitle: run.checklist.title,
				title: state.title,
				severity: run.checklist.severities.length > 0 ? severityName(run.checklist, state.severity) : '',
				drill: run.drill,
				started: dateTime(new Date(run.startedAt), timeZone),
				elapsed: elapsed(state.elapsedMinutes),
				progress: `${state.done}/${state.total}`,
				done: state.done,
				total: state.total,
			},
		];
	});
}
