import { CONTENT } from '../../manual/paths.ts';
import { LEGAL_TABLES, type LegalTableName } from '../../schemas/legal-facts.ts';
import type { Manual } from '../load.ts';
import { problem, type ContentProblem } from '../problem.ts';

const SHOW = ['criteria', 'targets', 'first-reports', 'decisions', 'answer'];
const list = (values: Iterable<string>) => [...values].join('、');

/**
 * `<LegalFact id>`, `<LegalTable table>` and `<ResponseRules show id>` name data in content/facts/:
 * an unknown one stops the build with an error about the facts file or the bound manual. The check
 * reports it on the chapter's line instead, with the values that exist.
 */
export function factIdProblems(manual: Manual): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const legal = manual.legalFacts?.data;
	const tables = Object.keys(LEGAL_TABLES) as LegalTableName[];
	const factIds = legal ? tables.flatMap((table) => legal[table].map((fact) => fact.id)) : undefined;
	const answers = manual.responseRules?.data.answers.map((answer) => answer.id);
	for (const { file, elements } of manual.chapters)
		for (const { name, attributes, line, column } of elements) {
			const value = (attribute: string) => {
				const found = attributes.find((candidate) => candidate.name === attribute)?.value;
				return typeof found === 'string' ? found : undefined;
			};
			const report = (field: string, found: string, known: readonly string[], where: string) =>
				problems.push(
					problem('facts/unknown-id', {
						file,
						field: `<${name} ${field}>`,
						value: found,
						hint: `${where}中没有“${found}”。可用的值：${list(known)}。请改成其中之一；需要新的事实时先在 ${where}中登记。`,
						line,
						column,
					}),
				);
			if (name === 'LegalFact' && factIds) {
				const id = value('id');
				if (id !== undefined && !factIds.includes(id)) report('id', id, factIds, CONTENT.legalFacts);
			} else if (name === 'LegalTable' && legal) {
				const table = value('table');
				if (table !== undefined && !(tables as string[]).includes(table)) report('table', table, tables, CONTENT.legalFacts);
			} else if (name === 'ResponseRules' && manual.responseRules) {
				const show = value('show');
				if (show !== undefined && !SHOW.includes(show)) report('show', show, SHOW, 'ResponseRules 组件');
				const id = value('id');
				if (show === 'answer' && answers && id !== undefined && !answers.includes(id))
					report('id', id, answers, `${CONTENT.responseRules} 的 answers `);
			}
		}
	return problems;
}
