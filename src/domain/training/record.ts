/**
 * The reader's training record on this device, kept in localStorage under `TRAINING_KEY` and
 * exported as a file for HR. Stored shape (version 1):
 *
 *   {
 *     version: 1,
 *     name: "张三",                 // typed once per device, asked for on the first confirmation
 *     reads: {                       // one entry per chapter id, the latest confirmation wins
 *       "operations/confidentiality": { edition: "3f2a9c01b7de", at: "2026-12-01T09:00:00.000Z" }
 *     },
 *     checks: {                      // one entry per self-check (its chapter id), the latest attempt
 *       "operations/confidentiality": { edition: "…", at: "…", right: 6, total: 7, percent: 85, passed: true }
 *     }
 *   }
 *
 * An edition is the chapter's content hash computed at build: a confirmation whose edition is no
 * longer the chapter's means the reader must read it again. `parseTrainingRecord` validates
 * anything read from storage or an imported file entry by entry and drops what it cannot trust,
 * so one damaged entry does not cost the reader the rest. A future version 2 migrates here.
 */

export const TRAINING_KEY = 'manual.training.v1';
export const TRAINING_RECORD_VERSION = 1;

export interface ReadConfirmation {
	edition: string;
	/** ISO time of the confirmation. */
	at: string;
}

export interface SelfCheckAttempt extends ReadConfirmation {
	right: number;
	total: number;
	percent: number;
	passed: boolean;
}

export interface TrainingRecord {
	version: typeof TRAINING_RECORD_VERSION;
	name: string;
	reads: Record<string, ReadConfirmation>;
	checks: Record<string, SelfCheckAttempt>;
}

export const emptyTrainingRecord = (): TrainingRecord => ({ version: TRAINING_RECORD_VERSION, name: '', reads: {}, checks: {} });

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

function readConfirmation(value: unknown): ReadConfirmation | undefined {
	if (!isObject(value) || typeof value['edition'] !== 'string' || !value['edition'] || !isTime(value['at'])) return undefined;
	return { edition: value['edition'], at: value['at'] };
}

function selfCheckAttempt(value: unknown): SelfCheckAttempt | undefined {
	const base = readConfirmation(value);
	if (!base || !isObject(value)) return undefined;
	const { right, total, percent, passed } = value;
	if (!isCount(right) || !isCount(total) || right > total || !isCount(percent) || percent > 100 || typeof passed !== 'boolean')
		return undefined;
	return { ...base, right, total, percent, passed };
}

function entries<T>(value: unknown, read: (entry: unknown) => T | undefined): Record<string, T> {
	if (!isObject(value)) return {};
	const kept: Record<string, T> = {};
	for (const [key, entry] of Object.entries(value)) {
		const parsed = read(entry);
		if (parsed) kept[key] = parsed;
	}
	return kept;
}

/** A trusted record from stored or imported data, or undefined when it is not a training record at all. */
export function parseTrainingRecord(value: unknown): TrainingRecord | undefined {
	if (!isObject(value) || value['version'] !== TRAINING_RECORD_VERSION) return undefined;
	return {
		version: TRAINING_RECORD_VERSION,
		name: typeof value['name'] === 'string' ? value['name'].trim() : '',
		reads: entries(value['reads'], readConfirmation),
		checks: entries(value['checks'], selfCheckAttempt),
	};
}

export const confirmRead = (record: TrainingRecord, chapter: string, edition: string, at: Date): TrainingRecord => ({
	...record,
	reads: { ...record.reads, [chapter]: { edition, at: at.toISOString() } },
});

export const recordAttempt = (
	record: TrainingRecord,
	chapter: string,
	edition: string,
	at: Date,
	score: Omit<SelfCheckAttempt, 'edition' | 'at'>,
): TrainingRecord => ({
	...record,
	checks: { ...record.checks, [chapter]: { edition, at: at.toISOString(), ...score } },
});
