/**
 * The query planner: what to search for a query, and how to merge what comes back. Pagefind lists
 * only pages that hold every word it knows, so one word a page lacks (“收不回来”, “贷款”) empties
 * the list of a whole-sentence question. When the strict search finds fewer than a handful of
 * pages, each informative word is searched on its own and pages are ranked by the words they
 * hold, each weighted by its rarity (`SearchWeights`: how many pages each word's own search
 * found), after the strict hits, which keep their order. Pure logic: `./planned-search.ts` runs
 * it against Pagefind, and the unit tests against a fake.
 */
import type { LexiconData } from './lexicon.ts';
import { segmentQuery, type QueryWord } from './segment.ts';

/**
 * What the dialog needs from the build to plan a sentence (`./weights.ts`), small enough to fetch
 * on the first sentence searched: the rarities themselves come from Pagefind's own answers.
 */
export interface SearchVocabulary extends LexiconData {
	/** Pages the compounds were counted on. */
	pages: number;
	/**
	 * Words the index holds that the segmenter cuts into single characters even alone (账套 → 账 套),
	 * with the number of pages that hold them: Pagefind, searching 账 and 套, would count every
	 * page that holds both characters anywhere.
	 */
	compounds: Readonly<Record<string, number>>;
}

/** Rarity of the words of a query: how many pages each word's own search found. */
export interface SearchWeights {
	/** Pages in the index. */
	pages: number;
	/** For each word searched on its own, the number of pages that hold it. */
	documentFrequency: Readonly<Record<string, number>>;
}

export type SearchPlan =
	/** Searched once, as given: a quoted phrase, filler alone, or a single word. */
	| { mode: 'strict'; strict: string }
	/**
	 * Strict first; when it finds fewer than `enough` pages, these words one by one. `words` is
	 * `undefined` when planned without the rarities, which a short query does not wait for.
	 */
	| { mode: 'planned'; strict: string; words: readonly WeightedWord[] | undefined };

export interface WeightedWord {
	word: string;
	weight: number;
}

/** With this many strict hits the strict list is good enough on its own. */
export const ENOUGH_STRICT_HITS = 5;

/** A word on more than this share of pages tells almost nothing; searched only when nothing else is left. */
const COMMON_SHARE = 0.6;

/** At most this many words count in the merge, the rarest: a sentence's rarest words say most of what it is about. */
export const MAX_WORD_SEARCHES = 6;

/** Rarity of a word held by `frequency` of `pages` pages: 0 for a word on every page, higher for rarer ones. */
export function rarity(frequency: number, pages: number): number {
	if (frequency <= 0 || pages <= 0) return 0;
	// Pagefind also lists pages the build did not count (the glossary, the paper kit).
	return Math.log((pages + 1) / Math.min(frequency, pages));
}

/**
 * A word searched for one the index lacks but that sounds like it (`./segment.ts`) counts this
 * share of its rarity: its pages rank just below those of the words typed right.
 */
export const RESPELLED_WEIGHT = 0.8;

/**
 * An everyday word (一定, 东西, 要写: in no title, heading, symptom or glossary entry) counts this
 * share of its rarity: rare in the manual, it still says little about which page answers.
 */
export const EVERYDAY_WEIGHT = 0.5;

/** The words of a query the planner works with, once each: none for a quoted phrase or filler alone. */
export function plannableWords(query: string | readonly QueryWord[]): QueryWord[] {
	const words = typeof query === 'string' ? segmentQuery(query) : query;
	const seen = new Set<string>();
	return words.filter(({ word }) => !seen.has(word) && seen.add(word));
}

/**
 * What to search for a query (or its words, as `./segment.ts` cut them with the index's
 * vocabulary). With the rarities, words the index does not hold are not searched on their own
 * (Pagefind would find nothing, after loading an index chunk), very common words fill the places
 * the rarer ones leave, and only the rarest few are searched on their own; the strict search keeps
 * every word typed.
 */
