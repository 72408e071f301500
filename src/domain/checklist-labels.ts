import { durationMinutes } from './duration.ts';
import { dueText } from './run/frozen.ts';
import type { Checklist, ChecklistStep, Severity } from '../schemas/checklist.ts';

export const TYPE_LABELS: Record<Checklist['type'], string> = {
	'READ-DO': '逐条读后执行（READ-DO）',
	'DO-CONFIRM': '做完后逐条确认（DO-CONFIRM）',
};

/** "启动后 15 分钟内" (or "发现后 4 小时内") for a step's deadline; a run's frozen step says it the same way. */
export function dueLabel(step: ChecklistStep): string {
	return dueText({ dueMinutes: durationMinutes(step.due) ?? 0, from: step.from });
}

/** Names of the levels a step applies to, or undefined when it applies to every level. */
export function severityLabel(step: ChecklistStep, severities: readonly Severity[]): string | undefined {
	if (step.severities.length === 0 || step.severities.length === severities.length) return undefined;
	return severities
		.filter((severity) => step.severities.includes(severity.id))
		.map((severity) => severity.name)
		.join('、');
}

export function stepCount(checklist: Checklist): number {
	return checklist.phases.reduce((count, phase) => count + phase.steps.length, 0);
}

/** YYYY-MM-DD of an edition date, as printed on paper copies. */
export function editionLabel(checklist: Checklist): string {
	return checklist.edition.toISOString().slice(0, 10);
}
