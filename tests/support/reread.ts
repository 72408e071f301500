/**
 * The manual one edit later, for "有更新，需重读" end to end: `npm run build:reread`
 * (scripts/build-reread.ts) copies this checkout, commits `REREAD_EDIT` to the first chapter of
 * the accountant's path in the copy's git history, adds `REREAD_NEW_CHAPTER` and builds it into `REREAD_DIST`;
 * tests/e2e/training.spec.ts serves that build on the same origin as the site the reader
 * confirmed the chapter on. The edit is fixed here so the test can compute the new edition.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { loadManual } from '../../src/check/load.ts';

export const REREAD_DIST = 'dist-reread';

export const REREAD_EDIT = {
	/** Added at the end of the chapter: a plain paragraph, valid in any chapter. */
	paragraph: '\n本章已按最新规定补充说明：遇到本章没有写到的情况，先问本岗位的培训导师，再动手处理。\n',
	subject: 'Add a note on what to do when the chapter does not cover a case',
	/** Commit time, after the tests' clock (2026-12-01) so the change is newer than the confirmation. */
	date: '2026-12-03T10:00:00+08:00',
} as const;

/**
 * A chapter an editor adds with `npm run new` and fills in, left uncommitted in the copy like work
 * in progress: the build publishes it and links it from the sidebar (tests/e2e/new-chapter.spec.ts).
 * One build of the copy serves this too, instead of a build of its own in the unit tests.
 */
export const REREAD_NEW_CHAPTER = {
	path: 'operations/payroll-tax',
	title: '个税代扣代缴',
	part: '运营',
	owner: 'tax-specialist',
	/** A chapter of the same part already in the manual, whose sidebar leads to the new one. */
	neighbour: 'operations/company-overview',
} as const;

type Manual = ReturnType<typeof loadManual>['manual'];

/** The chapter a new hire reads first: the first chapter of the common core the accountant's path includes. */
export function rereadChapter(manual: Manual): { id: string; file: string } {
	const accountant = manual.paths.find((path) => path.data.role === 'accountant');
	const core = manual.paths.find((path) => path.id === accountant?.data.includes[0]);
	const id = core?.data.stages[0]?.chapters[0];
	const chapter = manual.chapters.find((entry) => entry.id === id);
	if (!chapter) throw new Error('the accountant path must include a common core whose first stage has a chapter');
	return { id: chapter.id, file: chapter.file };
}

/** The chapter's edition after the edit, as the rebuilt site computes it (src/manual/training.ts). */
export const editedEdition = (file: string) =>
	createHash('sha256')
		.update(readFileSync(file, 'utf8') + REREAD_EDIT.paragraph)
		.digest('hex')
		.slice(0, 12);
