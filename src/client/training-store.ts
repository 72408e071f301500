/**
 * The reader's training record in this browser's localStorage (shape and versioning in
 * src/domain/training/record.ts). Storage can be missing, full or hold junk: reads fall back to
 * an empty record and writes report failure instead of throwing.
 */
import { emptyTrainingRecord, parseTrainingRecord, TRAINING_KEY, type TrainingRecord } from '../domain/training/record.ts';

export function loadTrainingRecord(): TrainingRecord {
	try {
		const text = window.localStorage.getItem(TRAINING_KEY);
		return (text && parseTrainingRecord(JSON.parse(text))) || emptyTrainingRecord();
	} catch {
		return emptyTrainingRecord();
	}
}

export function saveTrainingRecord(record: TrainingRecord): boolean {
	try {
		window.localStorage.setItem(TRAINING_KEY, JSON.stringify(record));
		return true;
	} catch {
		return false;
	}
}
