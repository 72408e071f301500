import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A content file's text as every rule reads it: UTF-8 without the byte-order mark Windows Notepad
 * writes (Astro ignores it too), so a saved-with-BOM chapter is read like any other. Read once per
 * version of the file: a dozen rules read each chapter.
 */
const cache = new Map<string, { stamp: string; text: string; bytes: Buffer }>();

function load(path: string) {
	const { mtimeMs, size } = statSync(path);
	const stamp = `${mtimeMs}:${size}`;
	const cached = cache.get(path);
	if (cached?.stamp === stamp) return cached;
	const bytes = readFileSync(path);
	const entry = { stamp, bytes, text: bytes.toString('utf8').replace(/^\uFEFF/, '') };
	cache.set(path, entry);
	return entry;
}

/** The text of `file` (relative to `root`, or absolute when `root` is empty), BOM removed. */
export const readText = (root: string, file: string): string => load(root ? join(root, file) : file).text;

/** The raw bytes of `file`, for the encoding check. */
export const readBytes = (root: string, file: string): Buffer => load(root ? join(root, file) : file).bytes;
