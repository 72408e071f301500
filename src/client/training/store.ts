/**
 * The reader's training record in this browser's localStorage (shape and versioning in
 * src/domain/training/record.ts), and the path they follow (`CHOSEN_PATH_KEY`: a path id, set
 * when they open a path page or choose one on the record page; the sidebar's training link goes
 * there). Storage can be missing, full or hold junk: reads fall back to an empty record or no
 * path, and writes report failure instead of throwing.
 */
import { emptyTrainingRecord, parseTrainingRecord, TRAINING_KEY, type TrainingRecord } from '../../domain/training/record.ts';

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

export const CHOSEN_PATH_KEY = 'manual.training.path';
/** Fired on window when the chosen path changes in this tab (`storage` events only reach other tabs). */
export const CHOSEN_PATH_EVENT = 'manual:training-path';

export function loadChosenPath(): string | null {
	try {
		return window.localStorage.getItem(CHOSEN_PATH_KEY);
	} catch {
		return null;
	}
}

export function saveChosenPath(pathId: string): boolean {
	try {
		window.localStorage.setItem(CHOSEN_PATH_KEY, pathId);
		window.dispatchEvent(new Event(CHOSEN_PATH_EVENT));
		return true;
	} catch {
		return false;
	}
}
