import { ChecklistRunSchema, ChecklistRunV1Schema, ChecklistRunV2Schema } from '../../schemas/run.ts';
import { compareEvents, mergeRuns, newId, type ChecklistRun } from './model.ts';
import { DEVICE_KEY, EPOCH_KEY, OPERATOR_KEY, openStorage, QUARANTINE_KEY_PREFIX, RUN_KEY_PREFIX } from './keys.ts';

export { DEVICE_KEY, EPOCH_KEY, OPERATOR_KEY, openStorage, QUARANTINE_KEY_PREFIX, RUN_KEY_PREFIX };

/** Zod's fast path compiles code with `new Function`, which the site's CSP forbids: validate without it. */
const WITHOUT_EVAL = { jitless: true } as const;

/**
 * Checklist runs saved in the browser's localStorage, so that nothing typed during an incident
 * is lost.
 *
 * Stored shape (format version 3):
 * - `manual.run.<runId>`: one `ChecklistRun` as JSON, `version: 3`, validated on every read with
 *   `ChecklistRunSchema` (src/schemas/run.ts). Events carry `seq`, a per-run logical counter
 *   (highest `seq` seen + 1, ties broken by event id); `at` is wall-clock time, for display only.
 *   A `handover` event names who the run was handed to and the device that handed it over.
 *   `checklist` is the copy frozen at the start, holding every field the run shows; copies frozen
 *   before 2026-12 lack `firstActions` and the steps' `links` and `printDetail`. They are read as
 *   they are (the fields are optional) and completed from the checklist page when it is the same
 *   edition (src/domain/run/frozen.ts); a save then keeps the completed copy (`mergeRuns`).
 * - `manual.quarantine.<runId>[.<n>]`: a value found under a run key that cannot be read (a newer
 *   format, damage), moved here byte for byte so no save ever overwrites it; never overwritten
 *   itself (a second one gets the next free `.<n>`). Offered for export; removed only by "clear".
 * - `manual.runs.epoch`: changes whenever this device's runs are cleared, so a tab that still
 *   holds a cleared run knows not to write it back.
 * - `manual.operator`: the name last typed as "who did it" on this device.
 * - `manual.device`: this device's random id, written the first time it hands a run over; a
 *   `handover` event carrying it is how this device knows the run is no longer its to act on.
 *
 * Migration from version 2: version 2 is version 3 without the `handover` event; its record is
 * validated as version 2 (a `handover` event in it is damage) and read as version 3 unchanged.
 * Migration from version 1: version 1 had the same record without `seq`, its events ordered by
 * wall-clock time (`at`, then `id`). Reading one assigns `seq` 1, 2, 3… in that order and
 * validates the result as version 2. Either is written back as version 3 with the next save.
 * Any other version (a newer manual's) is quarantined, never guessed at: an older page
 * that meets a version 3 record says so rather than dropping the events it does not know.
 *
 * Reading and writing are separate capabilities: a full storage still lists and opens every run.
 * A write that fails (quota, disabled) keeps the run pending in memory; the page retries on
 * `storage` and `visibilitychange` events and on a timer, and guards `beforeunload` while
 * `unsaved` is true.
 *
 * Two tabs: a save merges with the stored copy (union of events by id) inside a Web Lock per run
 * where `navigator.locks` exists; tabs learn of each other's writes from the `storage` event and
 * write the union back when they hold events the stored copy lacks (localStorage in another
 * process can be a moment behind, so the lock alone is not enough).
 *
 * The key names live in ./keys.ts, so a page can look for stored runs without loading this module
 * and its schemas (the checklist page loads the store when it has something to read or save).
 *
 * Lifecycle: a run stays until it is deleted on the run history page, or "clear this device"
 * removes every run and quarantine key (records may hold client details). Nothing expires on its own.
 */

export type ParsedRun = { run: ChecklistRun } | { problem: string };

const byLogicalOrder = (run: ChecklistRun): ChecklistRun => ({ ...run, events: [...run.events].sort(compareEvents) });

function issues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
	return error.issues
		.slice(0, 3)
		.map((issue) => `${issue.path.join('.') || '（整条记录）'}：${issue.message}`)
		.join('；');
}

