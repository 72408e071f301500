import { INCIDENT_CATEGORIES, type IncidentCategory } from '../../schemas/checklist.ts';
import { checklistFile } from '../../manual/paths.ts';
import type { Manual } from '../load.ts';
import { problem, type ContentProblem } from '../problem.ts';

/** Within one checklist: level and step ids are unique, and steps only name levels it defines. */
export function checklistProblems(manual: Manual): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const { file, data, locate } of manual.checklists) {
		const severityIds = new Set<string>();
		data.severities.forEach((severity, index) => {
			if (severityIds.has(severity.id))
				problems.push(
					problem('checklist/duplicate-severity', {
						file,
						field: `severities[${index}].id`,
						value: severity.id,
						hint: '每个级别的 id 必须不同。',
						...locate(['severities', index, 'id']),
					}),
				);
			severityIds.add(severity.id);
		});
		const stepIds = new Set<string>();
		data.phases.forEach((phase, p) =>
			phase.steps.forEach((step, s) => {
				const at = (...rest: PropertyKey[]) => locate(['phases', p, 'steps', s, ...rest]);
				const field = `phases[${p}].steps[${s}]`;
				if (stepIds.has(step.id)) {
					const hint = '运行记录靠步骤 id 对应，每个 id 必须唯一；请给新步骤换一个 id。';
					problems.push(problem('checklist/duplicate-step', { file, field: `${field}.id`, value: step.id, hint, ...at('id') }));
				}
				stepIds.add(step.id);
				step.severities.forEach((severity, index) => {
					if (severityIds.has(severity)) return;
					const hint = `本清单定义的级别：${[...severityIds].join('、') || '（无）'}。请改用其中之一，或在 severities 中补充定义。`;
					problems.push(
						problem('checklist/unknown-severity', {
							file,
							field: `${field}.severities[${index}]`,
							value: severity,
							hint,
							...at('severities', index),
						}),
					);
				});
			}),
		);
	}
	return problems;
}

/**
 * A symptom phrase leads a search to one page, so it is written on one checklist or one chapter
 * only. Every occurrence is reported, each naming the other files, so both editors see the clash.
 */
export function symptomProblems(manual: Manual): ContentProblem[] {
	const normal = (phrase: string) => phrase.replace(/\s+/g, '').toLocaleLowerCase('zh-CN');
	type Place = { file: string; index: number; phrase: string; at: { line?: number; column?: number } | undefined };
	const places = new Map<string, Place[]>();
	const pages = [
		...manual.checklists.map(({ file, data, locate }) => ({ file, symptoms: data.symptoms, locate })),
		...manual.chapters.map(({ file, fields, locate }) => ({ file, symptoms: fields?.symptoms ?? [], locate })),
	];
	for (const { file, symptoms, locate } of pages) {
		symptoms.forEach((phrase, index) => {
			const key = normal(phrase);
			places.set(key, [...(places.get(key) ?? []), { file, index, phrase, at: locate(['symptoms', index]) }]);
		});
	}
	const problems: ContentProblem[] = [];
	for (const occurrences of places.values()) {
		if (occurrences.length < 2) continue;
		for (const { file, index, phrase, at } of occurrences) {
			const others = occurrences
				.filter((other) => other.file !== file || other.index !== index)
				.map((other) => `${other.file} 的 symptoms[${other.index}]`);
			problems.push(
				problem('checklist/duplicate-symptom', {
					file,
					field: `symptoms[${index}]`,
					value: phrase,
					hint: `同一条情况也写在 ${others.join('、')}。请只保留在最该用的那张清单或那一章里。`,
					...at,
				}),
			);
		}
	}
	return problems;
}

/** The home page offers one entry per incident category: each needs an incident checklist. */
export function coverageProblems(manual: Manual): ContentProblem[] {
	// A checklist whose category could not be read (missing, or past a YAML syntax error) may be the
	// one meant to cover a category: the hint names it, so the editor fixes it rather than writing a
	// file that exists.
	const unread = manual.rejectedChecklists.filter((checklist) => checklist.category === undefined).map((checklist) => checklist.file);
	const orFix = unread.length
		? `如果本该由 ${unread.join('、')} 覆盖这一类别，先改正它报出的错误（它的 category 现在读不出来），不必新建。`
		: '';
	// A checklist that failed its own check still counts, so the category is not reported twice.
	const covered = new Set<unknown>([
		...manual.checklists.map((checklist) => checklist.data.category),
		...manual.rejectedChecklists.map((checklist) => checklist.category),
	]);
	return (Object.keys(INCIDENT_CATEGORIES) as IncidentCategory[])
		.filter((category) => !covered.has(category))
		.map((category) =>
			problem('category/uncovered', {
				file: 'content/checklists/',
				field: 'category',
				value: category,
				message: `应急类别“${INCIDENT_CATEGORIES[category]}”没有对应的应急清单`,
				hint: `请新建 ${checklistFile(category)}（kind: incident，category: ${category}）。${orFix}`,
			}),
		);
}
