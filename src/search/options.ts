/**
 * The Pagefind UI options this manual sets on top of Starlight's. Starlight builds its `PagefindUI`
 * from a fixed option set (only `ranking`, `indexWeight` and `mergeIndex` are configurable), so
 * `./pagefind-ui.ts` applies these when Starlight's Search component constructs the UI.
 */
import { HIDDEN_META } from './keys.ts';

export interface SearchResultData {
	meta: Record<string, string>;
}

export interface PagefindUIOptions {
	processResult?: ((result: SearchResultData) => SearchResultData | void) | undefined;
	translations?: Record<string, string> | undefined;
	[option: string]: unknown;
}

/**
 * The dialog's wording. Pagefind UI (1.5, as bundled by Starlight) is meant to pick its language
 * from `<html lang>` but shows English whatever the page's language, and Starlight's zh-CN
 * translations have no Pagefind strings, so the manual sets them itself.
 */
export const DIALOG_STRINGS: Readonly<Record<string, string>> = {
	clear_search: '清除',
	load_more: '显示更多结果',
	search_label: '搜索手册',
	filters_label: '筛选',
	zero_results: '没有找到与“[SEARCH_TERM]”相关的内容',
	many_results: '“[SEARCH_TERM]”共有 [COUNT] 个结果',
	one_result: '“[SEARCH_TERM]”共有 [COUNT] 个结果',
	alt_search: '没有找到与“[SEARCH_TERM]”相关的内容，以下是“[DIFFERENT_TERM]”的结果',
	search_suggestion: '没有找到与“[SEARCH_TERM]”相关的内容，可以换个说法试试：',
	searching: '正在搜索“[SEARCH_TERM]”……',
};

/** Pause after the last keystroke before searching. */
export const SEARCH_DEBOUNCE_MS = 120;

/** Results shown before Pagefind's “show more” button. */
export const PAGE_SIZE = 3;

/** The query planner (see `./pagefind-ui.ts`) drops the filler of everyday questions itself, so `processTerm` is not set. */
export function manualOptions(options: PagefindUIOptions): PagefindUIOptions {
	const starlightProcessResult = options.processResult;
	return {
		...options,
		translations: { ...DIALOG_STRINGS, ...options.translations },
		// Pagefind UI waits 300 ms after the last keystroke. Chinese arrives a committed word (or a
		// dictated sentence) at a time, not letter by letter, so a shorter pause rarely starts a
		// search for half a query, and the results follow the last word sooner.
		debounceTimeoutMs: SEARCH_DEBOUNCE_MS,
		// Run the search in the page: for a manual this size a worker only adds a download to the first search.
		noWorker: true,
		// Every result shown downloads its page's text; three fit in the dialog, and three is what
		// relevance is held to. The rest are behind the “show more” button.
		pageSize: PAGE_SIZE,
		// Show the result's type and part; never the word lists a page is matched by.
		processResult: (result: SearchResultData) => {
			const processed = starlightProcessResult?.(result) ?? result;
			for (const key of HIDDEN_META) delete processed.meta[key];
			return processed;
		},
		// Filter groups start folded so results stay near the top on a phone; empty values are hidden.
		showEmptyFilters: false,
	};
}
