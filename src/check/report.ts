import { createHash } from 'node:crypto';
import type { ContentProblem } from './problem.ts';
import type { RuleSlug } from './rules/registry.ts';

/** Where a rule's help page is, for the link each reported problem ends with. */
export type HelpUrl = (rule: RuleSlug) => string;

function showValue(value: unknown): string {
	if (value === undefined) return '（缺失）';
	const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** One problem on one line: `第 12 行 phases[0].steps[2].role：未知岗位。值为 "x"。允许……` */
export function formatProblem(problem: ContentProblem, helpUrl?: HelpUrl): string {
	const where = [problem.line ? `第 ${problem.line} 行${problem.column ? `第 ${problem.column} 列` : ''}` : '', problem.field]
		.filter(Boolean)
		.join(' ');
	const value = 'value' in problem ? `值为 ${showValue(problem.value)}。` : '';
	const help = helpUrl ? `说明：${helpUrl(problem.rule)}` : '';
	return `${where ? `${where}：` : ''}${problem.message}。${value}${problem.hint ?? ''}${help}`.replace(/。。/g, '。');
}

/** The whole report: problems grouped by file, then a count. */
export function formatReport(problems: readonly ContentProblem[], checkedFiles: number, helpUrl?: HelpUrl): string {
	if (problems.length === 0) return `内容检查通过：检查了 ${checkedFiles} 个文件，没有发现问题。`;
	const byFile = new Map<string, ContentProblem[]>();
	for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
	const sections = [...byFile.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([file, list]) =>
			[file, ...list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).map((p) => `  - ${formatProblem(p, helpUrl)}`)].join('\n'),
		);
	return [...sections, '', `共发现 ${problems.length} 个问题，涉及 ${byFile.size} 个文件。修改后重新运行 npm run check。`].join('\n');
}

/** GitHub annotations so a pull request shows each problem on its line. */
export function formatAnnotations(problems: readonly ContentProblem[], helpUrl?: HelpUrl): string {
	return problems
		.map(
			(p) =>
				`::error file=${p.file}${p.line ? `,line=${p.line}` : ''}${p.column ? `,col=${p.column}` : ''},title=${p.rule}::${formatProblem(p, helpUrl).replace(/\n/g, ' ')}`,
		)
		.join('\n');
}

/** One finding in GitLab's Code Quality report (a subset of the Code Climate issue format). */
export interface CodeQualityIssue {
	description: string;
	check_name: string;
	fingerprint: string;
	severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
	location: { path: string; lines: { begin: number } };
}

/**
 * GitLab's Code Quality report, so a merge request shows each problem in its widget and on the
 * changed line in the diff. The fingerprint leaves the line out, so moving a problem down the
 * file is not reported as a new one; equal findings in one file are told apart by their order.
 */
export function formatCodeQuality(problems: readonly ContentProblem[]): CodeQualityIssue[] {
	const seen = new Map<string, number>();
	return problems.map((problem) => {
		const identity = [problem.file, problem.rule, problem.field, problem.message, showValue(problem.value)].join('\0');
		const occurrence = (seen.get(identity) ?? 0) + 1;
		seen.set(identity, occurrence);
		return {
			description: formatProblem(problem).replace(/\n/g, ' '),
			check_name: problem.rule,
			fingerprint: createHash('sha256').update(`${identity}\0${occurrence}`).digest('hex').slice(0, 32),
			// Every problem stops publication, so it ranks above the informational findings of other tools.
			severity: 'major',
			location: { path: problem.file, lines: { begin: problem.line ?? 1 } },
		};
	});
}

/** Go-live warnings after the report: each placeholder with its line, and what `--go-live` will do. */
export function formatWarnings(warnings: readonly ContentProblem[]): string {
	if (warnings.length === 0) return '';
	const items = [...warnings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).map((w) => `  - ${w.file} ${formatProblem(w)}`);
	return [`上线前警告：${warnings.length} 项需要补齐（现在不影响检查通过；npm run check -- --go-live 会因此失败）：`, ...items].join('\n');
}
