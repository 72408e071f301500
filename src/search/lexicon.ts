/**
 * The index's own words as the search dialog knows them (shipped by `./weights.ts`): whether the
 * index holds a word, and which of its words a word not in it sounds like. Pure logic: the
 * dialog builds one from `search-vocabulary.json`, the unit tests from a few words.
 *
 * A typed word sounds like an index word when, character by character, some reading of each
 * typed character is a reading of the index word's character (toneless: a pinyin keyboard slip
 * keeps the syllables and loses the tone). Polyphones count every reading on both sides, which
 * errs towards finding a word; the caller only asks for words the index does not hold.
 */
import { wordLookup, type WordSet } from './word-set.ts';

/** Characters per toneless syllable (written by `./readings.ts` at build time). */
export type Readings = Record<string, string>;

/** Marks a glossary term in the shipped list of terms (cheaper than a second list). */
export const GLOSSARY_MARK = '+';
/** Marks a term some page is about (in a title, description, heading or hidden list). */
export const TELLING_MARK = '*';

export interface Lexicon {
	/** Whether the index holds this word (lower case). */
	holds: (word: string) => boolean;
	/** Whether it is one of the index's words of two characters or more, which a query is cut into. */
	isTerm: (word: string) => boolean;
	/** The longest such word, in characters. */
	longestTerm: number;
	/** The index words that sound like `word`, same length, best first; empty for a word the index holds. */
	soundsLike: (word: string) => string[];
	/** Whether the word is one of the glossary's terms or synonyms: the manual's own vocabulary. */
	isGlossaryTerm: (word: string) => boolean;
	/**
	 * Whether a word says what a query is about: a term in some page's title, description or
	 * headings, a glossary term, or a word of another kind (Latin, digits); `false` for the
	 * everyday words the manual only uses in passing (一定, 东西) and for single characters.
	 */
	isTelling: (word: string) => boolean;
}

export interface LexiconData {
	/**
	 * The index's words of two to six Chinese characters, separated by spaces; those that are the
	 * glossary's terms or synonyms (the manual's own vocabulary) marked with `GLOSSARY_MARK`, the
	 * other words some page is about with `TELLING_MARK`.
	 */
	terms?: string;
	/** Characters per toneless syllable (`./readings.ts`). */
	readings?: Readings;
	/** Every word of the index, as a compact set (`./word-set.ts`). */
	words?: WordSet;
	/** Pages holding each compound the segmenter cuts into characters (账套, 帐套): of two that sound alike, the commoner is taken. */
	compounds?: Readonly<Record<string, number>>;
}

/** At most this many readings of one word are looked up: a word of many polyphones would have hundreds. */
const MAX_KEYS = 32;

function keysOf(word: string, readingsOf: (character: string) => readonly string[]): string[] {
	let keys = [''];
	for (const character of word) {
		const readings = readingsOf(character);
		if (readings.length === 0) return [];
		keys = keys.flatMap((key) => readings.map((reading) => (key ? `${key} ${reading}` : reading))).slice(0, MAX_KEYS);
	}
	return keys;
}

function sharedCharacters(a: string, b: string): number {
	const left = [...a];
	return [...b].filter((character, at) => left[at] === character).length;
}

export function lexicon(data: LexiconData): Lexicon {
	const terms = new Set<string>();
	const glossary = new Set<string>();
	const telling = new Set<string>();
	for (const listed of data.terms ? data.terms.split(' ') : []) {
		const mark = listed[0] === GLOSSARY_MARK || listed[0] === TELLING_MARK ? listed[0] : '';
		const term = listed.slice(mark.length);
		terms.add(term);
		if (mark === GLOSSARY_MARK) glossary.add(term);
		if (mark) telling.add(term);
	}
	const inSet = data.words ? wordLookup(data.words) : () => true;
	const readings = new Map<string, string[]>();
	for (const [reading, characters] of Object.entries(data.readings ?? {}))
		for (const character of characters) readings.set(character, [...(readings.get(character) ?? []), reading]);
	const readingsOf = (character: string) => readings.get(character) ?? [];
	// Built on first use: a query the index holds every word of never needs it.
	let bySound: Map<string, string[]> | undefined;
	const soundIndex = () => {
		if (bySound) return bySound;
		bySound = new Map();
		for (const term of terms) for (const key of keysOf(term, readingsOf)) bySound.set(key, [...(bySound.get(key) ?? []), term]);
		return bySound;
	};
	const isTerm = (word: string) => terms.has(word);
	const longestTerm = Math.max(0, ...[...terms].map((term) => [...term].length));
	// Words of the terms' kind are known exactly; the compact set, wrong one time in a hundred, answers for the rest.
	const termLike = (word: string) =>
		terms.size > 0 && /^\p{Script=Han}+$/u.test(word) && [...word].length >= 2 && [...word].length <= longestTerm;
	return {
		holds: (word) => isTerm(word) || (!termLike(word) && inSet(word)),
		isTerm,
		longestTerm,
		isGlossaryTerm: (word) => glossary.has(word),
		// A lone Chinese character is mostly what the segmenter leaves of a word it does not know (刚, 活).
		isTelling: (word) => (termLike(word) ? telling.has(word) : !/^\p{Script=Han}$/u.test(word)),
		soundsLike: (word) => {
			const length = [...word].length;
			if (length < 2 || isTerm(word)) return [];
			const found = new Set(keysOf(word, readingsOf).flatMap((key) => soundIndex().get(key) ?? []));
			// Two characters sound alike too often by chance: a slip keeps one of them (发飘, 深报).
			const candidates = [...found].filter((term) => length > 2 || sharedCharacters(word, term) > 0);
			const pages = (term: string) => data.compounds?.[term] ?? 0;
			return candidates.sort((a, b) => sharedCharacters(word, b) - sharedCharacters(word, a) || pages(b) - pages(a) || a.localeCompare(b));
		},
	};
}
