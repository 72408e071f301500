import { getChapters, getChecklists, type ChecklistEntry } from './collections.ts';
import { loadSidebar } from './files.ts';
import { PRINTED_SOURCES, printedEdition } from './printed-editions.ts';

type ChapterEntry = Awaited<ReturnType<typeof getChapters>>[number];

/** One part of the bound manual (应急, 运营, 培训) with its chapters in sidebar order. */
export interface BoundPart {
	label: string;
	chapters: ChapterEntry[];
}

/** The whole manual on paper: its parts, the checklists for the appendix, and its edition. */
export interface BoundManual {
	parts: BoundPart[];
	checklists: ChecklistEntry[];
	/** The day the manual's content last changed (YYYY-MM-DD): what a printed copy is dated by. */
	edition: string;
}

/**
 * Everything the 合订本 prints, in the order a reader of the site meets it: the sidebar's parts
 * and chapters, then every checklist as the checklists page lists them.
 */
export async function getBoundManual(): Promise<BoundManual> {
	const [chapters, checklists] = await Promise.all([getChapters(), getChecklists()]);
	const byId = new Map(chapters.map((chapter) => [chapter.id, chapter]));
	const parts = loadSidebar().map((part) => ({
		label: part.label,
		chapters: part.chapters.map((id) => byId.get(id)).filter((chapter): chapter is ChapterEntry => chapter !== undefined),
	}));
	return { parts, checklists, edition: printedEdition(PRINTED_SOURCES.boundManual) };
}
