import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { parse } from 'yaml';
import { ChapterFieldsSchema } from '../schemas/chapter.ts';
import { ChecklistSchema, type Checklist } from '../schemas/checklist.ts';
import { INCIDENT_CATEGORIES, type IncidentCategory } from '../schemas/checklist.ts';
import { parseContent } from '../schemas/parse.ts';
import { CONTENT } from '../manual/paths.ts';
import type { Manual } from './load.ts';
import { problem, type ContentProblem } from './problem.ts';
import { splitFrontmatter } from './yaml.ts';

/**
 * What a change does to things already published, judged against `base` (the merge base in a
 * pull request, HEAD locally): steps changed without a new edition fail, because paper copies
 * and runs in progress are told apart by it; the rest are warnings for the reviewer.
 */
export interface ChangeFindings {
	problems: ContentProblem[];
	warnings: string[];
}

function git(root: string, ...args: string[]): string | undefined {
	const result = spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	return result.status === 0 ? result.stdout : undefined;
}

/** A file's text at `base`, or undefined when it did not exist there. */
const textAt = (root: string, base: string, file: string) => git(root, 'show', `${base}:${file}`);

function checklistAt(root: string, base: string, file: string): Checklist | undefined {
	const text = textAt(root, base, file);
	if (text === undefined) return undefined;
	try {
		const result = parseContent(ChecklistSchema, parse(text));
		return result.success ? result.data : undefined;
	} catch {
		return undefined; // the old version did not parse: nothing to compare with
	}
}

const stepsOf = (checklist: Checklist) => checklist.phases.flatMap((phase) => phase.steps);
const day = (date: Date) => date.toISOString().slice(0, 10);
/** Everything a run or a printed copy shows of the steps, in order. */
const printedSteps = (checklist: Checklist) => JSON.stringify(checklist.phases);

function categoryCounts(checklists: readonly Checklist[]): Map<IncidentCategory, number> {
	const counts = new Map<IncidentCategory, number>();
	for (const checklist of checklists) if (checklist.category) counts.set(checklist.category, (counts.get(checklist.category) ?? 0) + 1);
	return counts;
}

/** Findings for the content changed since `base`; none when `root` is not a git work tree or `base` is unknown. */
export function changeFindings(root: string, manual: Manual, base = 'HEAD'): ChangeFindings {
	const findings: ChangeFindings = { problems: [], warnings: [] };
	// Only a manual at the top of its own work tree: fixtures inside this repository are not one.
	if (git(root, 'rev-parse', '--show-toplevel')?.trim() !== realpathSync(root)) return findings;
	if (git(root, 'rev-parse', '--verify', '--quiet', `${base}^{commit}`) === undefined) return findings;
	const changed = new Set((git(root, 'diff', '--name-only', base, '--', 'content') ?? '').split('\n').filter(Boolean));
	const untracked = (git(root, 'ls-files', '--others', '--exclude-standard', '--', 'content') ?? '').split('\n').filter(Boolean);
	for (const file of untracked) changed.add(file);
	if (changed.size === 0) return findings;

	const oldChecklists: Checklist[] = [];
	for (const file of (git(root, 'ls-tree', '-r', '--name-only', base, '--', CONTENT.checklists) ?? '')
		.split('\n')
		.filter((f) => /\.ya?ml$/.test(f))) {
		const old = changed.has(file) ? checklistAt(root, base, file) : manual.checklists.find((entry) => entry.file === file)?.data;
		if (old) oldChecklists.push(old);
	}

	for (const { file, data, locate } of manual.checklists) {
		if (!changed.has(file)) continue;
		const old = checklistAt(root, base, file);
		if (!old) continue;
		if (printedSteps(old) !== printedSteps(data) && day(old.edition) === day(data.edition)) {
			const hint = `上一版（${base}）也是 ${day(data.edition)}：步骤、期限或级别改了，请把 edition 改成今天的日期，让纸质版和运行记录分得清版本。`;
			findings.problems.push(
				problem('change/edition-not-bumped', { file, field: 'edition', value: day(data.edition), hint, ...locate(['edition']) }),
			);
		}
		const ids = new Set(stepsOf(data).map((step) => step.id));
		const gone = stepsOf(old).filter((step) => !ids.has(step.id));
		if (gone.length)
			findings.warnings.push(
				`提醒：${file} 删除或改名了已发布的步骤 id：${gone.map((step) => `${step.id}（${step.text}）`).join('、')}。正在进行的运行记录将对不上这些步骤；如果只是改写文字，请保留原 id。`,
			);
	}

	const before = categoryCounts(oldChecklists);
	const after = categoryCounts(manual.checklists.map((entry) => entry.data));
	for (const category of Object.keys(INCIDENT_CATEGORIES) as IncidentCategory[]) {
		const [was, now] = [before.get(category) ?? 0, after.get(category) ?? 0];
		if (was !== now)
			findings.warnings.push(
				`提醒：首页“${INCIDENT_CATEGORIES[category]}”入口的应急清单从 ${was} 张变为 ${now} 张：${now > 1 ? '首页会先让读者在几张清单中选择' : '首页入口会直接打开这张清单'}。请确认这是有意的。`,
			);
	}

	for (const { file, fields } of manual.chapters) {
		if (!fields || !changed.has(file)) continue;
		const oldText = textAt(root, base, file);
		const frontmatter = oldText === undefined ? undefined : splitFrontmatter(oldText)?.frontmatter;
		if (frontmatter === undefined) continue;
		let old;
		try {
			old = parseContent(ChapterFieldsSchema, parse(frontmatter));
		} catch {
			continue;
		}
		if (!old.success || day(old.data.reviewed) !== day(fields.reviewed)) continue;
		const moved = [old.data.owner !== fields.owner && 'owner', old.data.reviewEvery !== fields.reviewEvery && 'reviewEvery'].filter(
			Boolean,
		);
		if (moved.length)
			findings.warnings.push(
				`提醒：${file} 改了 ${moved.join('、')}，但 reviewed 仍是 ${day(fields.reviewed)}：负责人或审阅周期变了，通常意味着重新审阅过，请同时更新 reviewed。`,
			);
	}
	return findings;
}
