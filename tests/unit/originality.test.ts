import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkContent, defaultSourcesDir } from '../../src/check/index.ts';
import {
	copiedPassages,
	formatFingerprints,
	normalise,
	readFingerprints,
	readSources,
	SHIPPED_FINGERPRINTS,
	sourceWindows,
	WINDOW,
	windowFingerprints,
} from '../../src/check/rules/originality.ts';
import { faultNamed, sourcesDir, treeWith } from '../support/faults.ts';

const seed = '在会计代理服务中，紧急情况可能涉及多种类型，如财务数据泄露、系统故障。';

test('a sentence copied from a seed is reported even with other punctuation', () => {
	const windows = sourceWindows([seed]);
	const copied = copiedPassages('前言。在会计代理服务中 紧急情况可能涉及多种类型!后记', windows);
	assert.deepEqual(copied, ['在会计代理服务中紧急情况可能涉及多种类型']);
});

test('shared short phrases are not copies', () => {
	const windows = sourceWindows([seed]);
	assert.deepEqual(copiedPassages('系统故障时，应急负责人在十五分钟内定级。', windows), []);
});

test('normalising drops punctuation and spaces only', () => {
	assert.equal(normalise('数据 泄露、A1。'), '数据泄露A1');
});

// The check runs where the source articles are not (any CI runner): from fingerprints shipped in the repository.
test('without the sources beside the checkout, the shipped fingerprints still catch a copied sentence', async (t) => {
	const fingerprints = join(mkdtempSync(join(tmpdir(), 'fingerprints-')), 'fingerprints.txt');
	t.after(() => rmSync(dirname(fingerprints), { recursive: true, force: true }));
	writeFileSync(fingerprints, formatFingerprints(sourceWindows(readSources(sourcesDir))));
	const tree = treeWith(t, faultNamed('copied-sentence'));
	const missing = join(tree, 'no-such-sources');
	const result = await checkContent(tree, missing, { fingerprints });
	assert.deepEqual(
		result.problems.map((found) => [found.file, found.rule]),
		[['content/chapters/emergency/system-failure.mdx', 'originality/copied']],
	);
	assert.deepEqual(result.notes, []);
	// With neither the sources nor fingerprints, the check says it skipped the rule.
	const skipped = await checkContent(tree, missing, { fingerprints: join(missing, 'none.txt') });
	assert.match(skipped.notes.join('\n'), /原创性检查已跳过/);
});

test('the shipped fingerprints are those of the sources, and hold none of their text', (t) => {
	const shipped = readFileSync(SHIPPED_FINGERPRINTS, 'utf8');
	assert.doesNotMatch(shipped, /\p{Script=Han}/u, 'the fingerprints file holds Chinese text');
	const seeds = defaultSourcesDir(join(import.meta.dirname, '..', '..'));
	if (!existsSync(seeds)) return t.skip(`no ${seeds} here to compare with`);
	assert.equal(shipped, formatFingerprints(sourceWindows(readSources(seeds))), 'stale: run node scripts/originality-fingerprints.ts');
	assert.ok(readFingerprints(SHIPPED_FINGERPRINTS).size > 1000);
});

test('a window’s fingerprint does not depend on the text around it (the rolling hash drops what leaves)', () => {
	const text = '遇到突发情况时，代账机构首先要稳住客户的申报进度，其次才是查找问题的根源。';
	const chars = Array.from(normalise(text));
	const rolled = windowFingerprints(text);
	assert.equal(rolled.length, chars.length - WINDOW + 1);
	rolled.forEach((print, i) => assert.equal(print, windowFingerprints(chars.slice(i, i + WINDOW).join(''))[0], `window ${i}`));
	assert.equal(new Set(rolled).size, rolled.length);
});