export function planSearch(
	query: string | readonly QueryWord[],
	weights: SearchWeights | undefined,
	telling: (word: string) => boolean = () => true,
): SearchPlan {
	const queryWords = plannableWords(query);
	const typed = queryWords.map(({ word }) => word);
	// A quoted phrase stays exact, and filler alone is searched as typed.
	if (typed.length === 0) return { mode: 'strict', strict: typeof query === 'string' ? query.trim() : '' };
	if (typed.length === 1) return { mode: 'strict', strict: typed[0]! };
	if (weights === undefined) return { mode: 'planned', strict: typed.join(' '), words: undefined };
	const respelled = new Set(queryWords.filter(({ typed: slip }) => slip !== undefined).map(({ word }) => word));
	const words = [...new Set(joinKnownCompounds(typed, (word) => (weights.documentFrequency[word.toLocaleLowerCase('zh-CN')] ?? 0) > 0))];
	// Without a page count every word counts once.
	if (weights.pages === 0) return { mode: 'planned', strict: words.join(' '), words: words.map((word) => ({ word, weight: 1 })) };
	const known = words
		.map((word) => {
			const frequency = weights.documentFrequency[word.toLocaleLowerCase('zh-CN')] ?? 0;
			const factor = (respelled.has(word) ? RESPELLED_WEIGHT : 1) * (telling(word.toLocaleLowerCase('zh-CN')) ? 1 : EVERYDAY_WEIGHT);
			return { word, frequency, weight: rarity(frequency, weights.pages) * factor };
		})
		.filter(({ frequency }) => frequency > 0);
	// Informative words first, rarest first; a single character matches every index word it
	// starts, so it comes after the longer words. Common words fill the places left: with one
	// rare word alone (删), the common ones it comes with (凭证) tell its pages apart.
	const single = (word: string) => [...word].length === 1;
	const common = (frequency: number) => frequency > weights.pages * COMMON_SHARE;
	const rarest = new Set(
		[...known]
			.sort(
				(a, b) =>
					Number(common(a.frequency)) - Number(common(b.frequency)) ||
					Number(single(a.word)) - Number(single(b.word)) ||
					b.weight - a.weight,
			)
			.slice(0, MAX_WORD_SEARCHES)
			.map(({ word }) => word),
	);
	const chosen = known.filter(({ word }) => rarest.has(word));
	if (chosen.length === 0) return { mode: 'strict', strict: typed.join(' ') };
	return {
		mode: 'planned',
		// The strict search keeps every word typed: its few hits hold them all.
		strict: typed.join(' '),
		words: chosen.map(({ word, weight }) => ({ word, weight })),
	};
}

/** A single Chinese character: what the segmenter leaves of a compound it does not know. */
const singleHan = (word: string) => [...word].length === 1 && /\p{Script=Han}/u.test(word);

/**
 * The segmenter cuts a compound it does not know into single characters (账套 becomes 账 and 套);
 * searched on their own, each character matches half the manual. Runs of single characters are
 * joined again, longest first, where `known` says the index holds the compound.
 */
export function joinKnownCompounds(words: readonly string[], known: (word: string) => boolean): string[] {
	const joined: string[] = [];
	for (let at = 0; at < words.length;) {
		let end = at;
		if (singleHan(words[at]!)) {
			for (let next = at + 1; next < words.length && singleHan(words[next]!); next++) {
				if (known(words.slice(at, next + 1).join(''))) end = next;
			}
		}
		joined.push(words.slice(at, end + 1).join(''));
		at = end + 1;
	}
	return joined;
}

/** Rarities from the number of pages each word's own search found. */
export function observedWeights(pages: number, found: ReadonlyMap<string, number>): SearchWeights {
	return { pages, documentFrequency: Object.fromEntries([...found].map(([word, count]) => [word.toLocaleLowerCase('zh-CN'), count])) };
}

/** One search's hits, best first, with Pagefind's score. */
export interface WordHits {
	word: string;
	weight: number;
	hits: readonly { id: string; score: number }[];
}

export interface MergedHit {
	id: string;
	/** The words of the query this page holds, rarest first. */
	words: string[];
	score: number;
	/** The search whose result stands for this page (its excerpt is the one shown): the rarest word that found it. */
	via: string;
}

