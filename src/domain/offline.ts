/**
 * What the service worker keeps for when the network or the office server is down, and how it
 * finds a kept page again. The worker itself is src/offline/worker.ts; the precache manifest is
 * written after the build by src/offline/build.ts with these rules.
 *
 * A manual of normal size is kept whole: every reader's page, its assets and the search index.
 * Above the precache budget only what an incident needs is kept ahead of time (the essential pages
 * below and every non-page file: assets and search); other pages are kept as they are read. The
 * editors' pages are never kept ahead of time (see `isEditorPage`).
 */
import { DATA_PAGES, RULE_HELP_INDEX, TRAINING_PAGES } from './routes.ts';

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
 * Pages for the editors, not the readers: the content check's help on each rule, which an editor
 * opens from the check's message at a desk, online. Kept ahead of time they were a fifth of the
 * offline download (116 pages, 1.1 MB of 5.6) that no one needs in an incident; opened once, a
 * page is kept as any page read is.
 */
export function isEditorPage(sitePath: string): boolean {
	return sitePath.startsWith(RULE_HELP_INDEX);
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
	/** Bytes of the readers' whole site over the network (gzip), its pages (the editors' left out), and pages precached. */
	siteBytes: number;
	pages: number;
	precachedPages: number;
}

/** Whether a precache URL is a page (it ends in a slash: the build maps `x/index.html` to `x/`). */
export const isPageUrl = (url: string) => url.endsWith('/');

/**
 * The readers' whole site if it fits the budget; above it, every non-page file (assets, the
 * search index) and the essential pages, so that precaching never pulls tens of megabytes. The
 * editors' pages are left to be kept as read either way.
 */
export function precachePlan(files: readonly PrecacheFile[], base: string, budgetBytes = DEFAULT_PRECACHE_BUDGET_BYTES): PrecachePlan {
	const sum = (list: readonly PrecacheFile[]) => list.reduce((total, file) => total + file.transferSize, 0);
	const sitePath = (url: string) => `/${url.slice(base.replace(/\/?$/, '/').length)}`;
	const readers = files.filter((file) => !isPageUrl(file.url) || !isEditorPage(sitePath(file.url)));
	const siteBytes = sum(readers);
	const pages = readers.filter((file) => isPageUrl(file.url)).length;
	const whole = siteBytes <= budgetBytes;
	const entries = whole ? readers : readers.filter((file) => !isPageUrl(file.url) || isEssentialPage(sitePath(file.url)));
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
