/// <reference lib="webworker" />
/**
 * The manual's service worker (bundled and given its precache manifest after the build by
 * ./build.ts). Pages: network first, so staff online always read the current edition, with a
 * short timeout so a dead office network does not hang the page; then the copy kept on the
 * device; then the offline page. The search index likewise, without the offline page.
 * Fingerprinted assets: from the precache, else cache first (their names change with their content).
 *
 * A new version installs beside the old one and waits: pages open on the old edition keep the
 * assets they were built with until the reader chooses to reload (src/client/editions/edition-notice.ts).
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { isPageUrl, OFFLINE_FALLBACK_PAGE, PAGE_NETWORK_TIMEOUT_SECONDS, pageKey } from '../domain/offline.ts';
import { EDITION_REQUEST, SKIP_WAITING_REQUEST } from '../domain/edition.ts';
import { PRINTED_PDF_FOLDER } from '../domain/routes.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };
/** Set by ./build.ts: the deploy's base path and this build's edition (a hash of the site's files). */
declare const MANUAL_BASE: string;
declare const MANUAL_EDITION: string;

const manifest = self.__WB_MANIFEST;
const origin = self.location.origin;
const precachedPages = new Set(
	manifest.map((entry) => new URL(typeof entry === 'string' ? entry : entry.url, origin).href).filter((url) => isPageUrl(url)),
);
const fallbackPage = MANUAL_BASE + OFFLINE_FALLBACK_PAGE.slice(1);

// The printed PDFs (`npm run pdf` publishes them after the build, so the precache never lists
// them): network first, and each kept once opened, so a PDF downloaded online opens offline.
// Before the pages' route: a link's download may come as a navigation, which must not fall back
// to the offline page (an HTML page saved as a .pdf).
registerRoute(
	({ url }) => url.origin === origin && url.pathname.startsWith(MANUAL_BASE + PRINTED_PDF_FOLDER.slice(1)),
	new NetworkFirst({ cacheName: 'manual-pdf-read', networkTimeoutSeconds: PAGE_NETWORK_TIMEOUT_SECONDS }),
);

// Registered before the precache route, so that pages are network first even when precached.
registerRoute(
	({ request }) => request.mode === 'navigate',
	new NetworkFirst({
		cacheName: 'manual-pages-read',
		networkTimeoutSeconds: PAGE_NETWORK_TIMEOUT_SECONDS,
		matchOptions: { ignoreVary: true },
		plugins: [
			{
				// `/emergency/framework` and `/checklists/x/?run=1` are kept and found as their page.
				cacheKeyWillBeUsed: async ({ request }) => pageKey(new URL(request.url)),
				// Pages read that the precache does not hold are kept as read (above the precache budget).
				cacheWillUpdate: async ({ request, response }) =>
					response.status === 200 && !response.redirected && !precachedPages.has(pageKey(new URL(request.url))) ? response : null,
				cachedResponseWillBeUsed: async ({ request, cachedResponse }) => cachedResponse ?? (await matchPrecache(request.url)),
				handlerDidError: async () => matchPrecache(fallbackPage),
			},
		],
	}),
);

// The search index: network first too, so that online search always matches the pages online
// (a new worker may wait for hours while tabs stay open); offline, the precached index of the
// installed edition. Pagefind asks for its entry file with `?ts=`; the precache holds it without.
registerRoute(
	({ url }) => url.origin === origin && url.pathname.startsWith(`${MANUAL_BASE}pagefind/`),
	new NetworkFirst({
		cacheName: 'manual-search-read',
		networkTimeoutSeconds: PAGE_NETWORK_TIMEOUT_SECONDS,
		plugins: [
			{
				cacheWillUpdate: async () => null,
				cachedResponseWillBeUsed: async ({ request, cachedResponse }) => {
					const url = new URL(request.url);
					url.search = '';
					return cachedResponse ?? (await matchPrecache(url.href));
				},
			},
		],
	}),
);

precacheAndRoute(manifest);
cleanupOutdatedCaches();

// Assets not precached (above the budget, or a chunk a newer page asks for).
registerRoute(
	({ url }) => url.origin === origin && url.pathname.startsWith(`${MANUAL_BASE}_astro/`),
	new CacheFirst({ cacheName: 'manual-assets-read', matchOptions: { ignoreVary: true } }),
);

self.addEventListener('message', (event) => {
	if (event.data?.type === EDITION_REQUEST) event.ports[0]?.postMessage(MANUAL_EDITION);
	if (event.data?.type === SKIP_WAITING_REQUEST) void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			// The hand-written worker before this one kept its copies under manual-offline-…
			for (const name of await caches.keys()) if (name.startsWith('manual-offline-')) await caches.delete(name);
			await self.clients.claim();
		})(),
	);
});
