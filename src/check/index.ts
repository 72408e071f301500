import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkIntegrity } from './rules/integrity.ts';
import { loadManual, type Manual } from './load.ts';
import { lintChapters } from './rules/markdown-lint.ts';
import { findCitations } from './rules/citations.ts';
import { isoDay, nextReview, reviewOverdue } from '../domain/review.ts';
import { copiedPassages, sourceWindows } from './rules/originality.ts';
import type { ContentProblem } from './report.ts';

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

/** Every 《法规》第N条 must name a registered law and an article verified in content/laws/laws.yaml. */
function citationProblems(root: string, files: readonly string[], manual: Manual): ContentProblem[] {
	if (!manual.laws) return [];
	const { file: lawsFile, data: laws } = manual.laws;
	const byName = new Map(laws.flatMap((law) => [law.name, ...law.aliases].map((name) => [name, law] as const)));
	const problems: ContentProblem[] = [];
	for (const file of files.filter((f) => /^content\/(chapters|checklists)\//.test(f))) {
		for (const citation of findCitations(readFileSync(join(root, file), 'utf8'))) {
			const law = byName.get(citation.law);
			if (!law)
				problems.push({ file, field: '正文', value: citation.text, message: '引用了未登记的法规条款', hint: `请先核实原文，并在 ${lawsFile} 中登记该法规及条款；拿不准时不要写条款号，改写为本公司规定。`, line: citation.line, rule: 'law/unregistered' });
			else if (!law.articles.includes(citation.article))
				problems.push({ file, field: '正文', value: citation.text, message: '引用的条款未经核实', hint: `${lawsFile} 中《${law.name}》已核实的条款：${law.articles.length ? law.articles.map((n) => `第${n}条`).join('、') : '（无）'}。请改正条款号，或核实后在该文件中登记。`, line: citation.line, rule: 'law/unverified-article' });
		}
	}
	return problems;
}

/** Every content check at once: schemas, cross-file integrity, links, remark-lint, originality. */
export async function checkContent(root: string, sourcesDir = defaultSourcesDir(root)): Promise<CheckResult> {
	const { manual, problems, files } = loadManual(root);
	problems.push(...checkIntegrity(manual));
	problems.push(...citationProblems(root, files, manual));
	const chapterFiles = files.filter((file) => /\.mdx?$/.test(file));
	problems.push(...(await lintChapters(root, chapterFiles)));
	const notes: string[] = [];
	// A review date passing is a reminder for the owner, not a reason to stop publishing.
	for (const chapter of manual.chapters) {
		const fields = chapter.fields;
		if (fields && reviewOverdue(fields.reviewed, fields.reviewEvery))
			notes.push(`提醒：${chapter.file} 已超过审阅期限（应在 ${isoDay(nextReview(fields.reviewed, fields.reviewEvery))} 前审阅），请负责岗位 ${fields.owner} 审阅后更新 reviewed。`);
	}
	if (existsSync(sourcesDir)) problems.push(...originalityProblems(root, files, sourcesDir));
	else notes.push(`原创性检查已跳过：找不到原始材料目录 ${sourcesDir}。`);
	return { manual, problems, files, notes };
}
