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
		// Search sends a synonym to its term: on two terms, one of them is never found by that word.
		const owner = new Map<string, string>();
		data.forEach((entry, index) =>
			entry.synonyms.forEach((synonym, s) => {
				const first = owner.get(synonym);
				if (first === undefined) owner.set(synonym, entry.term);
				else if (first !== entry.term)
					problems.push(
						problem('glossary/duplicate-synonym', {
							file,
							field: `[${index}].synonyms[${s}]`,
							value: synonym,
							message: `同义词“${synonym}”已经属于术语“${first}”`,
							hint: `搜索“${synonym}”只能指向一个术语：如果它指“${entry.term}”，请从“${first}”中删去（“${first}”本身就是术语时请删这里）；否则从“${entry.term}”的 synonyms 中删去，或改成更准确的说法。`,
							...locate([index, 'synonyms', s]),
						}),
					);
			}),
		);
	}
	return problems;
}
