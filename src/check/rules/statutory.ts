import type { Manual } from '../load.ts';
import { problem, type ContentProblem } from '../problem.ts';

/**
 * A step marked `statutory:` shows its deadline as a legal one in the run's 法定时限 bar, so the
 * law must be in content/laws/laws.yaml and an article, when given, verified there: a wrong
 * legal clock in the middle of an incident is worse than none.
 */
export function statutoryProblems(manual: Manual): ContentProblem[] {
	if (!manual.laws) return [];
	const { file: lawsFile, data: laws } = manual.laws;
	const byName = new Map(laws.flatMap((law) => [law.name, ...law.aliases].map((name) => [name, law] as const)));
	const problems: ContentProblem[] = [];
	for (const { file, data, locate } of manual.checklists)
		data.phases.forEach((phase, p) =>
			phase.steps.forEach((step, s) => {
				if (!step.statutory) return;
				const field = `phases[${p}].steps[${s}].statutory`;
				const law = byName.get(step.statutory.law);
				if (!law) {
					const hint = `${lawsFile} 中登记的法规：${laws.map((l) => l.name).join('、')}。请写登记的名称，或先核实原文并登记。`;
					problems.push(
						problem('checklist/statutory-law', {
							file,
							field: `${field}.law`,
							value: step.statutory.law,
							hint,
							...locate(['phases', p, 'steps', s, 'statutory', 'law']),
						}),
					);
				} else if (step.statutory.article !== undefined && !law.articles.includes(step.statutory.article)) {
					const verified = law.articles.length ? law.articles.join('、') : '（无，不写 article）';
					problems.push(
						problem('checklist/statutory-law', {
							file,
							field: `${field}.article`,
							value: String(step.statutory.article),
							hint: `${lawsFile} 中《${law.name}》已核实的条款：${verified}。`,
							...locate(['phases', p, 'steps', s, 'statutory', 'article']),
						}),
					);
				}
			}),
		);
	return problems;
}
