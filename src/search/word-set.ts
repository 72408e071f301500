/**
 * A compact set of the index's words (a Bloom filter) for the query planner: whether a word of a
 * query is one the manual's text holds. Pagefind matches a word against the start of its own
 * index words, which its indexer cuts differently from the browser, so a query fragment the text
 * never holds as a word (跟上, from 跟上个月) can still find a page or two and would then weigh as a
 * rare, telling word. The list of words itself would cost 17 KB gzip; this set costs about a
 * third of that, and says “held” for one word in a hundred it does not hold.
 */

export interface WordSet {
	/** The filter's bits, base64. */
	bits: string;
	/** Number of bits. */
	size: number;
	/** Bits set per word. */
	hashes: number;
}

/** One word in this many not in the set is taken for one in it. */
const FALSE_POSITIVE_RATE = 0.01;

/** Two 32-bit FNV-1a hashes of the word's UTF-16 code units, for double hashing. */
function hashPair(word: string): [number, number] {
	let a = 0x811c9dc5;
	let b = 0x01000193;
	for (let at = 0; at < word.length; at++) {
		const unit = word.charCodeAt(at);
		a = Math.imul(a ^ unit, 0x01000193) >>> 0;
		b = Math.imul(b ^ unit, 0x5bd1e995) >>> 0;
	}
	return [a, b | 1];
}

function positions(word: string, size: number, hashes: number): number[] {
	const [a, b] = hashPair(word);
	return Array.from({ length: hashes }, (_, at) => (a + Math.imul(at, b)) >>> 0).map((hash) => hash % size);
}

export function wordSet(words: Iterable<string>): WordSet {
	const unique = [...new Set(words)];
	const size = Math.max(64, Math.ceil((-unique.length * Math.log(FALSE_POSITIVE_RATE)) / Math.LN2 ** 2 / 8) * 8);
	const hashes = Math.max(1, Math.round((size / Math.max(1, unique.length)) * Math.LN2));
	const bytes = new Uint8Array(size / 8);
	for (const word of unique) for (const bit of positions(word, size, hashes)) bytes[bit >> 3]! |= 1 << (bit & 7);
	return { bits: btoa(String.fromCharCode(...bytes)), size, hashes };
}

/** Whether the set holds a word (or, rarely, a word that only shares its bits). */
export function wordLookup(set: WordSet): (word: string) => boolean {
	const bytes = atob(set.bits);
	return (word) => positions(word, set.size, set.hashes).every((bit) => (bytes.charCodeAt(bit >> 3) & (1 << (bit & 7))) !== 0);
}
