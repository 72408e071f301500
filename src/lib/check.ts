import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkIntegrity } from './integrity.ts';
import { loadManual, type Manual } from './manual.ts';
import { lintChapters } from './markdown-lint.ts';
import { copiedPassages, sourceWindows } from './originality.ts';
import type { ContentProblem } from './problems.ts';

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

function originalityProblems(root: string, files: readonly string[], sourcesDir: string): ContentProblem[] {
	const sources = readdirSync(sourcesDir)
		.filter((name) => name.endsWith('.txt'))
		.map((name) => readFileSync(join(sourcesDir, name), 'utf8'));
	const windows = sourceWindows(sources);
	return files.flatMap((file) =>
		copiedPassages(readFileSync(join(root, file), 'utf8'), windows).map((passage) => ({
			file,
			field: '',
			message: '与原始材料雷同',
			value: passage,
			hint: '手册只能采用原文的事实，句子必须用自己的话重写。',
			rule: 'originality/copied',
		})),
	);
}

/** Every content check at once: schemas, cross-file integrity, links, remark-lint, originality. */
export async function checkContent(root: string, sourcesDir = defaultSourcesDir(root)): Promise<CheckResult> {
	const { manual, problems, files } = loadManual(root);
	problems.push(...checkIntegrity(manual));
	const chapterFiles = files.filter((file) => /\.mdx?$/.test(file));
	problems.push(...(await lintChapters(root, chapterFiles)));
	const notes: string[] = [];
	if (existsSync(sourcesDir)) problems.push(...originalityProblems(root, files, sourcesDir));
	else notes.push(`原创性检查已跳过：找不到原始材料目录 ${sourcesDir}。`);
	return { manual, problems, files, notes };
}
