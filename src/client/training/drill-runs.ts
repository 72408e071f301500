/**
 * Finished drill runs on this device, for the training path and record. Runs are read with the
 * runner's own reader (`migrate`: validation and the move from older formats), so training sees
 * exactly what the run's page shows; a run it cannot read is skipped, which shows at worst as
 * "not practised yet", never as a broken page.
 */
import { migrate, RUN_KEY_PREFIX } from '../../domain/run/store.ts';
import { drillRun, type Drills } from '../../domain/training/drills.ts';

export function finishedDrills(storage: Storage | undefined = globalThis.localStorage): Drills {
	const drills: Drills = {};
	try {
		for (let i = 0; storage && i < storage.length; i++) {
			const key = storage.key(i);
			if (!key?.startsWith(RUN_KEY_PREFIX)) continue;
			try {
				const run = migrate(JSON.parse(storage.getItem(key) ?? ''));
				const drill = run && drillRun(run);
				if (run && drill) (drills[run.checklist.id] ??= []).push(drill);
			} catch {
				// One unreadable run does not hide the others.
			}
		}
	} catch {
		// Storage disabled: no drills to show.
	}
	for (const runs of Object.values(drills)) runs.sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
	return drills;
}
