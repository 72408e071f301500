import type { Checklist } from '../../schemas/checklist.ts';

/** One piece of prose in a checklist, with the path of its field. */
export interface ChecklistText {
	path: (string | number)[];
	text: string;
}

/**
 * Every field of a checklist a reader sees as prose, each with its path: the rules that read what a
 * checklist says (misstated facts, placeholders) read it the same way.
 */
export function checklistTexts(data: Checklist): ChecklistText[] {
	const texts: ChecklistText[] = [
		{ path: ['title'], text: data.title },
		{ path: ['summary'], text: data.summary },
		{ path: ['trigger'], text: data.trigger },
	];
	if (data.appliesWhen !== undefined) texts.push({ path: ['appliesWhen'], text: data.appliesWhen });
	data.symptoms.forEach((symptom, index) => texts.push({ path: ['symptoms', index], text: symptom }));
	data.firstActions.forEach((action, index) => texts.push({ path: ['firstActions', index, 'text'], text: action.text }));
	data.severities.forEach((severity, index) => texts.push({ path: ['severities', index, 'when'], text: severity.when }));
	data.phases.forEach((phase, p) => {
		texts.push({ path: ['phases', p, 'title'], text: phase.title });
		phase.steps.forEach((step, s) => {
			for (const field of ['text', 'detail', 'record'] as const) {
				const text = step[field];
				if (text !== undefined) texts.push({ path: ['phases', p, 'steps', s, field], text });
			}
		});
	});
	return texts;
}
