import { mergeRuns, RUN_FORMAT_VERSION, type ChecklistRun } from './model.ts';

/**
 * Checklist runs saved in the browser's localStorage.
 *
 * Stored shape: one key per run, `manual.run.<runId>`, holding a `ChecklistRun` as JSON with
 * `version: 1`; and `manual.operator`, the name last typed as "who did it" on this device.
 * Lifecycle: a run is written after every event and stays until "clear this device" removes
 * every `manual.run.` key (records may hold client details). Nothing expires on its own.
 * Loading: a value is trusted only after `migrate` has read its version and `isChecklistRun`
 * has checked its shape; anything else is skipped and left untouched for a later version.
 * Migrations: version 1 is the first format, so `migrate` passes it through; a version 2 adds
 * its conversion from 1 there.
 * Two tabs: `save` merges with the stored copy (union of events), so no event is lost when two
 * tabs record at the same time; tabs learn of each other's writes from the `storage` event.
 */
export const RUN_KEY_PREFIX = 'manual.run.';
export const OPERATOR_KEY = 'manual.operator';

export function isChecklistRun(value: unknown): value is ChecklistRun {
	if (typeof value !== 'object' || value === null) return false;
	const run = value as Partial<ChecklistRun>;
	return (
		run.version === RUN_FORMAT_VERSION &&
		typeof run.id === 'string' &&
		typeof run.startedAt === 'string' &&
		typeof run.checklist === 'object' &&
		run.checklist !== null &&
		Array.isArray(run.checklist.phases) &&
		Array.isArray(run.events) &&
		run.events.every((event) => typeof event?.id === 'string' && typeof event.at === 'string' && typeof event.type === 'string')
	);
}

/** Brings a stored value to the current format, or returns undefined when it cannot be read. */
export function migrate(raw: unknown): ChecklistRun | undefined {
	if (typeof raw !== 'object' || raw === null) return undefined;
	switch ((raw as { version?: unknown }).version) {
		case 1:
			return isChecklistRun(raw) ? raw : undefined;
		default:
			return undefined;
	}
}

/** localStorage when it can really be written (private modes and disabled storage throw). */
export function openStorage(): Storage | undefined {
	try {
		const storage = globalThis.localStorage;
		const probe = `${RUN_KEY_PREFIX}probe`;
		storage.setItem(probe, '1');
		storage.removeItem(probe);
		return storage;
	} catch {
		return undefined;
	}
}

export class RunStore {
	/** False once a write has failed (quota, disabled): the page must say runs are not saved. */
	saving: boolean;
	private readonly storage: Storage | undefined;

	constructor(storage: Storage | undefined) {
		this.storage = storage;
		this.saving = storage !== undefined;
	}

	private read(key: string): ChecklistRun | undefined {
		try {
			const text = this.storage?.getItem(key);
			return text ? migrate(JSON.parse(text)) : undefined;
		} catch {
			return undefined;
		}
	}

	get(id: string): ChecklistRun | undefined {
		return this.read(RUN_KEY_PREFIX + id);
	}

	/** Every readable run, newest first. */
	list(): ChecklistRun[] {
		if (!this.storage) return [];
		const runs: ChecklistRun[] = [];
		for (let i = 0; i < this.storage.length; i++) {
			const key = this.storage.key(i);
			if (key?.startsWith(RUN_KEY_PREFIX)) {
				const run = this.read(key);
				if (run) runs.push(run);
			}
		}
		return runs.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
	}

	/** Saves the run merged with any copy another tab stored; returns what is now the record. */
	save(run: ChecklistRun): ChecklistRun {
		const stored = this.get(run.id);
		const merged = stored ? mergeRuns(stored, run) : run;
		if (!this.storage) return merged;
		try {
			this.storage.setItem(RUN_KEY_PREFIX + run.id, JSON.stringify(merged));
			this.saving = true;
		} catch {
			this.saving = false;
		}
		return merged;
	}

	/** Removes every saved run from this device; returns how many were removed. */
	clear(): number {
		if (!this.storage) return 0;
		const keys: string[] = [];
		for (let i = 0; i < this.storage.length; i++) {
			const key = this.storage.key(i);
			if (key?.startsWith(RUN_KEY_PREFIX)) keys.push(key);
		}
		for (const key of keys) this.storage.removeItem(key);
		return keys.length;
	}

	get operator(): string {
		try {
			return this.storage?.getItem(OPERATOR_KEY) ?? '';
		} catch {
			return '';
		}
	}

	set operator(name: string) {
		try {
			this.storage?.setItem(OPERATOR_KEY, name);
		} catch {
			// the name is a convenience; losing it loses nothing of the record
		}
	}
}
