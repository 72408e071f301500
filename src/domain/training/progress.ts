/**
 * Where a reader stands on a path: each item's status from their record and the chapters'
 * current editions, the next item to do, and the time left. A read confirmation of an older
 * edition is "reread", never "read": the text the reader confirmed is not the one in force.
 */
import { drillFigures, type Drills } from './drills.ts';
import type { TrainingRecord } from './record.ts';

export type { Drills };

export type PathItem =
	| { kind: 'chapter'; id: string; minutes: number }
	| { kind: 'selfCheck'; id: string; minutes: number }
	| { kind: 'checklist'; id: string; minutes: number };

export type ItemStatus = 'todo' | 'read' | 'reread' | 'passed' | 'failed' | 'practised';

export interface PathStage {
	name: string;
	items: PathItem[];
}

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

/** What a page needs to judge any record against any path, serialised into the page at build. */
export interface TrainingCatalogue {
	paths: Record<string, { title: string; roleName: string; stages: PathStage[] }>;
	/** Current edition (content hash) per chapter id: what a confirmation is compared with. */
	editions: Record<string, string>;
	/** Per chapter id, each edition's readable name ("2026-12-03"), for what people read (src/domain/edition-label.ts). */
	editionLabels: Record<string, Record<string, string>>;
	/** Display titles of chapters and checklists by id. */
	titles: Record<string, string>;
}

/** One person's line in the manager's summary: who must re-read, who has not passed, who has not drilled. */
export interface SummaryRow {
	name: string;
	pathTitle: string;
	done: number;
	total: number;
	read: string[];
	reread: string[];
	notPassed: string[];
	notDrilled: string[];
	/** The latest drill of each of the path's checklists drilled: title, day and figures. */
	drilled: { title: string; finishedAt: string; figures: string }[];
}

export function summaryRow(name: string, pathId: string, record: TrainingRecord, drills: Drills, catalogue: TrainingCatalogue): SummaryRow {
	const path = catalogue.paths[pathId];
	const stages = path?.stages ?? [];
	const progress = pathProgress(stages, record, catalogue.editions, drills);
	const items = stages.flatMap((stage) => stage.items);
	const statuses = progress.statuses.flat();
	const titled = (kind: PathItem['kind'], wanted: (status: ItemStatus) => boolean) => [
		...new Set(items.filter((item, i) => item.kind === kind && wanted(statuses[i]!)).map((item) => catalogue.titles[item.id] ?? item.id)),
	];
	return {
		name,
		pathTitle: path?.title ?? `（未知路径 ${pathId}）`,
		done: progress.done,
		total: progress.total,
		read: titled('chapter', (status) => status === 'read'),
		reread: titled('chapter', (status) => status === 'reread'),
		notPassed: titled('selfCheck', (status) => status !== 'passed'),
		notDrilled: titled('checklist', (status) => status !== 'practised'),
		drilled: [...new Set(items.filter((item) => item.kind === 'checklist').map((item) => item.id))].flatMap((id) => {
			const latest = drills[id]?.at(-1);
			if (!latest) return [];
			const title = catalogue.titles[id] ?? id;
			return [{ title, finishedAt: latest.finishedAt, figures: latest.evaluation ? drillFigures(latest.evaluation) : '' }];
		}),
	};
}

/**
 * What a chapter page needs to lead a reader on along the paths it lies on: each path's title, its
 * items in order with how they are shown, and the chapters' current editions. Published once at
 * build as `TRAINING_PATH_GUIDES` (src/pages/training/path-guides.json.ts); a chapter fetches it
 * when it has a path to lead back to.
 */
export type GuideItem = PathItem & { label: string; href: string };

export interface PathGuides {
	paths: Record<string, { title: string; href: string; items: GuideItem[] }>;
	editions: Record<string, string>;
}

/**
 * The item a reader on `pathId` does next, judged as the path page judges it (the first item not
 * done), after what they just did on a chapter page; undefined when the path is complete.
 */
export function nextOnPath(guides: PathGuides, pathId: string, record: TrainingRecord, drills: Drills = {}): GuideItem | undefined {
	const items = guides.paths[pathId]?.items ?? [];
	const { next } = pathProgress([{ name: '', items }], record, guides.editions, drills);
	return next && items.find((item) => item === next);
}
