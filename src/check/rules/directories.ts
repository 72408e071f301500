import type { Manual } from '../load.ts';
import { problem, repeatedKeys, type ContentProblem } from '../problem.ts';

/** The role directory and the glossary: one entry per id or term, and no role stands in for itself. */
export function directoryProblems(manual: Manual): ContentProblem[] {
	const problems: ContentProblem[] = [];
	if (manual.roles) {
		const { file, data, locate } = manual.roles;
		problems.push(...repeatedKeys('role/duplicate', data, 'id', { file, locate, path: [] }, '每个岗位的 id 必须唯一。'));
		data.forEach((entry, index) => {
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
		problems.push(
			...repeatedKeys('glossary/duplicate', data, 'term', { file, locate, path: [] }, '同一术语只写一条，把说法合并到 synonyms。'),
		);
	}
	return problems;
}
