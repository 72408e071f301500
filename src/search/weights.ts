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
import { searchWords } from './index-plan.ts';
import { GLOSSARY_MARK, TELLING_MARK } from './lexicon.ts';
import { readingsFor } from './readings.ts';
import { wordSet } from './word-set.ts';

/** The longest index word a query is cut into, in characters: glossary terms run to six (汇算清缴, 非正常户解除). */
export const MAX_TERM_LENGTH = 6;

const singleHan = (word: string) => [...word].length === 1 && /\p{Script=Han}/u.test(word);

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
	const compounds = [...vocabulary]
		.filter((word) => {
			const pieces = searchWords(word);
			return pieces.length > 1 && pieces.every(singleHan);
		})
		.sort();
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
	const telling = new Set([
		...glossary,
		...[...glossary].flatMap(searchWords),
		...pages.flatMap(({ headline = '' }) => searchWords(headline)),
	]);
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