/** Brings a stored value to the current format and validates it, or says why it cannot be read. */
export function parseRun(raw: unknown): ParsedRun {
	const version = typeof raw === 'object' && raw !== null ? (raw as { version?: unknown }).version : undefined;
	if (version === 3) {
		const parsed = ChecklistRunSchema.safeParse(raw, WITHOUT_EVAL);
		return parsed.success ? { run: byLogicalOrder(parsed.data) } : { problem: issues(parsed.error) };
	}
	if (version === 2) {
		const v2 = ChecklistRunV2Schema.safeParse(raw, WITHOUT_EVAL);
		return v2.success ? { run: byLogicalOrder({ ...v2.data, version: 3 }) } : { problem: issues(v2.error) };
	}
	if (version === 1) {
		const v1 = ChecklistRunV1Schema.safeParse(raw, WITHOUT_EVAL);
		if (!v1.success) return { problem: issues(v1.error) };
		const events = [...(raw as { events: { id: string; at: string }[] }).events]
			.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))
			.map((event, index) => ({ ...event, seq: index + 1 }));
		const parsed = ChecklistRunV2Schema.safeParse({ ...(raw as object), version: 2, events }, WITHOUT_EVAL);
		return parsed.success ? { run: { ...parsed.data, version: 3 } } : { problem: issues(parsed.error) };
	}
	return { problem: `未知的存储格式版本 ${JSON.stringify(version) ?? '（无）'}` };
}

/** The run in the current format, or undefined when it cannot be read. */
export function migrate(raw: unknown): ChecklistRun | undefined {
	const parsed = parseRun(raw);
	return 'run' in parsed ? parsed.run : undefined;
}

function parseText(text: string): ParsedRun {
	try {
		return parseRun(JSON.parse(text));
	} catch {
		return { problem: '不是有效的 JSON' };
	}
}

/** The part of the Web Locks API the store uses. */
export interface RunLocks {
	request<T>(name: string, callback: () => T | Promise<T>): Promise<T>;
}

/** A stored value that could not be read, as offered for export. */
export interface UnreadableRecord {
	key: string;
	/** Why it cannot be read, in Chinese. */
	problem: string;
	/** The value exactly as stored. */
	text: string;
}

export type SaveOutcome =
	/** Written; `run` is the union with what was stored. */
	| { status: 'saved'; run: ChecklistRun }
	/** Kept in memory, to be retried; `run` is what the page holds. */
	| { status: 'pending'; run: ChecklistRun }
	/** This device's runs were cleared (in another tab) after this copy was read: not written back. */
	| { status: 'cleared' };

export class RunStore {
	private readonly storage: Storage | undefined;
	private readonly locks: RunLocks | undefined;
	/** Runs whose latest state failed to write: id → what the page holds. */
	private readonly pending = new Map<string, ChecklistRun>();
	/** The clear-epoch each run was first seen in, to refuse writing back a cleared run. */
	private readonly epochs = new Map<string, string>();

	constructor(storage: Storage | undefined, locks?: RunLocks) {
		this.storage = storage;
		this.locks = locks;
	}

	/** False when this browser gives no storage at all (disabled, some private modes). */
	get readable(): boolean {
		return this.storage !== undefined;
	}

	/** Changes the page holds that are not on the device yet. */
	get unsaved(): number {
		return this.pending.size;
	}

	private getItem(key: string): string | null {
		try {
			return this.storage?.getItem(key) ?? null;
		} catch {
			return null;
		}
	}

	private keys(prefix: string): string[] {
		const keys: string[] = [];
		if (!this.storage) return keys;
		for (let i = 0; i < this.storage.length; i++) {
			const key = this.storage.key(i);
			if (key?.startsWith(prefix)) keys.push(key);
		}
		return keys;
	}

	private get epoch(): string {
		return this.getItem(EPOCH_KEY) ?? '';
	}

	/** True when the run was seen before this device's runs were last cleared. */
	isCleared(id: string): boolean {
		const seen = this.epochs.get(id);
		return seen !== undefined && seen !== this.epoch;
	}

	private remember(run: ChecklistRun): ChecklistRun {
		if (!this.epochs.has(run.id)) this.epochs.set(run.id, this.epoch);
		return run;
	}

	/**
	 * Moves an unreadable value out of the run key so no save overwrites it. Returns false when
	 * the copy could not be written (storage full): the value then stays where it is, untouched.
	 */
	private quarantine(key: string, text: string): boolean {
		if (!this.storage) return false;
		const base = QUARANTINE_KEY_PREFIX + key.slice(RUN_KEY_PREFIX.length);
		let target = base;
		for (let n = 2; ; n++) {
			const existing = this.getItem(target);
			if (existing === null) break;
			if (existing === text) {
				target = '';
				break;
			}
			target = `${base}.${n}`;
		}
		try {
			if (target) this.storage.setItem(target, text);
			this.storage.removeItem(key);
			return true;
		} catch {
			return false;
		}
	}

	/** Reads one run key; an unreadable value is quarantined on the way. */
	private read(key: string): ChecklistRun | undefined {
		const text = this.getItem(key);
		if (text === null) return undefined;
		const parsed = parseText(text);
		if ('run' in parsed) return parsed.run;
		this.quarantine(key, text);
		return undefined;
	}

	get(id: string): ChecklistRun | undefined {
		const stored = this.read(RUN_KEY_PREFIX + id);
		const pending = this.pending.get(id);
		const run = stored && pending ? mergeRuns(stored, pending) : (stored ?? pending);
		return run && this.remember(run);
	}

