import { checklistStewardship, type ChecklistStewardship } from '../domain/content-status.ts';
import { links } from '../domain/routes.ts';
import { isoDay, nextReview } from '../domain/review.ts';
import type { ChapterFields } from '../schemas/chapter.ts';
import { getChapters, getChecklists, getRoles, type ChecklistEntry } from './collections.ts';
import { editionHistory, type EditionChange } from './edition-history.ts';
import { loadSidebar } from './files.ts';
import { checklistFile } from './paths.ts';

/** One row of the content status page: a chapter or checklist and its review dates (YYYY-MM-DD). */
export interface StatusRow {
	kind: '章节' | '清单';
	id: string;
	title: string;
	href: string;
	ownerId: string | undefined;
	/** The owner's Chinese role name. */
	ownerName: string;
	reviewed: string;
	reviewEvery: number;
	due: string;
	/** For a checklist: the chapter whose owner and cycle it shares. */
	via?: string;
}

export interface ChecklistHistory {
	id: string;
	title: string;
	edition: string;
	changes: EditionChange[];
}

/**
 * Everything the status page lists, in the manual's own order: chapters as the sidebar reads
 * them, then checklists as the checklists page does. Which rows are overdue is left to the reader's day.
 */
export async function getContentStatus(): Promise<{ rows: StatusRow[]; histories: ChecklistHistory[] }> {
	const [chapters, checklists, roles] = await Promise.all([getChapters(), getChecklists(), getRoles()]);
	const fields = new Map(
		chapters.filter((chapter) => chapter.data.owner).map((chapter) => [chapter.id, chapter.data as typeof chapter.data & ChapterFields]),
	);
	const roleName = (id: string | undefined) => (id ? (roles.get(id)?.name ?? id) : '未指定');
	const sidebarOrder = loadSidebar().flatMap((part) => part.chapters);
	const chapterRows = [...fields]
		.sort(([a], [b]) => rank(sidebarOrder, a) - rank(sidebarOrder, b))
		.map(([id, data]): StatusRow => ({
			kind: '章节',
			id,
			title: data.title,
			href: links.chapter(id),
			ownerId: data.owner,
			ownerName: roleName(data.owner),
			reviewed: isoDay(data.reviewed),
			reviewEvery: data.reviewEvery,
			due: isoDay(nextReview(data.reviewed, data.reviewEvery)),
		}));
	const checklistRows = checklists.map((checklist) =>
		checklistRow(checklist, checklistStewardship({ id: checklist.id, chapters: checklist.data.chapters }, fields), roleName, fields),
	);
	const histories = checklists.map(({ id, data }) => ({
		id,
		title: data.title,
		edition: isoDay(data.edition),
		changes: editionHistory(checklistFile(id)),
	}));
	return { rows: [...chapterRows, ...checklistRows], histories };
}

const rank = (order: string[], id: string) => (order.includes(id) ? order.indexOf(id) : order.length);

function checklistRow(
	{ id, data }: ChecklistEntry,
	stewardship: ChecklistStewardship,
	roleName: (id: string | undefined) => string,
	chapters: ReadonlyMap<string, { title: string }>,
): StatusRow {
	const via = stewardship.chapter ? chapters.get(stewardship.chapter)?.title : undefined;
	return {
		kind: '清单',
		id,
		title: data.title,
		href: links.checklist(id),
		ownerId: stewardship.owner,
		ownerName: roleName(stewardship.owner),
		reviewed: isoDay(data.edition),
		reviewEvery: stewardship.reviewEvery,
		due: isoDay(nextReview(data.edition, stewardship.reviewEvery)),
		...(via ? { via } : {}),
	};
}
