/**
 * Pagefind filter and metadata keys shared by the build (which writes them) and the search dialog
 * (which shows some and hides others). Kept apart from `search-index.ts` so the browser bundle
 * stays small.
 */
export const SEARCH_KEYS = {
	/** 章节, 清单, 术语 or 资料: a filter, and a label on each result. */
	type: '类型',
	/** 运营, 应急 or 培训: a filter, and a label on each result. */
	part: '部分',
	/** Glossary words of the concepts the page is about: matched, never shown. */
	synonyms: 'synonyms',
	/** The symptom phrases of the page's checklist (`symptoms:`), as staff say them: matched, never shown here. */
	symptoms: 'symptoms',
	/** The page's title and description cut into words as a query is: matched, never shown. */
	summary: 'summary',
} as const;

/** Metadata that must never be displayed on a result: it exists only to be matched. */
export const HIDDEN_META: readonly string[] = [SEARCH_KEYS.synonyms, SEARCH_KEYS.symptoms, SEARCH_KEYS.summary];

/** Site path of the page count and compounds the query planner needs (written by `src/pages/search-vocabulary.json.ts`). */
export const SEARCH_VOCABULARY_PATH = '/search-vocabulary.json';

/** The event the dialog sends on `document` after each search, with `{ query, count }`: the empty state listens. */
export const SEARCHED_EVENT = 'manual:searched';

/** Sent on `document` when the index cannot be loaded (offline before it was kept on this device): the dialog says so. */
export const SEARCH_UNAVAILABLE_EVENT = 'manual:search-unavailable';
