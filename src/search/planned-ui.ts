/**
 * Starlight's search dialog with this manual's Pagefind UI options (see `./options.ts`) and its
 * query planner (`./planned-search.ts`), drawn by `./pagefind-ui.ts` when a reader opens the
 * dialog; everything else in Starlight's Search component (button, dialog, Ctrl+K, styles) stays
 * Starlight's.
 *
 * Why the planner runs behind Pagefind's own API: the default UI has no hook around its search
 * call (`processTerm` may only rewrite the words), but it loads the API from `bundlePath +
 * 'pagefind.js'`. Handing it a one-line module that exports the planned API keeps Pagefind's UI
 * whole (result list, sub-results, filters, “show more”, wording, Starlight's styles) with no
 * fork, and the UI renders merged results exactly as it renders its own. That module is a
 * static file of the site (a `data:` URL would break the Content-Security-Policy); it reads the
 * API from a global the constructor sets just before.
 */
// @ts-expect-error — @pagefind/default-ui ships no type declarations (Starlight's Search notes the same).
import { PagefindUI as DefaultUI } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
import { href } from '../domain/routes.ts';
import { SEARCH_UNAVAILABLE_EVENT, SEARCH_VOCABULARY_PATH, SEARCHED_EVENT } from './keys.ts';
import { manualOptions, type PagefindUIOptions } from './options.ts';
import { plannedSearch, type PagefindSearchApi } from './planned-search.ts';
import type { SearchVocabulary } from './planner.ts';
import { normaliseQuery } from './query.ts';

const API_KEY = Symbol.for('bookkeeping-manual.planned-pagefind');

/** Where the UI finds its `pagefind.js`: public/search-api/pagefind.js, which exports the planned API. */
const API_BUNDLE = href('/search-api/');

interface PagefindApi extends PagefindSearchApi {
	options: (options: object) => Promise<void>;
	mergeIndex: (url: string, options?: object) => Promise<void>;
	filters: () => Promise<unknown>;
	preload: (term: string, options?: object) => Promise<void>;
	destroy: () => Promise<void>;
}

/** Pagefind's API from the real bundle, with `search` run by the planner. */
async function plannedApi(bundlePath: string): Promise<PagefindApi> {
	// Offline, an index not kept on this device fails to load; Pagefind's UI would then say "正在搜索……" for ever.
	const unavailable = (error: unknown) => {
		document.dispatchEvent(new CustomEvent(SEARCH_UNAVAILABLE_EVENT));
		throw error;
	};
	const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`).catch(unavailable)) as PagefindApi;
	let vocabulary: Promise<SearchVocabulary> | undefined;
	// Fetched on the first search that needs it: a short query usually does not.
	const loadVocabulary = () =>
		(vocabulary ??= fetch(href(SEARCH_VOCABULARY_PATH))
			.then((response) =>
				response.ok ? (response.json() as Promise<SearchVocabulary>) : Promise.reject(new Error(String(response.status))),
			)
			// Without the vocabulary every word counts, and the compounds Pagefind cuts again (账套) go character by character.
			.catch(() => ({ pages: 0, compounds: {} })));
	return {
		options: (options) => pagefind.options(options),
		mergeIndex: (url, options) => pagefind.mergeIndex(url, options),
		filters: () => pagefind.filters(),
		preload: (term, options) => pagefind.preload(normaliseQuery(term), options),
		destroy: () => pagefind.destroy(),
		search: async (term, options) => {
			// A search by filters alone has no words to plan.
			if (term === null) return pagefind.search(null, options);
			const response = await plannedSearch(pagefind, term, options ?? {}, loadVocabulary).catch(unavailable);
			// Each result's text is a fragment of its own, loaded when shown.
			if (response) response.results = response.results.map((result) => ({ ...result, data: () => result.data().catch(unavailable) }));
			document.dispatchEvent(new CustomEvent(SEARCHED_EVENT, { detail: { query: term, count: response?.results.length ?? 0 } }));
			return response;
		},
	};
}

export class PlannedPagefindUI extends DefaultUI {
	constructor(options: PagefindUIOptions & { bundlePath?: string }) {
		const bundlePath = options.bundlePath ?? href('/pagefind/');
		(globalThis as Record<symbol, unknown>)[API_KEY] = () => plannedApi(bundlePath);
		super(manualOptions({ ...options, bundlePath: API_BUNDLE }));
	}
}
