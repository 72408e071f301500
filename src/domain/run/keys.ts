/**
 * The names of what the run store keeps in localStorage (src/domain/run/store.ts documents the
 * shape), apart from the store itself: a page can learn whether this device holds any run, or
 * whose name to prefill, without loading the store's validation (the checklist page's first visit
 * has a JavaScript budget, and on a first visit there is nothing to validate).
 */
export const RUN_KEY_PREFIX = 'manual.run.';
export const QUARANTINE_KEY_PREFIX = 'manual.quarantine.';
export const EPOCH_KEY = 'manual.runs.epoch';
export const OPERATOR_KEY = 'manual.operator';
export const DEVICE_KEY = 'manual.device';

/** True when the device holds a saved or quarantined run; false too when storage cannot be read. */
export function hasStoredRuns(storage: Storage | undefined): boolean {
	try {
		for (let i = 0; storage && i < storage.length; i++) {
			const key = storage.key(i);
			if (key?.startsWith(RUN_KEY_PREFIX) || key?.startsWith(QUARANTINE_KEY_PREFIX)) return true;
		}
	} catch {
		// unreadable storage holds nothing this page can show
	}
	return false;
}

/** localStorage when it can be read; writes are tried one by one (a full storage is still readable). */
export function openStorage(): Storage | undefined {
	try {
		const storage = globalThis.localStorage;
		storage.getItem(OPERATOR_KEY);
		return storage;
	} catch {
		return undefined;
	}
}

/** The name last typed as "who did it" on this device, for prefilling. */
export function storedOperator(storage: Storage | undefined): string {
	try {
		return storage?.getItem(OPERATOR_KEY) ?? '';
	} catch {
		return '';
	}
}

let pageDevice: string | undefined;

/** This device's id if it has one (it has handed a run over before); never makes one. */
export function storedDevice(storage: Storage | undefined): string | undefined {
	try {
		return storage?.getItem(DEVICE_KEY) ?? pageDevice;
	} catch {
		return pageDevice;
	}
}

/**
 * This device's id, made and kept the first time it is asked for: a hand-over event carries it so
 * that only the device that handed the run over shows it as handed over. Without storage the id
 * lasts as long as the page, which is as long as that device could hold the run anyway.
 */
export function deviceId(storage: Storage | undefined): string {
	try {
		const stored = storage?.getItem(DEVICE_KEY);
		if (stored) return stored;
	} catch {
		// unreadable storage: the page's own id below
	}
	pageDevice ??= `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
	try {
		storage?.setItem(DEVICE_KEY, pageDevice);
	} catch {
		// a full storage keeps the page's id for this page
	}
	return pageDevice;
}
