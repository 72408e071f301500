/**
 * Cuts a query into the words to search, with the index's own vocabulary (`./lexicon.ts`). The
 * browser's segmenter does not know the manual's compounds (汇算清缴 becomes 汇 算 清 交 when
 * mistyped, 账套 becomes 账 套 even when typed right), and Pagefind ignores a word no page holds,
 * so a pinyin slip (发飘, 深报) would silently drop the word the query is about. Within each run of
 * Chinese characters the longest word the index holds is taken; where none starts, a word that
 * sounds like one the index holds is searched as that word.
 */
import type { Lexicon } from './lexicon.ts';
import { COMPOUND_TAILS, isFiller, isQuoted, queryWords, withoutFillerPhrases } from './query.ts';

export interface QueryWord {
	/** The word to search. */
	word: string;
	/** What was typed, when the index lacks it and `word` is the index word it sounds like. */
	typed?: string;
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const han = (text: string) => /^\p{Script=Han}+$/u.test(text);

interface Token {
	text: string;
	start: number;
	end: number;
}

/** The query's subject words, as the segmenter cuts them, in runs of adjacent Chinese words. */
function runs(query: string): (Token[] | string)[] {
	const text = withoutFillerPhrases(query);
	const found: (Token[] | string)[] = [];
	let run: Token[] = [];
	const close = () => {
		if (run.length > 0) found.push(run);
		run = [];
	};
	for (const { segment, index, isWordLike } of segmenter.segment(text)) {
		const word = segment.toLocaleLowerCase('zh-CN');
		if (!isWordLike || isFiller(word)) {
			close();
			continue;
		}
		if (!han(word)) {
			close();
			found.push(word);
			continue;
		}
		if (run.length > 0 && run.at(-1)!.end !== index) close();
		run.push({ text: word, start: index, end: index + segment.length });
	}
	close();
	return found;
}

/** A run cut at its longest index words, mistyped words searched as the index words they sound like. */
function cutRun(tokens: readonly Token[], lexicon: Lexicon): QueryWord[] {
	const offset = tokens[0]!.start;
	const text = tokens.map((token) => token.text).join('');
	const characters = [...text];
	// Positions in characters: tokens are Han, one UTF-16 unit per character, save the rare astral one.
	const toCharacter = (unit: number) => [...text.slice(0, unit - offset)].length;
	const bounds = tokens.map((token) => ({ start: toCharacter(token.start), end: toCharacter(token.end), text: token.text }));
	const boundary = new Set(bounds.flatMap(({ start, end }) => [start, end]));
	// A typed word the index holds is never cut into, by a longer word or a respelling.
	const held = bounds.filter(({ text: word, start, end }) => end - start > 1 && lexicon.holds(word));
	const cutsHeld = (from: number, to: number) => held.some(({ start, end }) => start < to && end > from && (start < from || end > to));
	const words: QueryWord[] = [];
	for (let at = 0; at < characters.length;) {
		const longest = Math.min(lexicon.longestTerm, characters.length - at);
		const span = (length: number) => characters.slice(at, at + length).join('');
		let exact = 0;
		// The longest index word from here that keeps the segmenter's own words whole (月|报税 is
		// not cut into 月报|税, though 月报 is an index word too).
		for (let length = longest; length >= 2 && exact === 0; length--)
			if (lexicon.isTerm(span(length)) && !cutsHeld(at, at + length)) exact = length;
		// A slip may also follow a word the index holds (跨区与 for 跨区域): a longer respelling wins
		// only when it keeps that word as it was typed.
		let respelled: QueryWord | undefined;
		for (let length = longest; length > Math.max(exact, 1) && !respelled; length--) {
			if (!boundary.has(at + length) || cutsHeld(at, at + length)) continue;
			const typed = span(length);
			// A word the segmenter knows (一堆, 往上) is meant as typed, unless it sounds like one of the
			// manual's own terms (稽察 for 稽查): everyday words would otherwise turn into the manual's.
			const known = bounds.some(({ start, end }) => start === at && end === at + length);
			const sound = lexicon
				.soundsLike(typed)
				.find((word) => (exact === 0 || word.startsWith(span(exact))) && (!known || lexicon.isGlossaryTerm(word)));
			if (sound) respelled = { word: sound, typed };
		}
		if (respelled) {
			words.push(respelled);
			at += [...respelled.typed!].length;
		} else if (exact > 0) {
			words.push({ word: span(exact) });
			at += exact;
		} else {
			// The segmenter's own word from here, or what is left of it.
			const end = bounds.find(({ start, end }) => start <= at && at < end)?.end ?? at + 1;
			words.push({ word: characters.slice(at, end).join('') });
			at = end;
		}
	}
	return words;
}

/** Drops a stray character the segmenter split off the end of a compound it did not know (办公|室). */
function withoutTails(words: readonly QueryWord[]): QueryWord[] {
	return words.filter(({ word, typed }, at) => typed || !COMPOUND_TAILS.has(word) || [...(words[at - 1]?.word ?? '')].length <= 1);
}

/**
 * The words of a query to search, in order, without filler; empty for a quoted phrase (searched
 * as typed) or a query of filler alone. Without a lexicon, the segmenter's words as they are.
 */
export function segmentQuery(query: string, lexicon?: Lexicon): QueryWord[] {
	if (isQuoted(query)) return [];
	if (!lexicon) return queryWords(query).map((word) => ({ word }));
	return runs(query).flatMap((run) => (typeof run === 'string' ? [{ word: run }] : withoutTails(cutRun(run, lexicon))));
}
