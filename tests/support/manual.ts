/**
 * The manual as end-to-end tests see it: step texts, ids, titles and editions read from
 * `content/` through the content check's loader, so an editor rewording a step never breaks CI
 * for the wrong reason, while a page that stops showing the step still fails.
 */
import { join } from 'node:path';
import { loadManual } from '../../src/check/load.ts';
import { runState, startRun, type ChecklistSnapshot, type SnapshotStep } from '../../src/domain/run/model.ts';
import { toSnapshot } from '../../src/domain/run/snapshot.ts';
import type { Checklist } from '../../src/schemas/checklist.ts';

const root = join(import.meta.dirname, '..', '..');
export const manual = loadManual(root).manual;

const roles = new Map((manual.roles?.data ?? []).map((role) => [role.id, role]));
const chapterTitles = new Map(manual.chapters.map((chapter) => [chapter.id, chapter.title]));

export interface LoadedChecklist {
	id: string;
	data: Checklist;
	/** Edition as pages print it, YYYY-MM-DD. */
	edition: string;
	/** The frozen copy a run of it starts from, as its page embeds it (filing calendar included). */
	snapshot: ChecklistSnapshot;
	/** Steps in the order a run at `severity` (default: the highest level) shows them. */
	runSteps(severity?: string): SnapshotStep[];
}

export function checklist(id: string): LoadedChecklist {
	const entry = manual.checklists.find((candidate) => candidate.id === id);
	if (!entry) throw new Error(`tests expect the checklist ${id}, which content/checklists does not have`);
	const snapshot = toSnapshot(
		id,
		entry.data,
		roles,
		{
			calendars: manual.calendars.map((calendar) => calendar.data),
			lateFiling: manual.legalFacts?.data.lateFiling ?? [],
		},
		chapterTitles,
	);
	return {
		id,
		data: entry.data,
		edition: entry.data.edition.toISOString().slice(0, 10),
		snapshot,
		runSteps: (severity) => runState(startRun(snapshot, severity ? { severity } : {})).visible.map((state) => state.step),
	};
}

/** A regular expression matching `text` literally, for accessible-name matches. */
export const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
