import type { Checklist } from '../../schemas/checklist.ts';
import type { Role } from '../../schemas/role.ts';
import { durationMinutes } from '../duration.ts';
import { editionLabel } from '../checklist-labels.ts';
import type { ChecklistSnapshot } from './model.ts';

/** The frozen copy of a checklist that a run starts from; embedded in the checklist page at build time. */
export function toSnapshot(id: string, checklist: Checklist, roles: ReadonlyMap<string, Role>): ChecklistSnapshot {
	return {
		id,
		title: checklist.title,
		kind: checklist.kind,
		type: checklist.type,
		edition: editionLabel(checklist),
		severities: checklist.severities.map(({ id: severity, name, when }) => ({ id: severity, name, when })),
		phases: checklist.phases.map((phase) => ({
			title: phase.title,
			steps: phase.steps.map((step) => ({
				id: step.id,
				text: step.text,
				...(step.detail ? { detail: step.detail } : {}),
				role: step.role,
				roleName: roles.get(step.role)?.name ?? step.role,
				dueMinutes: durationMinutes(step.due) ?? 0,
				...(step.from === 'discovery' ? { from: 'discovery' as const } : {}),
				...(step.statutory ? { statutory: step.statutory } : {}),
				critical: step.critical,
				severities: step.severities,
				record: step.record,
			})),
		})),
	};
}
