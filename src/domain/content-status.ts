/**
 * The content status page's rules: what is overdue for review on the day a reader looks, and in
 * which order the rows are then read. Pure, so the page (build time) and its browser script share
 * one definition; the day itself always comes from the reader's clock, never the build's.
 */

/** A reader's calendar day as YYYY-MM-DD, in their own time zone (a review is due by a date, not an instant). */
export function localDay(now: Date): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days past `due` on `today` (both YYYY-MM-DD); 0 while the due day has not passed. */
export function daysOverdue(due: string, today: string): number {
	const days = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${due}T00:00:00Z`)) / 86_400_000;
	return Number.isFinite(days) && days > 0 ? Math.round(days) : 0;
}

/**
 * Rows as the page shows them on `today`: overdue rows first, the longest overdue at the top;
 * then the rest in the order given (the manual's own order, as rendered without JavaScript).
 */
export function readingOrder<Row extends { due: string }>(rows: readonly Row[], today: string): Row[] {
	const overdue = rows.filter((row) => daysOverdue(row.due, today) > 0).sort((a, b) => a.due.localeCompare(b.due));
	return [...overdue, ...rows.filter((row) => !overdue.includes(row))];
}

/** Who keeps a checklist correct and how often it is reviewed. */
export interface ChecklistStewardship {
	/** Chapter that explains the checklist and lends it its owner and cycle. */
	chapter: string | undefined;
	owner: string | undefined;
	reviewEvery: number;
}

/** Used when no chapter explains a checklist; the check requires one, so this is a fallback only. */
export const DEFAULT_REVIEW_MONTHS = 12;

/**
 * A checklist has no owner or cycle of its own: it is reviewed with the chapter that explains it
 * (its first `chapters` entry, else a chapter that lists it), and its edition date is its last
 * review, since a reviewed checklist gets a new edition.
 */
export function checklistStewardship(
	checklist: { id: string; chapters: readonly string[] },
	chapters: ReadonlyMap<string, { owner: string; reviewEvery: number; checklists: readonly string[] }>,
): ChecklistStewardship {
	const chapter =
		checklist.chapters.find((id) => chapters.has(id)) ?? [...chapters].find(([, fields]) => fields.checklists.includes(checklist.id))?.[0];
	const fields = chapter ? chapters.get(chapter) : undefined;
	return { chapter, owner: fields?.owner, reviewEvery: fields?.reviewEvery ?? DEFAULT_REVIEW_MONTHS };
}
