import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { CONTENT } from '../../src/manual/paths.ts';

/**
 * The one switch for an agency that wants its manual public: `site.public: true` in the
 * organisation data. Built for real from a copy of this repository with only that line changed,
 * the site must then invite indexing, publish a sitemap and send an ordinary referrer policy.
 * (The internal default is walked in tests/e2e/security.spec.ts.)
 */
const ROOT = resolve(import.meta.dirname, '../..');
const SKIP = new Set(['node_modules', 'dist', 'dist-subpath', '.git', 'test-results', 'playwright-report', 'bench']);

function publicCopy(): string {
	// Beside the repository, on its file system, so node_modules can be hard-linked.
	const root = mkdtempSync(join(dirname(ROOT), '.public-manual-'));
	cpSync(ROOT, root, { recursive: true, filter: (source) => !SKIP.has(relative(ROOT, source).split('/')[0] ?? '') });
	// Astro cannot build through a symlinked node_modules: hard-link it instead.
	const link = spawnSync('cp', ['-al', join(ROOT, 'node_modules'), join(root, 'node_modules')]);
	assert.equal(link.status, 0, String(link.stderr));
	const file = join(root, CONTENT.organisation);
	const data = readFileSync(file, 'utf8');
	assert.match(data, /^ {2}base: /m, 'the organisation data has no site block to switch');
	writeFileSync(file, data.replace(/^( {2}base: .*)$/m, '$1\n  public: true'));
	return root;
}

test('an agency that sets site.public: true gets an indexable site with a sitemap', { timeout: 240_000 }, () => {
	const root = publicCopy();
	try {
		const build = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
			cwd: root,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SEEDS_DIR: resolve(ROOT, '..', 'shared', 'seeds') },
		});
		assert.equal(build.status, 0, build.stdout.slice(-3000) + build.stderr.slice(-3000));
		const dist = join(root, 'dist');
		const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
		assert.match(robots, /^Allow: \/$/m);
		assert.match(robots, /^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
		assert.ok(existsSync(join(dist, 'sitemap-index.xml')), 'no sitemap published');
		const page = readFileSync(join(dist, 'emergency/framework/index.html'), 'utf8');
		assert.doesNotMatch(page, /<meta name="robots"/);
		assert.match(page, /<meta name="referrer" content="strict-origin-when-cross-origin"/);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});
