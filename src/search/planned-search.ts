/**
 * Runs the query planner (`./planner.ts`) against Pagefind's JS API and answers in Pagefind's own
 * response shape, so Pagefind's default UI renders merged results as it renders its own. The API
 * is passed in: the dialog passes the real one, the unit tests a fake. Pagefind caches the index
 * chunks it loads, and the strict search loads the chunks of every word of the query, so the
 * one-word searches after it download nothing: they only count, and rank, the pages of each word.
 */
import { excerptAround, markWords } from './excerpt.ts';
import { lexicon, type Lexicon } from './lexicon.ts';
import { segmentQuery, type QueryWord } from './segment.ts';
import {
	ENOUGH_STRICT_HITS,
	joinKnownCompounds,
	mergeHits,
	observedWeights,
	plannableWords,
	planSearch,
	type SearchVocabulary,
} from './planner.ts';

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
	/** `null` searches by filters alone: with none, every page. */
	search: (term: string | null, options?: object) => Promise<PagefindResponse | null>;
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

/**
 * The fragment with `note` before its excerpt. Pagefind's UI shows the page's own excerpt only
 * when its first sub-result is the page itself, so one is added where there is none.
 */
function withNote(data: PagefindFragment, note: string): PagefindFragment {
	const excerpt = `${note}：${data.excerpt}`;
	const subResults = data.sub_results ?? [];
	if (subResults.length === 0 || subResults[0]?.['url'] === (data.meta?.['url'] ?? data.url)) return { ...data, excerpt };
	const root = { url: data.url, title: data.meta?.['title'] ?? '', excerpt, locations: [], weighted_locations: [] };
	return { ...data, excerpt, sub_results: [root, ...subResults] };
}

/**
 * A result whose excerpts mark every query word the page holds (none given: as Pagefind marked
 * them), and open with `note` when there is one (按“发票”搜索).
 */
function remarked(result: PagefindResult, words: readonly string[], note = ''): PagefindResult {
	let fragment: Promise<PagefindFragment> | undefined;
	const noted = (data: PagefindFragment) => (note ? withNote(data, note) : data);
	return {
		...result,
		data: () => (fragment ??= result.data().then((data) => noted(words.length > 0 ? explained(data, words) : data))),
	};
}

/** A query of this many words or more is a sentence: it is always ranked word by word. */
export const SENTENCE_WORDS = 5;

/** The lexicon of a vocabulary, built once per vocabulary the dialog loaded. */
const lexicons = new WeakMap<SearchVocabulary, Lexicon>();
function lexiconOf(vocabulary: SearchVocabulary): Lexicon {
	let built = lexicons.get(vocabulary);
	if (!built) lexicons.set(vocabulary, (built = lexicon(vocabulary)));
	return built;
}

/** What a result says first when the page was found by a word the query only sounded like. */
export function respellingNote(respellings: readonly QueryWord[]): string {
	return respellings.map(({ word }) => `按“${word}”搜索`).join('，');
}

/**
 * Searches `query` as the planner says: cut with the index's vocabulary (`./segment.ts`, which
 * also searches a mistyped word as the index word it sounds like), strict first, and when that
 * finds fewer than a handful of pages, every word on its own, merged by rarity after the strict
 * hits. The vocabulary is loaded on the first search, once.
 */
export async function plannedSearch(
	api: PagefindSearchApi,
	query: string,
	options: object,
	loadVocabulary: () => Promise<SearchVocabulary>,
): Promise<PagefindResponse | null> {
	const vocabulary = await loadVocabulary();
	const typed = plannableWords(segmentQuery(query, vocabulary.terms ? lexiconOf(vocabulary) : undefined));
	const respellings = typed.filter(({ typed: slip }) => slip !== undefined);
	const note = respellingNote(respellings);
	const first = planSearch(typed.length > 0 ? typed : query, undefined);
	const strict = await api.search(first.strict, options);
	// A sentence's pages hold its words in every order and sense, and a single character (what the
	// segmenter leaves of a word it does not know: 社保 断 缴) is found anywhere: for either,
	// holding every word says too little, and the words are weighed however many pages hold them all.
	const loose = typed.length >= SENTENCE_WORDS || typed.some(({ word }) => [...word].length === 1);
	if (first.mode === 'strict' || strict === null || (strict.results.length >= ENOUGH_STRICT_HITS && !loose))
		return strict && note ? { ...strict, results: strict.results.map((result) => remarked(result, [], note)) } : strict;
	const shipped = new Map(Object.entries(vocabulary.compounds));
	const held = vocabulary.words || vocabulary.terms ? lexiconOf(vocabulary).holds : () => true;
	const byWord = new Map<string, PagefindResponse>();
	const searchAlone = (words: readonly string[]) =>
		Promise.all(
			words
				.filter((word) => !byWord.has(word))
				.map(async (word) => {
					const response = await api.search(word, options);
					if (response) byWord.set(word, response);
				}),
		);
	// Every word alone, with the compounds the segmenter cut joined again: the strict search has
	// loaded their index chunks, so these download nothing, and the number of pages each finds is
	// its rarity (a compound's comes with the vocabulary: Pagefind would count its characters').
	await searchAlone(
		joinKnownCompounds(
			typed.map(({ word }) => word),
			(word) => (shipped.get(word) ?? 0) > 0,
		).filter((word) => held(word.toLocaleLowerCase('zh-CN'))),
	);
	const everyPage = await api.search(null, {});
	const pages = everyPage?.results.length ?? vocabulary.pages;
	// The build counted the compounds on its own pages, fewer than Pagefind indexes: scaled to Pagefind's.
	const scale = vocabulary.pages > 0 ? pages / vocabulary.pages : 1;
	const found = new Map(
		[...byWord].map(([word, response]) => {
			const compound = shipped.get(word);
			return [word, compound === undefined ? response.results.length : Math.max(1, Math.round(compound * scale))];
		}),
	);
	const plan = planSearch(typed, observedWeights(pages, found), vocabulary.terms ? lexiconOf(vocabulary).isTelling : undefined);
	const words = plan.mode === 'planned' ? (plan.words ?? []) : [];
	if (words.length === 0) return strict;
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
		const said = respellingNote(respellings.filter(({ word }) => matched.includes(word) || via === first.strict));
		return result ? [remarked(result, matched, said)] : [];
	});
	// Filter counts: those of the search that found the most pages, the closest to the merged list.
	const chosen = words.map(({ word }) => byWord.get(word)).filter((response) => response !== undefined);
	const widest = [strict, ...chosen].reduce((a, b) => (b.results.length > a.results.length ? b : a));
	return { ...strict, results, unfilteredResultCount: results.length, filters: widest.filters, totalFilters: widest.totalFilters };
}
