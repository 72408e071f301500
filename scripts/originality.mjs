#!/usr/bin/env node
// Flags passages of the manual that repeat the source articles word for word.
// The manual must take facts from ../shared/seeds, never sentences, so any run of
// WINDOW consecutive characters (punctuation and spaces ignored) shared with a seed
// is reported. Usage: node scripts/originality.mjs [files or folders...]
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WINDOW = 14;

/** Keeps letters and digits (Han included) so punctuation changes cannot hide a copy. */
export function normalise(text) {
	return text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
}

/** Every WINDOW-long slice of the seeds' normalised text. */
export function seedWindows(seedTexts, window = WINDOW) {
	const windows = new Set();
	for (const text of seedTexts) {
		const chars = Array.from(normalise(text));
		for (let i = 0; i + window <= chars.length; i++) windows.add(chars.slice(i, i + window).join(''));
	}
	return windows;
}

/** Copied passages in `text`, merged into maximal runs. */
export function copiedPassages(text, windows, window = WINDOW) {
	const chars = Array.from(normalise(text));
	const passages = [];
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

function listFiles(path) {
	if (statSync(path).isFile()) return [path];
	return readdirSync(path, { recursive: true })
		.map((name) => join(path, String(name)))
		.filter((file) => /\.(mdx?|ya?ml)$/.test(file) && statSync(file).isFile());
}

export function defaultSeedsDir(root) {
	return resolve(root, '..', 'shared', 'seeds');
}

function main() {
	const root = resolve(fileURLToPath(import.meta.url), '..', '..');
	const seedsDir = process.env.SEEDS_DIR ?? defaultSeedsDir(root);
	if (!existsSync(seedsDir)) {
		console.log(`原创性检查跳过：找不到原始材料目录 ${seedsDir}`);
		return;
	}
	const seeds = readdirSync(seedsDir)
		.filter((name) => name.endsWith('.txt'))
		.map((name) => readFileSync(join(seedsDir, name), 'utf8'));
	const windows = seedWindows(seeds);
	const targets = process.argv.slice(2);
	const files = (targets.length ? targets : [join(root, 'content')]).flatMap(listFiles);
	let problems = 0;
	for (const file of files) {
		for (const passage of copiedPassages(readFileSync(file, 'utf8'), windows)) {
			problems++;
			console.log(`${relative(root, file)}: 与原始材料雷同的句子：「${passage}」。请用自己的话改写。`);
		}
	}
	console.log(`原创性检查：${files.length} 个文件，发现 ${problems} 处雷同。`);
	if (problems) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
