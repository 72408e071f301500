/**
 * A chapter's edition, build time only. Machines compare its content hash (a read confirmation
 * names the text the reader confirmed: any change yields a new one); people read the day of the
 * commit that made that text (src/domain/edition-label.ts). Both come from the chapter's source
 * file and its history in git.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { readableEdition, readableEditions } from '../domain/edition-label.ts';
import type { ChapterChange } from '../domain/training/editions.ts';
import { readEditionHistories, type EditionChange } from './edition-history.ts';
import { timedSync } from '../build/step-timings.ts';
import { CONTENT } from './paths.ts';

/** The chapter's source file from the repository root, or undefined when there is none. */
export function chapterFile(id: string, root = process.cwd()): string | undefined {
	return ['.mdx', '.md'].map((extension) => `${CONTENT.chapters}/${id}${extension}`).find((file) => existsSync(resolve(root, file)));
}

export function chapterSource(id: string, root = process.cwd()): string {
	const file = chapterFile(id, root);
	return file ? readFileSync(resolve(root, file), 'utf8') : '';
}

/** An edition from a chapter's text: the first 12 hex digits of its SHA-256. */
export const editionOfText = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** Chapter histories per repository root, read once each (two git calls for all chapters). */
const histories = new Map<string, Map<string, EditionChange[]>>();

function historyOf(id: string, root: string): EditionChange[] {
	const key = resolve(root);
	if (!histories.has(key))
		histories.set(
			key,
			timedSync('editionHistory', () => readEditionHistories(root, CONTENT.chapters, editionOfText)),
		);
	const file = chapterFile(id, root);
	return file ? (histories.get(key)?.get(file) ?? []) : [];
}

const committed = (history: readonly EditionChange[]) =>
	history.map((change) => ({ edition: change.edition ?? '', date: change.date.toISOString() }));

/** When the working copy was last written: its edition's day while the edit is not committed. */
function modifiedAt(id: string, root: string): Date | undefined {
	const file = chapterFile(id, root);
	return file ? statSync(resolve(root, file)).mtime : undefined;
}

/** The chapter's edition as machines compare it: the hash of its text. */
export const chapterEdition = (id: string, root = process.cwd()): string => editionOfText(chapterSource(id, root));

/** The chapter's edition as people read it: "2026-12-03", "2026-12-03（当日第 2 版）" or "2026-12-07（未提交的修改）". */
export function chapterEditionLabel(id: string, root = process.cwd()): string {
	return readableEdition(chapterEdition(id, root), committed(historyOf(id, root)), modifiedAt(id, root));
}

/** Readable names of every edition of the chapter git knows, and of the current one. */
export function chapterEditionLabels(id: string, root = process.cwd()): Record<string, string> {
	return readableEditions(chapterEdition(id, root), committed(historyOf(id, root)), modifiedAt(id, root));
}

/**
 * The commits that changed a chapter, newest first, each with the chapter's edition after it and
 * that edition's readable name, so that a path can say what changed since the edition a reader
 * confirmed. At most `limit`: a reader who confirmed long ago needs the gist, not the chapter's whole life.
 */
export function chapterHistory(id: string, limit = 12, root = process.cwd()): ChapterChange[] {
	const history = historyOf(id, root);
	const all = committed(history);
	return history.slice(0, limit).map((change) => ({
		edition: change.edition ?? '',
		label: readableEdition(change.edition ?? '', all),
		date: change.date.toISOString(),
		subject: change.subject,
		commit: change.commit.slice(0, 7),
	}));
}
