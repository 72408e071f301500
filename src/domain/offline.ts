/**
 * What the service worker keeps for when the network or the office server is down, and how it
 * finds a kept page again. The worker itself is src/offline/worker.ts; the precache manifest is
 * written after the build by src/offline/build.ts with these rules.
 *
 * A manual of normal size is kept whole: every page, its assets and the search index. Above the
 * precache budget only what an incident needs is kept ahead of time (the essential pages below and
 * every non-page file: assets and search); other pages are kept as they are read.
 */
import { DATA_PAGES, TRAINING_PAGES } from './routes.ts';

/** Shown for an address that is neither on the network nor kept on this device. */
export const OFFLINE_FALLBACK_PAGE = '/offline/';

/**
 * The default precache budget, in bytes over the network (gzip, as nginx sends them): above it
 * only the essential pages are precached. The device stores them uncompressed (`storedBytes`).
 */
export const DEFAULT_PRECACHE_BUDGET_BYTES = 10 * 1024 * 1024;

/** How long a page request waits for the network before the kept copy is shown (a dead office network hangs). */
export const PAGE_NETWORK_TIMEOUT_SECONDS = 3;

/** Site paths an incident needs, kept ahead of time whatever the manual's size. */
const ESSENTIAL_PAGES: readonly string[] = [
	'/',
	DATA_PAGES.contacts,
	DATA_PAGES.roles,
	DATA_PAGES.checklists,
	DATA_PAGES.emergencyKit,
	// A manager importing records, or a reader printing theirs, may be offline: both work on the device alone.
	TRAINING_PAGES.record,
	TRAINING_PAGES.summary,
	OFFLINE_FALLBACK_PAGE,
];

/** Whether a page (site path, without the base) is kept ahead of time even above the budget: the list above and every checklist. */
export function isEssentialPage(sitePath: string): boolean {
	return ESSENTIAL_PAGES.includes(sitePath) || sitePath.startsWith(DATA_PAGES.checklists);
}

/**
 * The key a page is kept under: its path with the trailing slash, without query or anchor
 * (`/checklists/x/?run=1` and `/emergency/framework` are the pages `/checklists/x/` and
 * `/emergency/framework/`). A last segment with a dot names a file and keeps its form.
 */
export function pageKey(url: URL): string {
	const path = url.pathname;
	const last = path.slice(path.lastIndexOf('/') + 1);
	return url.origin + (last === '' || last.includes('.') ? path : `${path}/`);
}

/** A file the worker may precache: its URL under the deploy's base, a revision unless the name is fingerprinted, and its sizes. */
export interface PrecacheFile {
	url: string;
	revision: string | null;
	/** Bytes on disk, as the device's cache stores it. */
	size: number;
	/** Bytes over the network (gzip). */
	transferSize: number;
}

export interface PrecachePlan {
	/** What the worker precaches. */
	entries: PrecacheFile[];
	/** Bytes a first visit downloads to precache (gzip), and stores. */
	bytes: number;
	storedBytes: number;
	/** Whether the whole site is precached (false: above the budget, essentials only). */
	whole: boolean;
	/** Bytes of the whole site over the network (gzip), pages, and pages precached. */
	siteBytes: number;
	pages: number;
	precachedPages: number;
}

/** Whether a precache URL is a page (it ends in a slash: the build maps `x/index.html` to `x/`). */
export const isPageUrl = (url: string) => url.endsWith('/');

/**
 * The whole site if it fits the budget; above it, every non-page file (assets, the search index)
 * and the essential pages, so that precaching never pulls tens of megabytes.
 */
export function precachePlan(files: readonly PrecacheFile[], base: string, budgetBytes = DEFAULT_PRECACHE_BUDGET_BYTES): PrecachePlan {
	const sum = (list: readonly PrecacheFile[]) => list.reduce((total, file) => total + file.transferSize, 0);
	const siteBytes = sum(files);
	const pages = files.filter((file) => isPageUrl(file.url)).length;
	const whole = siteBytes <= budgetBytes;
	const sitePath = (url: string) => `/${url.slice(base.replace(/\/?$/, '/').length)}`;
	const entries = whole ? [...files] : files.filter((file) => !isPageUrl(file.url) || isEssentialPage(sitePath(file.url)));
	const storedBytes = entries.reduce((total, file) => total + file.size, 0);
	return {
		entries,
		bytes: sum(entries),
		storedBytes,
		whole,
		siteBytes,
		pages,
		precachedPages: entries.filter((file) => isPageUrl(file.url)).length,
	};
}
