/**
 * Runs the query planner (`./planner.ts`) against Pagefind's JS API and answers in Pagefind's own
 * response shape, so Pagefind's default UI renders merged results as it renders its own. The API
 * is passed in: the dialog passes the real one, the unit tests a fake. Pagefind caches the index
 * chunks it loads, so the one-word searches after the strict one mostly reuse them.
 */
import { excerptAround, markWords } from './excerpt.ts';
import { ENOUGH_STRICT_HITS, mergeHits, plannableWords, planSearch, SENTENCE_WORDS, type SearchWeights } from './planner.ts';

/** What a page's result resolves to (the fields this module touches; Pagefind sends more). */
export interface PagefindFragment {
	url: string;
	excerpt: string;
	/** The page's plain text. */
	content?: string;
	meta?: Record<string, string>;
	sub_results?: { excerpt: string; [field: string]: unknown }[];
	[field: string]: unknown;
}

export interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<PagefindFragment>;
	[field: string]: unknown;
}

export interface PagefindResponse {
	results: PagefindResult[];
	unfilteredResultCount: number;
	filters?: unknown;
	totalFilters?: unknown;
	[field: string]: unknown;
}

export interface PagefindSearchApi {
	search: (term: string, options?: object) => Promise<PagefindResponse | null>;
}

/** The fragment with every query word the page holds marked, in an excerpt of its text when Pagefind's has none. */
function explained(data: PagefindFragment, words: readonly string[]): PagefindFragment {
	const excerpt = markWords(data.excerpt, words);
	const subResults = data.sub_results?.map((sub) => ({ ...sub, excerpt: markWords(sub.excerpt, words) }));
	if (excerpt.includes('<mark>') || subResults?.some((sub) => sub.excerpt.includes('<mark>')))
		return { ...data, excerpt, ...(subResults ? { sub_results: subResults } : {}) };
	// Found by its synonyms or symptoms: show where its text says so, as the page's own (root) sub-result.
	const around = excerptAround(data.content ?? '', words);
	if (around === undefined) return data;
	const root = { url: data.url, title: data.meta?.['title'] ?? '', excerpt: around, locations: [], weighted_locations: [] };
	return { ...data, excerpt: around, sub_results: [root, ...(subResults ?? [])] };
}

/** A result whose excerpts mark every query word the page holds. */
function remarked(result: PagefindResult, words: readonly string[]): PagefindResult {
	let fragment: Promise<PagefindFragment> | undefined;
	return { ...result, data: () => (fragment ??= result.data().then((data) => explained(data, words))) };
}

/**
 * Searches `query` as the planner says: strict first, and when that finds fewer than a handful of
 * pages, every informative word on its own, merged by rarity after the strict hits. The rarities
 * are loaded only when needed: before the strict search of a sentence, after it for a short query.
 */
export async function plannedSearch(
	api: PagefindSearchApi,
	query: string,
	options: object,
	loadWeights: () => Promise<SearchWeights>,
): Promise<PagefindResponse | null> {
	const first = planSearch(query, plannableWords(query).length >= SENTENCE_WORDS ? await loadWeights() : undefined);
	const strict = await api.search(first.strict, options);
	if (first.mode === 'strict' || strict === null || strict.results.length >= ENOUGH_STRICT_HITS) return strict;
	const plan = first.words === undefined ? planSearch(query, await loadWeights()) : first;
	const words = plan.mode === 'planned' ? (plan.words ?? []) : [];
	if (words.length === 0) return strict;
	const responses = await Promise.all(words.map(({ word }) => api.search(word, options)));
	const byWord = new Map<string, PagefindResponse>();
	words.forEach(({ word }, at) => {
		const response = responses[at];
		if (response) byWord.set(word, response);
	});
	const merged = mergeHits(
		strict.results.map((result) => result.id),
		words.map(({ word, weight }) => ({ word, weight, hits: byWord.get(word)?.results ?? [] })),
		first.strict,
	);
	const resultOf = (id: string, via: string) =>
		(via === first.strict ? strict : byWord.get(via))?.results.find((result) => result.id === id) ??
		strict.results.find((result) => result.id === id);
	const results = merged.flatMap(({ id, via, words: matched }) => {
		const result = resultOf(id, via);
		return result ? [remarked(result, matched)] : [];
	});
	// Filter counts: those of the search that found the most pages, the closest to the merged list.
	const widest = [strict, ...byWord.values()].reduce((a, b) => (b.results.length > a.results.length ? b : a));
	return { ...strict, results, unfilteredResultCount: results.length, filters: widest.filters, totalFilters: widest.totalFilters };
}
