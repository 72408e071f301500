/**
 * Where a reader stands on a path: each item's status from their record and the chapters'
 * current editions, the next item to do, and the time left. A read confirmation of an older
 * edition is "reread", never "read": the text the reader confirmed is not the one in force.
 */
import type { TrainingRecord } from './record.ts';

export type PathItem =
	| { kind: 'chapter'; id: string; minutes: number }
	| { kind: 'selfCheck'; id: string; minutes: number }
	| { kind: 'checklist'; id: string; minutes: number };

export type ItemStatus = 'todo' | 'read' | 'reread' | 'passed' | 'failed' | 'practised';

export interface PathStage {
	name: string;
	items: PathItem[];
}

/** Finished drill runs per checklist id, read from the runner's records on the device. */
export type Drills = Record<string, { finishedAt: string }[]>;

export function itemStatus(item: PathItem, record: TrainingRecord, editions: Record<string, string>, drills: Drills = {}): ItemStatus {
	if (item.kind === 'chapter') {
		const read = record.reads[item.id];
		if (!read) return 'todo';
		return read.edition === editions[item.id] ? 'read' : 'reread';
	}
	if (item.kind === 'selfCheck') {
		const attempt = record.checks[item.id];
		if (!attempt) return 'todo';
		return attempt.passed ? 'passed' : 'failed';
	}
	return (drills[item.id]?.length ?? 0) > 0 ? 'practised' : 'todo';
}

export const isDone = (status: ItemStatus) => status === 'read' || status === 'passed' || status === 'practised';

export interface PathProgress {
	done: number;
	total: number;
	minutesLeft: number;
	next: PathItem | undefined;
	statuses: ItemStatus[][];
}

export function pathProgress(
	stages: readonly PathStage[],
	record: TrainingRecord,
	editions: Record<string, string>,
	drills: Drills = {},
): PathProgress {
	const statuses = stages.map((stage) => stage.items.map((item) => itemStatus(item, record, editions, drills)));
	const items = stages.flatMap((stage) => stage.items);
	const flat = statuses.flat();
	const open = items.filter((_, i) => !isDone(flat[i]!));
	return {
		done: items.length - open.length,
		total: items.length,
		minutesLeft: open.reduce((sum, item) => sum + item.minutes, 0),
		next: open[0],
		statuses,
	};
}
