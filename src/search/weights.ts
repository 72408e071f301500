/**
 * What the query planner (`./planner.ts`) needs from the build to plan a sentence. The rarity of
 * each word comes from Pagefind itself (how many pages its own search finds, at no extra
 * download). The build adds what Pagefind cannot say: which words the manual holds at all
 * (a compact set: Pagefind's prefix matching finds a page or two for fragments no page holds as
 * a word), and the compounds (账套, 蓝屏) the segmenter cuts into single characters even alone,
 * which the index holds whole as the words of the hidden lists (synonyms, symptoms) are indexed,
 * with how many pages hold each: Pagefind cannot search them whole to count them. Shipped as a small
 * JSON file: it used to list every index word with its page count (21 KB gzip), more than a
 * sentence typed after another query may download altogether.
 */
import type { SearchVocabulary } from './planner.ts';
import { FUNCTION_WORDS, searchWords } from './index-plan.ts';
import { FILLER_WORDS } from './query.ts';
import { GLOSSARY_MARK, TELLING_MARK } from './lexicon.ts';
import { readingsFor } from './readings.ts';
import { wordSet } from './word-set.ts';

/** The longest index word a query is cut into, in characters: glossary terms run to six (汇算清缴, 非正常户解除). */
export const MAX_TERM_LENGTH = 6;

const singleHan = (word: string) => [...word].length === 1 && /\p{Script=Han}/u.test(word);

/**
 * A run of single characters the segmenter leaves of a word it does not know (社|保, 注|销, 开|票)
 * is a word of the manual when it recurs on at least this many pages: said once, it is mostly
 * two words that happen to meet (和|社).
 */
export const RECURRING_PAGES = 3;
/** The longest such run, in characters. */
const RUN_LENGTH = 4;

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
/** A character that joins or carries no subject (的, 和, 了): never part of a word found this way. */
const joining = (character: string) => FILLER_WORDS.has(character) || FUNCTION_WORDS.has(character);

/**
 * The words the segmenter cuts into single characters wherever the text says them (社保, 注销,
 * 开票, 网银): runs of two to four adjacent single characters, none a joining word, recurring on
 * `RECURRING_PAGES` pages. Without them a query's subject (社保断缴, 注销) is searched character
 * by character, each matching half the manual, and its pages are not told apart.
 */
export function recurringRuns(texts: readonly string[]): string[] {
	const pagesOf = new Map<string, number>();
	for (const text of texts) {
		const seen = new Set<string>();
		let run: string[] = [];
		let end = -1;
		const close = () => {
			for (let from = 0; from < run.length; from++)
				for (let to = from + 2; to <= Math.min(run.length, from + RUN_LENGTH); to++) seen.add(run.slice(from, to).join(''));
			run = [];
		};
		for (const { segment, index, isWordLike } of segmenter.segment(text)) {
			const single = isWordLike && singleHan(segment) && !joining(segment);
			if (!single || index !== end) close();
			if (single) run.push(segment);
			end = index + segment.length;
		}
		close();
		for (const word of seen) pagesOf.set(word, (pagesOf.get(word) ?? 0) + 1);
	}
	return [...pagesOf].filter(([, pages]) => pages >= RECURRING_PAGES).map(([word]) => word);
}

/** One page as the vocabulary is counted. */
export interface VocabularyPage {
	/** Everything the index holds as text. */
	text: string;
	/** The words of its hidden lists (synonyms, symptoms). */
	words?: readonly string[];
	/** Its title, description and headings: where a page says what it is about. */
	headline?: string;
}

/**
 * `pages`: each page's text, hidden words and headline; `glossaryForms`: the glossary's terms
 * and synonyms, which a query keeps whole (the hidden lists also hold whole symptom phrases,
 * which are sentences, not words).
 */
export function searchVocabulary(pages: readonly VocabularyPage[], glossaryForms: readonly string[] = []): SearchVocabulary {
	const texts = pages.map(({ text, words = [] }) => `${text}\n${words.join(' ')}`.toLocaleLowerCase('zh-CN'));
	// Words as a query is cut, and the words of the hidden lists as they are indexed.
	const vocabulary = new Set([
		...texts.flatMap(searchWords),
		...pages.flatMap(({ words = [] }) => words.map((word) => word.toLocaleLowerCase('zh-CN'))),
	]);
	const compounds = [
		...new Set([
			...[...vocabulary].filter((word) => {
				const pieces = searchWords(word);
				return pieces.length > 1 && pieces.every(singleHan);
			}),
			...recurringRuns(texts),
		]),
	].sort();
	const termLength = (word: string) => /^\p{Script=Han}+$/u.test(word) && [...word].length >= 2 && [...word].length <= MAX_TERM_LENGTH;
	// The words the segmenter keeps, the compounds it cuts into characters (账套) and the glossary's terms.
	const terms = [
		...new Set(
			[...texts.flatMap(searchWords), ...compounds, ...glossaryForms.map((form) => form.toLocaleLowerCase('zh-CN'))].filter(termLength),
		),
	].sort();
	const glossary = new Set(glossaryForms.map((form) => form.toLocaleLowerCase('zh-CN')));
	// Words some page is about: in a headline (title, description, heading) or the glossary. The
	// others (一定, 东西, 要写) are everyday words the manual happens to use on few pages; the
	// symptoms, written as staff talk, are full of them too.
	// A verb the segmenter kept with its 了 (做了, 签了) says what happened, not what about, unless
	// the glossary has it whole (坏了).
	const aspect = (word: string) => [...word].length === 2 && word.endsWith('了') && !glossary.has(word);
	const telling = new Set(
		[...glossary, ...[...glossary].flatMap(searchWords), ...pages.flatMap(({ headline = '' }) => searchWords(headline))].filter(
			(word) => !aspect(word),
		),
	);
	const marked = (term: string) => (glossary.has(term) ? `${GLOSSARY_MARK}${term}` : telling.has(term) ? `${TELLING_MARK}${term}` : term);
	return {
		pages: texts.length,
		terms: terms.map(marked).join(' '),
		readings: readingsFor(terms),
		compounds: Object.fromEntries(compounds.map((word) => [word, texts.filter((text) => text.includes(word)).length])),
		// The terms are listed exactly; the compact set answers for the other words (single characters, Latin, long phrases).
		words: wordSet([...vocabulary].filter((word) => !termLength(word))),
	};
}
