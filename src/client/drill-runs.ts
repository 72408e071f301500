/**
 * Finished drill runs on this device, read for the training path. The runner's store is its own
 * module and may change shape; this adapter reads only what a finished drill must have (the
 * checklist's id, the drill flag, a finish time) and skips any record it cannot read, so a change
 * there shows at worst as "not practised yet", never as a broken page.
 */
import type { Drills } from '../domain/training/progress.ts';

/** The runner's key prefix for saved runs (src/domain/run/store.ts). */
const RUN_KEY_PREFIX = 'manual.run.';

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null;

/** The finish time of a finished run: its own field, or the last finish event not reopened after. */
function finishedAt(run: Loose): string | undefined {
	if (typeof run['finishedAt'] === 'string') return run['finishedAt'];
	const events = Array.isArray(run['events']) ? run['events'].filter(isObject) : [];
	let at: string | undefined;
	for (const event of events) {
		if (event['type'] === 'finish' && typeof event['at'] === 'string') at = event['at'];
		else if (event['type'] === 'reopen') at = undefined;
	}
	return at;
}

export function finishedDrills(storage: Storage | undefined = globalThis.localStorage): Drills {
	const drills: Drills = {};
	try {
		for (let i = 0; storage && i < storage.length; i++) {
			const key = storage.key(i);
			if (!key?.startsWith(RUN_KEY_PREFIX)) continue;
			try {
				const run: unknown = JSON.parse(storage.getItem(key) ?? '');
				if (!isObject(run) || run['drill'] !== true) continue;
				const checklist = isObject(run['checklist']) ? run['checklist']['id'] : run['checklistId'];
				const at = finishedAt(run);
				if (typeof checklist === 'string' && at) (drills[checklist] ??= []).push({ finishedAt: at });
			} catch {
				// One unreadable run does not hide the others.
			}
		}
	} catch {
		// Storage disabled: no drills to show.
	}
	return drills;
}
