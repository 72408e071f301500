import type { ContentProblem } from './problem.ts';

/**
 * One report per mistake: two rules (or one rule reached twice, e.g. a role checked in a checklist
 * and again in its rejected copy) that find the same thing at the same place give one line.
 * Problems are the same when file, line, field, value and message agree; the first rule wins.
 */
export function mergeRepeated(problems: readonly ContentProblem[]): ContentProblem[] {
	const seen = new Set<string>();
	return problems.filter((found) => {
		const key = JSON.stringify([found.file, found.line ?? 0, found.field, found.message, found.value ?? null]);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
