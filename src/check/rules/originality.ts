import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readText } from '../text.ts';
import { problem, type ContentProblem } from '../problem.ts';

/**
 * The manual takes facts from the source articles, never sentences. Any run of WINDOW
 * consecutive letters or digits (punctuation and spaces ignored) shared with a source is a copy.
 */
export const WINDOW = 14;

/** Keeps letters and digits (Han included) so changed punctuation cannot hide a copy. */
export function normalise(text: string): string {
	return text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
}

/** Every WINDOW-long slice of the sources' normalised text. */
export function sourceWindows(sources: readonly string[], window = WINDOW): Set<string> {
	const windows = new Set<string>();
	for (const text of sources) {
		const chars = Array.from(normalise(text));
		for (let i = 0; i + window <= chars.length; i++) windows.add(chars.slice(i, i + window).join(''));
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
		if (!windows.has(chars.slice(i, i + window).join(''))) continue;
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

/** Content files that repeat a passage of the source articles in `sourcesDir`. */
export function originalityProblems(root: string, files: readonly string[], sourcesDir: string): ContentProblem[] {
	const sources = readdirSync(sourcesDir)
		.filter((name) => name.endsWith('.txt'))
		.map((name) => readFileSync(join(sourcesDir, name), 'utf8'));
	const windows = sourceWindows(sources);
	return files.flatMap((file) =>
		copiedPassages(readText(root, file), windows).map((passage) =>
			problem('originality/copied', { file, value: passage, hint: '手册只能采用原文的事实，句子必须用自己的话重写。' }),
		),
	);
}
