/**
 * Build time only: the readings (toneless pinyin) the search dialog needs to hear a slip of
 * pinyin input (发飘 for 发票, 深报 for 申报). The dialog carries no pinyin library: the build asks
 * `pinyin-pro` once and ships, per syllable, the characters that can be read so. A syllable no
 * word of the index has cannot make a typed word sound like one, so only those are kept; the
 * characters are the ones staff can type by mistake (the 3,755 common characters of GB 2312, which
 * a pinyin keyboard offers first) and every character of the index's words.
 */
import { pinyin } from 'pinyin-pro';
import type { Readings } from './lexicon.ts';

/** Every toneless reading of one character (行: xing, hang, heng). */
function characterReadings(character: string): string[] {
	const readings = pinyin(character, { toneType: 'none', type: 'array', multiple: true, v: true });
	return [...new Set(readings.filter((reading) => /^[a-z]+$/.test(reading)))];
}

/** The common characters of GB 2312 (level 1, ordered by reading), decoded from their code points. */
function commonCharacters(): string[] {
	const decoder = new TextDecoder('gb2312');
	const characters: string[] = [];
	// Level 1 runs from row 0xB0 to 0xD7 (whose last five cells are empty).
	for (let row = 0xb0; row <= 0xd7; row++)
		for (let cell = 0xa1; cell <= 0xfe; cell++) {
			const character = decoder.decode(new Uint8Array([row, cell]));
			if (/^\p{Script=Han}$/u.test(character)) characters.push(character);
		}
	return characters;
}

/**
 * The readings table for the words of the index: for each syllable some word's characters can be
 * read as, the characters (common ones and the words' own) that can be read so.
 */
export function readingsFor(words: Iterable<string>): Readings {
	const own = new Set([...words].flatMap((word) => [...word]).filter((character) => /\p{Script=Han}/u.test(character)));
	const syllables = new Set([...own].flatMap(characterReadings));
	const table = new Map<string, Set<string>>();
	for (const character of new Set([...commonCharacters(), ...own]))
		for (const reading of characterReadings(character)) {
			if (!syllables.has(reading)) continue;
			const characters = table.get(reading) ?? new Set<string>();
			characters.add(character);
			table.set(reading, characters);
		}
	return Object.fromEntries(
		[...table].sort(([a], [b]) => a.localeCompare(b)).map(([reading, characters]) => [reading, [...characters].join('')]),
	);
}
