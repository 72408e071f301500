import { durationMinutes, formatDuration } from './duration.ts';
import type { Checklist, ChecklistStep, Severity } from '../schemas/checklist.ts';

export const TYPE_LABELS: Record<Checklist['type'], string> = {
	'READ-DO': '逐条读后执行（READ-DO）',
	'DO-CONFIRM': '做完后逐条确认（DO-CONFIRM）',
};

/** What a deadline counts from, as the sheet prints it. */
const ANCHOR_LABELS: Record<ChecklistStep['from'], string> = { start: '启动', discovery: '发现' };

/** "启动后 15 分钟内" (or "发现后 4 小时内") for a step's deadline. */
export function dueLabel(step: ChecklistStep): string {
	return `${ANCHOR_LABELS[step.from]}后 ${formatDuration(durationMinutes(step.due) ?? 0)}内`;
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
