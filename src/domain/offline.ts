/**
 * What the service worker keeps for when the network or the office server is down: every page
 * an incident needs (checklists, contacts, roles, the paper kit), and the training record and summary. The worker also keeps the
 * CSS and JavaScript those pages use, found in their HTML when it caches them.
 */
import { checklistPath, DATA_PAGES, SITE_BASE, TRAINING_PAGES, withBase } from './routes.ts';

export function offlinePages(checklistIds: readonly string[], base = SITE_BASE): string[] {
	return [
		'/',
		DATA_PAGES.contacts,
		DATA_PAGES.roles,
		DATA_PAGES.checklists,
		DATA_PAGES.emergencyKit,
		...checklistIds.map(checklistPath),
		// A manager importing records, or a reader printing theirs, may be offline: both work on the device alone.
		TRAINING_PAGES.record,
		TRAINING_PAGES.summary,
	].map(withBase(base));
}

/** The worker's cache name changes with what it keeps, so a new build replaces the old copies. */
export function cacheName(pages: readonly string[], buildId: string): string {
	let hash = 0;
	for (const char of buildId + pages.join('|')) hash = (hash * 31 + char.charCodeAt(0)) | 0;
	return `manual-offline-${(hash >>> 0).toString(36)}`;
}
