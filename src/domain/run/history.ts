import { links } from '../routes.ts';
import { runState, severityName, type ChecklistRun } from './model.ts';
import { clock, dayOf, elapsed } from './time.ts';

/** One run as the device's run history page lists it: finished or not, drill or real. */
export interface RunHistoryEntry {
	id: string;
	href: string;
	checklistTitle: string;
	/** The incident's name as typed at the start; may be empty. */
	title: string;
	drill: boolean;
	finished: boolean;
	/** Level name, empty for checklists without levels. */
	severity: string;
	/** "2026年12月15日 16:40": the list spans days and years, so the date is always there. */
	started: string;
	/** When it was finished, in the same form; empty while it runs. */
	finishedAt: string;
	/** "1 小时 5 分": to the finish, or to now while it runs. */
	elapsed: string;
	/** "5/16": steps done of the steps that apply. */
	progress: string;
}

/** "2026年12月15日 16:40" in the reader's (or the given) time zone. */
export function listTime(date: Date, timeZone?: string): string {
	const [year, month, day] = dayOf(date, timeZone).split('-').map(Number);
	return `${year}年${month}月${day}日 ${clock(date, timeZone)}`;
}

/** Every run on the device, in the store's order (newest start first), summarised for the history page. */
export function runHistory(runs: readonly ChecklistRun[], now: Date, timeZone?: string): RunHistoryEntry[] {
	return runs.map((run) => {
		const state = runState(run, now);
		return {
			id: run.id,
			href: links.run(run.checklist.id, run.id),
			checklistTitle: run.checklist.title,
			title: run.title,
			drill: run.drill,
			finished: state.finished,
			severity: run.checklist.severities.length > 0 ? severityName(run.checklist, state.severity) : '',
			started: listTime(new Date(run.startedAt), timeZone),
			finishedAt: state.finishedAt ? listTime(new Date(state.finishedAt), timeZone) : '',
			elapsed: elapsed(state.elapsedMinutes),
			progress: `${state.done}/${state.total}`,
		};
	});
}
