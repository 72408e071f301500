import type { Manual } from '../load.ts';
import { problem, type ContentProblem } from '../problem.ts';

/** The role directory and the glossary: one entry per id or term, and no role stands in for itself. */
export function directoryProblems(manual: Manual): ContentProblem[] {
	const problems: ContentProblem[] = [];
	if (manual.roles) {
		const { file, data, locate } = manual.roles;
		const seen = new Set<string>();
		data.forEach((entry, index) => {
			if (seen.has(entry.id))
				problems.push(
					problem('role/duplicate', {
						file,
						field: `[${index}].id`,
						value: entry.id,
						hint: '每个岗位的 id 必须唯一。',
						...locate([index, 'id']),
					}),
				);
			seen.add(entry.id);
			if (entry.standIn === entry.id)
				problems.push(
					problem('role/self-stand-in', {
						file,
						field: `[${index}].standIn`,
						value: entry.standIn,
						hint: '请填写另一个岗位的 id。',
						...locate([index, 'standIn']),
					}),
				);
		});
	}
	if (manual.glossary) {
		const { file, data, locate } = manual.glossary;
		const seen = new Set<string>();
		data.forEach((entry, index) => {
			if (seen.has(entry.term))
				problems.push(
					problem('glossary/duplicate', {
						file,
						field: `[${index}].term`,
						value: entry.term,
						hint: '同一术语只写一条，把说法合并到 synonyms。',
						...locate([index, 'term']),
					}),
				);
			seen.add(entry.term);
		});
	}
	return problems;
}
