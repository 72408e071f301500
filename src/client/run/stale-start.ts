/**
 * The start form's guard on a page older than the installed edition (src/client/editions/edition-notice.ts
 * marks the page): the run would record the old checklist text, so the reader is asked first.
 */
import { STALE_START_WARNING } from '../../domain/edition.ts';

/** Whether to go ahead with a start: always on a current page, on a stale one only if the reader confirms. */
export function confirmStartOnStalePage(): boolean {
	if (!('editionStale' in document.documentElement.dataset)) return true;
	return window.confirm(STALE_START_WARNING);
}
