import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readText } from '../text.ts';
import { problem, type ContentProblem } from '../problem.ts';

/**
 * The manual takes facts from the source articles, never sentences. Any run of WINDOW
 * consecutive letters or digits (punctuation and spaces ignored) shared with a source is a copy.
 */
export const WINDOW = 14;

/**
 * The sources' fingerprints shipped in the repository: a hash of every WINDOW-long run of the
 * sources' text, never the text, so the check runs wherever it runs (a CI runner has no
 * ../shared/seeds). Regenerate with `node scripts/originality-fingerprints.ts` when the sources change.
 */
export const SHIPPED_FINGERPRINTS = join(import.meta.dirname, 'source-fingerprints.txt');

/** Keeps letters and digits (Han included) so changed punctuation cannot hide a copy. */
export function normalise(text: string): string {
	return text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Two Rabin–Karp rolling hashes (moduli just under 2^26, so every product stays exact in a double),
 * joined into one 52-bit fingerprint per window: each step adds a character and drops one, so
 * hashing all of the manual's windows costs one pass over its text.
 */
const P1 = 67108859;
const P2 = 67108837;
const BASE = 1000003;

/** BASE^(window−1) mod p: what the leaving character weighs. */
function leadingWeight(p: number, window: number): number {
	let weight = 1;
	for (let i = 1; i < window; i++) weight = (weight * BASE) % p;
	return weight;
}

/** The fingerprint of every WINDOW-long run of `text` (normalised), in order. */
export function windowFingerprints(text: string, window = WINDOW): number[] {
	const codes = Array.from(normalise(text), (char) => char.codePointAt(0)!);
	const w1 = leadingWeight(P1, window);
	const w2 = leadingWeight(P2, window);
	const result: number[] = [];
	let h1 = 0;
	let h2 = 0;
	for (let i = 0; i < codes.length; i++) {
		if (i >= window) {
			const leaving = codes[i - window]!;
			h1 = (h1 - ((leaving * w1) % P1) + P1) % P1;
			h2 = (h2 - ((leaving * w2) % P2) + P2) % P2;
		}
		h1 = (h1 * BASE + codes[i]!) % P1;
		h2 = (h2 * BASE + codes[i]!) % P2;
		if (i >= window - 1) result.push(h1 * 67108864 + h2);
	}
	return result;
}

/** The fingerprint of every WINDOW-long slice of the sources' normalised text. */
export function sourceWindows(sources: readonly string[], window = WINDOW): Set<number> {
	const windows = new Set<number>();
	for (const text of sources) for (const print of windowFingerprints(text, window)) windows.add(print);
	return windows;
}

/** Passages of `text` that repeat a source, merged into maximal runs. */
export function copiedPassages(text: string, windows: ReadonlySet<number>, window = WINDOW): string[] {
	const chars = Array.from(normalise(text));
	const prints = windowFingerprints(text, window);
	const passages: string[] = [];
	let start = -1;
	let end = -1;
	prints.forEach((print, i) => {
		if (!windows.has(print)) return;
		if (start >= 0 && i <= end) end = i + window;
		else {
			if (start >= 0) passages.push(chars.slice(start, end).join(''));
			start = i;
			end = i + window;
		}
	});
	if (start >= 0) passages.push(chars.slice(start, end).join(''));
	return passages;
}

/** The source articles' text (`*.txt` in `sourcesDir`). */
export function readSources(sourcesDir: string): string[] {
	return readdirSync(sourcesDir)
		.filter((name) => name.endsWith('.txt'))
		.sort()
		.map((name) => readFileSync(join(sourcesDir, name), 'utf8'));
}

/** The fingerprints file: comment lines start with #, then one fingerprint a line. */
export function formatFingerprints(windows: ReadonlySet<number>): string {
	return [
		'# Fingerprints of the source articles for the originality check: a hash of every 14-character run',
		'# of their letters and digits, never their text. Regenerate: node scripts/originality-fingerprints.ts',
		...[...windows].sort((a, b) => a - b).map((print) => print.toString(36)),
		'',
	].join('\n');
}

export function readFingerprints(file: string): Set<number> {
	return new Set(
		readFileSync(file, 'utf8')
			.split('\n')
			.filter((line) => line && !line.startsWith('#'))
			.map((line) => parseInt(line, 36)),
	);
}

/**
 * What the sources look like to the check: their text when it sits beside the checkout, else the
 * fingerprints shipped in the repository; undefined when neither is there.
 */
export function sourceFingerprints(sourcesDir: string, shipped = SHIPPED_FINGERPRINTS): Set<number> | undefined {
	if (existsSync(sourcesDir)) return sourceWindows(readSources(sourcesDir));
	if (existsSync(shipped)) return readFingerprints(shipped);
	return undefined;
}

/** Content files that repeat a passage of the sources. */
export function originalityProblems(root: string, files: readonly string[], windows: ReadonlySet<number>): ContentProblem[] {
	return files.flatMap((file) =>
		copiedPassages(readText(root, file), windows).map((passage) =>
			problem('originality/copied', { file, value: passage, hint: '手册只能采用原文的事实，句子必须用自己的话重写。' }),
		),
	);
}