	/** Every readable run, newest first, including those only held in memory. One bad record never hides the others. */
	list(): ChecklistRun[] {
		const runs = new Map<string, ChecklistRun>();
		for (const key of this.keys(RUN_KEY_PREFIX)) {
			const run = this.read(key);
			if (run) runs.set(run.id, run);
		}
		for (const [id, run] of this.pending) runs.set(id, runs.has(id) ? mergeRuns(runs.get(id)!, run) : run);
		return [...runs.values()].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
	}

	/** Values that cannot be read: quarantined ones and any that could not be moved yet. */
	unreadable(): UnreadableRecord[] {
		const records: UnreadableRecord[] = [];
		for (const key of [...this.keys(QUARANTINE_KEY_PREFIX), ...this.keys(RUN_KEY_PREFIX)]) {
			const text = this.getItem(key);
			if (text === null) continue;
			const parsed = parseText(text);
			if ('problem' in parsed) records.push({ key, problem: parsed.problem, text });
		}
		return records;
	}

	/**
	 * Saves the run merged with any copy another tab stored. The write runs inside the run's Web
	 * Lock where there is one, so two tabs never interleave their read and write.
	 */
	async save(run: ChecklistRun): Promise<SaveOutcome> {
		this.remember(run);
		const held = this.pending.get(run.id);
		this.pending.set(run.id, held ? mergeRuns(held, run) : run);
		const write = () => this.write(run.id);
		return this.locks ? this.locks.request(RUN_KEY_PREFIX + run.id, write) : write();
	}

	/**
	 * Writes every pending change now, without waiting for the tabs' lock: for the moment the page
	 * is left. A write waits for the lock in a later task, and a reload straight after a tick came
	 * before it (seen in CI): the tick was lost. Each write still merges with what is stored, and a
	 * tab whose write crossed this one merges it back when the storage event reaches it.
	 * Returns how many are still pending (storage full or refused).
	 */
	flush(): number {
		for (const id of [...this.pending.keys()]) this.write(id);
		return this.pending.size;
	}

	/** Tries every pending write again; returns how many are still pending. */
	async retry(): Promise<number> {
		for (const id of [...this.pending.keys()]) {
			const write = () => this.write(id);
			await (this.locks ? this.locks.request(RUN_KEY_PREFIX + id, write) : write());
		}
		return this.pending.size;
	}

	private write(id: string): SaveOutcome {
		const held = this.pending.get(id);
		if (!held) {
			const stored = this.read(RUN_KEY_PREFIX + id);
			return stored ? { status: 'saved', run: stored } : { status: 'cleared' };
		}
		if (this.isCleared(id)) {
			this.pending.delete(id);
			return { status: 'cleared' };
		}
		if (!this.storage) return { status: 'pending', run: held };
		const key = RUN_KEY_PREFIX + id;
		const text = this.getItem(key);
		let merged = held;
		if (text !== null) {
			const parsed = parseText(text);
			if ('run' in parsed) merged = mergeRuns(parsed.run, held);
			else if (!this.quarantine(key, text)) return { status: 'pending', run: held };
		}
		try {
			this.storage.setItem(key, JSON.stringify(merged));
		} catch {
			this.pending.set(id, merged);
			return { status: 'pending', run: merged };
		}
		this.pending.delete(id);
		return { status: 'saved', run: merged };
	}

	/**
	 * Removes one run from this device (the history page's delete). A tab showing it sees the key
	 * go and stops writing it, as after a clear. False when the storage refused.
	 */
	remove(id: string): boolean {
		this.pending.delete(id);
		try {
			this.storage?.removeItem(RUN_KEY_PREFIX + id);
			return true;
		} catch {
			return false;
		}
	}

	/** Removes every saved run (and quarantined value) from this device; returns how many runs were removed. */
	clear(): number {
		if (!this.storage) return 0;
		const runs = this.keys(RUN_KEY_PREFIX);
		for (const key of [...runs, ...this.keys(QUARANTINE_KEY_PREFIX)]) this.storage.removeItem(key);
		this.pending.clear();
		this.epochs.clear();
		try {
			this.storage.setItem(EPOCH_KEY, newId());
		} catch {
			// the keys are gone, which is what was asked; other tabs also see them removed
		}
		return runs.length;
	}

	get operator(): string {
		return this.getItem(OPERATOR_KEY) ?? '';
	}

	set operator(name: string) {
		try {
			this.storage?.setItem(OPERATOR_KEY, name);
		} catch {
			// the name is a convenience; losing it loses nothing of the record
		}
	}
}

/** The store for this page, with Web Locks where the browser has them. */
export function openRunStore(): RunStore {
	const locks = (globalThis.navigator as { locks?: RunLocks } | undefined)?.locks;
	return new RunStore(openStorage(), locks);
}
