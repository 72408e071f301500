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

/** A 53-bit hash of a window (cyrb53), in base 36: fast, and collisions are negligible at this size. */
export function fingerprint(window: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < window.length; i++) {
		const code = window.charCodeAt(i);
		h1 = Math.imul(h1 ^ code, 2654435761);
		h2 = Math.imul(h2 ^ code, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The fingerprint of every WINDOW-long slice of the sources' normalised text. */
export function sourceWindows(sources: readonly string[], window = WINDOW): Set<string> {
	const windows = new Set<string>();
	for (const text of sources) {
		const chars = Array.from(normalise(text));
		for (let i = 0; i + window <= chars.length; i++) windows.add(fingerprint(chars.slice(i, i + window).join('')));
	}
	return windows;
}

/** Passages of `text` that repeat a source, merged into maximal runs. */
export function copiedPassages(text: string, windows: ReadonlySet<string>, window = WINDOW): string[] {
	const chars = Array.from(normalise(text));
	const passages: string[] = [];
	let start = -1;
	let end = -1;
	for (let i = 0; i + window <= chars.length; i++) {
		if (!windows.has(fingerprint(chars.slice(i, i + window).join('')))) continue;
		if (start >= 0 && i <= end) end = i + window;
		else {
			if (start >= 0) passages.push(chars.slice(start, end).join(''));
			start = i;
			end = i + window;
		}
	}
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
export function formatFingerprints(windows: ReadonlySet<string>): string {
	return [
		'# Fingerprints of the source articles for the originality check: a hash of every 14-character run',
		'# of their letters and digits, never their text. Regenerate: node scripts/originality-fingerprints.ts',
		...[...windows].sort(),
		'',
	].join('\n');
}

export function readFingerprints(file: string): Set<string> {
	return new Set(
		readFileSync(file, 'utf8')
			.split('\n')
			.filter((line) => line && !line.startsWith('#')),
	);
}

/**
 * What the sources look like to the check: their text when it sits beside the checkout, else the
 * fingerprints shipped in the repository; undefined when neither is there.
 */
export function sourceFingerprints(sourcesDir: string, shipped = SHIPPED_FINGERPRINTS): Set<string> | undefined {
	if (existsSync(sourcesDir)) return sourceWindows(readSources(sourcesDir));
	if (existsSync(shipped)) return readFingerprints(shipped);
	return undefined;
}

/** Content files that repeat a passage of the sources. */
export function originalityProblems(root: string, files: readonly string[], windows: ReadonlySet<string>): ContentProblem[] {
	return files.flatMap((file) =>
		copiedPassages(readText(root, file), windows).map((passage) =>
			problem('originality/copied', { file, value: passage, hint: '手册只能采用原文的事实，句子必须用自己的话重写。' }),
		),
	);
}
