import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isoDay, nextReview, reviewOverdue } from '../domain/review.ts';
import { loadManual, type Manual } from './load.ts';
import type { ContentProblem } from './problem.ts';
import { checklistProblems, coverageProblems } from './rules/checklists.ts';
import { citationProblems } from './rules/citations.ts';
import { statutoryProblems } from './rules/statutory.ts';
import { directoryProblems } from './rules/directories.ts';
import { linkProblems } from './rules/links.ts';
import { lintChapters } from './rules/markdown-lint.ts';
import { originalityProblems } from './rules/originality.ts';
import { referenceProblems } from './rules/references.ts';
import { sidebarProblems } from './rules/sidebar.ts';

export interface CheckResult {
	manual: Manual;
	problems: ContentProblem[];
	files: string[];
	/** Notes that are not failures, e.g. a skipped originality check. */
	notes: string[];
}

/** The source articles sit beside the repository in `../shared/seeds`, not inside it. */
export function defaultSourcesDir(root: string): string {
	return process.env['SEEDS_DIR'] ?? resolve(root, '..', 'shared', 'seeds');
}

/** Rules that span files, which Zod cannot see: each reads the manual that passed its schemas. */
const CROSS_FILE_RULES = [referenceProblems, linkProblems, checklistProblems, coverageProblems, directoryProblems, sidebarProblems];

/** Every content check at once: schemas, cross-file rules, citations, remark-lint, originality. */
export async function checkContent(root: string, sourcesDir = defaultSourcesDir(root)): Promise<CheckResult> {
	const { manual, problems, files } = loadManual(root);
	for (const rules of CROSS_FILE_RULES) problems.push(...rules(manual));
	problems.push(...citationProblems(root, files, manual));
	problems.push(...statutoryProblems(manual));
	problems.push(
		...(await lintChapters(
			root,
			files.filter((file) => /\.mdx?$/.test(file)),
		)),
	);
	const notes: string[] = [];
	// A review date passing is a reminder for the owner, not a reason to stop publishing.
	for (const { file, fields } of manual.chapters) {
		if (fields && reviewOverdue(fields.reviewed, fields.reviewEvery))
			notes.push(
				`提醒：${file} 已超过审阅期限（应在 ${isoDay(nextReview(fields.reviewed, fields.reviewEvery))} 前审阅），请负责岗位 ${fields.owner} 审阅后更新 reviewed。`,
			);
	}
	if (existsSync(sourcesDir)) problems.push(...originalityProblems(root, files, sourcesDir));
	else notes.push(`原创性检查已跳过：找不到原始材料目录 ${sourcesDir}。`);
	return { manual, problems, files, notes };
}