/** How much of the query's total weight a strict hit gets on top of its words: holding every word is evidence too. */
const STRICT_BONUS = 0.3;

/** A query's telling words: those weighing at least this share of its heaviest. */
const TELLING_SHARE = 0.5;
/** A page holds a word prominently when Pagefind ranks it at least this share of the word's best page. */
const PROMINENT = 0.3;
/**
 * A word whose best page Pagefind scores under this share of the best page of the query's
 * strongest word counts only in proportion: Pagefind found it only inside longer words (不进 in
 * 不进行, 刚 in 刚刚), on few pages, so it looks rare, but no page is about it.
 */
const FRAGMENT_SHARE = 0.05;
/** What a page that holds none of the query's telling words prominently keeps of its score. */
const IN_PASSING = 0.5;

/**
 * Ranks pages by the query words they hold: each word adds its rarity, scaled by how well
 * Pagefind ranked the page for it (a word in the title, synonyms or symptoms counts more than a
 * passing mention), and strict hits, which hold every word, get a bonus. Pages that hold every
 * word only in passing (the glossary, the paper kit) can so fall behind a page made for the
 * question.
 *
 * Specific beats general: a page that holds none of the query's telling (rarest) words
 * prominently keeps half its score, however many of its other words it holds. An overview (the
 * framework, the glossary, a chapter that mentions everything) names the rare word in passing
 * among many common ones; the chapter or checklist about it holds it where it counts.
 *
 * Strict hits keep their order among themselves within each of those two kinds: they take the
 * places their scores earn, in Pagefind's order. `strictWord` names the strict search in `via`.
 */
export function mergeHits(strict: readonly string[], perWord: readonly WordHits[], strictWord: string): MergedHit[] {
	const pages = new Map<string, { words: WeightedWord[]; score: number; prominent: boolean }>();
	const total = perWord.reduce((sum, { weight }) => sum + weight, 0);
	const heaviest = Math.max(0, ...perWord.map(({ weight }) => weight));
	const bestOf = (hits: WordHits['hits']) => Math.max(...hits.map((hit) => hit.score), Number.MIN_VALUE);
	const strongest = Math.max(Number.MIN_VALUE, ...perWord.map(({ hits }) => bestOf(hits)));
	for (const { word, weight: rare, hits } of perWord) {
		const best = bestOf(hits);
		const weight = rare * Math.min(1, best / (strongest * FRAGMENT_SHARE));
		// Whether the word is telling is the rarity's say: a fragment only counts less.
		const telling = rare >= heaviest * TELLING_SHARE;
		for (const hit of hits) {
			const page = pages.get(hit.id) ?? { words: [], score: 0, prominent: false };
			const strength = hit.score / best;
			page.words.push({ word, weight });
			page.score += weight * (0.3 + 0.7 * strength);
			page.prominent ||= telling && strength >= PROMINENT;
			pages.set(hit.id, page);
		}
	}
	const strictSet = new Set(strict);
	const ranked = [...new Set([...strict, ...pages.keys()])]
		.map((id) => {
			const page = pages.get(id);
			const words = (page?.words ?? []).sort((a, b) => b.weight - a.weight).map(({ word }) => word);
			const isStrict = strictSet.has(id);
			const prominent = page?.prominent ?? false;
			return {
				id,
				words,
				score: ((page?.score ?? 0) + (isStrict ? STRICT_BONUS * total : 0)) * (prominent ? 1 : IN_PASSING),
				via: isStrict ? strictWord : (words[0] ?? strictWord),
				prominent,
			};
		})
		.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
	// The places strict hits earned, refilled with them in Pagefind's order, those holding a telling word prominently first.
	const byId = new Map(ranked.map((hit) => [hit.id, hit]));
	const strictInOrder = strict.map((id) => byId.get(id)!).sort((a, b) => Number(b.prominent) - Number(a.prominent));
	let next = 0;
	return ranked.map((hit) => (strictSet.has(hit.id) ? strictInOrder[next++]! : hit)).map(({ prominent: _, ...hit }) => hit);
}
