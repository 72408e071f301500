/**
 * What changed in a chapter since the edition a reader confirmed: its edition history from git
 * (newest first, each commit with the edition the chapter had after it), cut at the newest
 * commit that still carried the confirmed edition.
 */

/** One commit that changed a chapter, as the page carries it. */
export interface ChapterChange {
	/** The chapter's edition (content hash) after this commit. */
	edition: string;
	/** That edition as people read it: "2026-12-03" (src/domain/edition-label.ts). */
	label: string;
	/** ISO time of the commit. */
	date: string;
	/** The commit message's first line. */
	subject: string;
	/** Short commit hash, for tools; never shown. */
	commit: string;
}

export interface ChangesSince {
	/** Newest first. */
	changes: ChapterChange[];
	/** False when the confirmed edition is in no commit (an uncommitted build): the changes are then those made after the confirmation. */
	known: boolean;
}

export function changesSince(history: readonly ChapterChange[], confirmed: string, confirmedAt: string): ChangesSince {
	const index = history.findIndex((change) => change.edition === confirmed);
	if (index >= 0) return { changes: history.slice(0, index), known: true };
	return { changes: history.filter((change) => Date.parse(change.date) > Date.parse(confirmedAt)), known: false };
}
