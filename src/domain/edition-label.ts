/**
 * The edition people read: the day of the commit that made a file's text what it is (UTC, as
 * every build-time date in the manual), e.g. "2026-12-03", so a reader can set it beside
 * "最近审阅 2026-12-01" or a printed copy. The content hash stays the edition machines compare
 * (read confirmations, data attributes, exported JSON); this module only names it.
 *
 * Two commits on one day: the date alone would name two texts, so every edition of such a day
 * carries its place in the day, oldest first: "2026-12-03（当日第 2 版）". A number, not a short
 * hash, because people say it aloud, write it on paper and find it in the change list, where
 * edits are listed by date; "当日" so it does not read as the chapter's second edition ever.
 */
import { isoDay } from './review.ts';

/** One commit of a file, as git lists them (newest first): the edition its text had after it, and when. */
export interface CommittedEdition {
	/** The file's edition (content hash) after the commit; empty when it could not be read. */
	edition: string;
	/** ISO time of the commit. */
	date: string;
}

/** What a reader sees for an edition that is in no commit this build knows. */
export const UNRECORDED_EDITION = '未记入版本记录的版本';

/**
 * The readable name of `edition`, from the file's `history` (newest first). An edition in no
 * commit is the working copy's when `uncommittedAt` (its modification time) is given: a dev
 * checkout with an edit not yet committed, "2026-12-07（未提交的修改）"; otherwise it is unknown
 * to this build (an edition history no longer reaches, or a build from an uncommitted copy).
 */
export function readableEdition(edition: string, history: readonly CommittedEdition[], uncommittedAt?: Date): string {
	// A reverted text recurs: it is named by its newest commit, the one the file still matches.
	const index = history.findIndex((change) => change.edition === edition);
	const change = history[index];
	if (!change) return uncommittedAt ? `${isoDay(uncommittedAt)}（未提交的修改）` : UNRECORDED_EDITION;
	const day = isoDay(new Date(change.date));
	const sameDay = history.filter((other) => isoDay(new Date(other.date)) === day);
	if (sameDay.length < 2) return day;
	// Its place in the day, oldest first: the commits of that day listed after it are older.
	const place = history.slice(index).filter((other) => isoDay(new Date(other.date)) === day).length;
	return `${day}（当日第 ${place} 版）`;
}

/**
 * Readable names for every edition a page may meet: each in the history, and the `current` one
 * (which is the working copy's, uncommitted, when no commit has its text).
 */
export function readableEditions(current: string, history: readonly CommittedEdition[], modifiedAt?: Date): Record<string, string> {
	const labels: Record<string, string> = {};
	for (const change of history)
		if (change.edition && !(change.edition in labels)) labels[change.edition] = readableEdition(change.edition, history);
	labels[current] = readableEdition(current, history, modifiedAt);
	return labels;
}
