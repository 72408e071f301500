/**
 * Run records made the way a device makes them, at given times, for tests that import them:
 * the checklist's frozen copy comes from content/ like the page's.
 */
import {
	record as recordEvent,
	startRun as start,
	type ChecklistRun,
	type NewEvent,
	type StartOptions,
} from '../../src/domain/run/model.ts';
import { toSnapshot } from '../../src/domain/run/snapshot.ts';
import { manual } from './manual.ts';

export type { ChecklistRun };

const roles = new Map((manual.roles?.data ?? []).map((role) => [role.id, role]));

export function startRun(checklistId: string, options: StartOptions, at: Date): ChecklistRun {
	const entry = manual.checklists.find((candidate) => candidate.id === checklistId);
	if (!entry) throw new Error(`no checklist ${checklistId}`);
	return start(toSnapshot(checklistId, entry.data, roles), options, at);
}

export const record = (run: ChecklistRun, event: NewEvent, at: Date) => recordEvent(run, event, at);
export const finish = (run: ChecklistRun, at: Date) => recordEvent(run, { type: 'finish' }, at);
