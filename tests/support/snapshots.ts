import type { ChecklistSnapshot, SnapshotStep } from '../../src/domain/run/model.ts';

/**
 * Small frozen checklists for the run's unit tests: a step with only what a test varies, and the
 * system-failure checklist as a run freezes it, with one level.
 */
export const snapshotStep = (id: string, dueMinutes = 30, more: Partial<SnapshotStep> = {}): SnapshotStep => ({
	id,
	text: `步骤 ${id}`,
	role: 'incident-lead',
	roleName: '应急负责人',
	dueMinutes,
	critical: false,
	severities: [],
	record: '时间',
	...more,
});

export const snapshotChecklist = (phases: ChecklistSnapshot['phases'], more: Partial<ChecklistSnapshot> = {}): ChecklistSnapshot => ({
	id: 'system-failure',
	title: '系统故障应急清单',
	kind: 'incident',
	type: 'READ-DO',
	edition: '2026-11-24',
	severities: [{ id: 'L1', name: '一级', when: '全部停机' }],
	phases,
	...more,
});
