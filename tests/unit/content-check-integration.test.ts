import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentCheck } from '../../src/check/astro-integration.ts';

function treeWith(fault?: string): URL {
	const root = mkdtempSync(join(tmpdir(), 'build-check-'));
	cpSync('tests/fixtures/manual', root, { recursive: true });
	if (fault) cpSync(join('tests/fixtures/faults', fault), root, { recursive: true });
	return pathToFileURL(root + '/');
}

async function runHook(command: 'build' | 'dev', root: URL) {
	const messages: string[] = [];
	const logger = { info: (m: string) => messages.push(m), warn: (m: string) => messages.push(`WARN ${m}`) };
	const updates: { vite?: { plugins?: { name: string }[] } }[] = [];
	const hook = contentCheck().hooks['astro:config:setup'] as unknown as (options: object) => Promise<void>;
	await hook({ command, config: { root, base: '/' }, logger, updateConfig: (update: object) => updates.push(update) });
	return Object.assign(messages, { updates });
}

/** The hook reads the sources from SEEDS_DIR; set for one test and put back, since unit tests share a process. */
function withFixtureSources(t: { after(fn: () => void): void }): void {
	const before = process.env['SEEDS_DIR'];
	process.env['SEEDS_DIR'] = 'tests/fixtures/sources';
	t.after(() => (before === undefined ? delete process.env['SEEDS_DIR'] : (process.env['SEEDS_DIR'] = before)));
}

test('a build with broken content stops before anything is published, naming the file', async (t) => {
	withFixtureSources(t);
	await assert.rejects(runHook('build', treeWith('14-duplicate-step-id')), (error: Error) => {
		assert.match(error.message, /内容检查未通过，网站不会发布/);
		assert.match(error.message, /content\/checklists\/system-failure\.yaml/);
		assert.match(error.message, /共发现 1 个问题/);
		return true;
	});
});

test('the dev server does not stop on broken content: it checks in its own plugin, which shows the problems in the page', async (t) => {
	withFixtureSources(t);
	const dev = await runHook('dev', treeWith('14-duplicate-step-id'));
	assert.deepEqual(
		dev.updates.flatMap((update) => update.vite?.plugins?.map((plugin) => plugin.name) ?? []),
		['manual:content-check-dev'],
	);
	// Behaviour in the browser: tests/e2e/dev-errors.spec.ts.
	assert.match((await runHook('build', treeWith())).join('\n'), /内容检查通过/);
});
