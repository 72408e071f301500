import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isEssentialPage, pageKey, precachePlan, type PrecacheFile } from '../../src/domain/offline.ts';
import { isStale } from '../../src/domain/edition.ts';
import { webAppManifest } from '../../src/domain/web-app-manifest.ts';
import { stampEdition, wireSize } from '../../src/offline/build.ts';
import { gzipSync } from 'node:zlib';

test('the pages kept ahead of time at any size: the incident essentials, every checklist, the training record and summary, the offline page', () => {
	const kept = [
		'/',
		'/contacts/',
		'/roles/',
		'/checklists/',
		'/checklists/system-failure/',
		'/emergency-kit/',
		'/training/record/',
		'/offline/',
	];
	assert.deepEqual(kept.filter(isEssentialPage), kept);
	assert.deepEqual(['/emergency/framework/', '/glossary/', '/calendar/', '/training/start-here/'].filter(isEssentialPage), []);
});

test('a page is found under one key: trailing slash added, query and anchor dropped, file names kept', () => {
	const key = (url: string) => pageKey(new URL(url, 'https://m.example'));
	assert.equal(key('/emergency/framework'), 'https://m.example/emergency/framework/');
	assert.equal(key('/checklists/x/?run=abc#step-2'), 'https://m.example/checklists/x/');
	assert.equal(key('/manual/'), 'https://m.example/manual/');
	assert.equal(key('/manual/sw.js'), 'https://m.example/manual/sw.js');
});

const file = (url: string, transferSize: number): PrecacheFile => ({ url, revision: 'r', size: transferSize * 4, transferSize });

test('within the budget the readers’ whole site is precached; above it, every asset and search file and only the essential pages; never the editors’ help', () => {
	const site = [
		file('/manual/', 10),
		file('/manual/emergency/framework/', 40),
		file('/manual/checklists/system-failure/', 10),
		file('/manual/contacts/', 10),
		file('/manual/help/rules/ref/role/', 30),
		file('/manual/_astro/page.js', 20),
		file('/manual/pagefind/pagefind.js', 20),
	];
	const whole = precachePlan(site, '/manual/', 110);
	assert.equal(whole.whole, true);
	assert.deepEqual([whole.bytes, whole.storedBytes, whole.pages, whole.precachedPages], [110, 440, 4, 4]);
	assert.ok(!whole.entries.some((entry) => entry.url.includes('/help/')), 'an editors’ help page is precached');

	const partial = precachePlan(site, '/manual/', 100);
	assert.equal(partial.whole, false);
	assert.deepEqual(
		partial.entries.map((entry) => entry.url),
		['/manual/', '/manual/checklists/system-failure/', '/manual/contacts/', '/manual/_astro/page.js', '/manual/pagefind/pagefind.js'],
	);
	assert.deepEqual([partial.bytes, partial.siteBytes, partial.precachedPages], [70, 110, 3]);
});

test('a page is stale only when the installed edition is known and differs', () => {
	assert.equal(isStale('a1', 'b2'), true);
	assert.equal(isStale('a1', 'a1'), false);
	assert.equal(isStale('a1', undefined), false);
	assert.equal(isStale(undefined, 'b2'), false);
});

test('the edition is a hash of the content: the same files keep it, a changed page changes it, and a page carries one stamp', (t) => {
	const dist = mkdtempSync(join(tmpdir(), 'edition-'));
	t.after(() => rmSync(dist, { recursive: true, force: true }));
	mkdirSync(join(dist, 'a'));
	writeFileSync(join(dist, 'index.html'), '<html><head><title>首页</title></head><body>一</body></html>');
	writeFileSync(join(dist, 'a', 'index.html'), '<html><head></head><body>二</body></html>');
	const first = stampEdition(dist);
	assert.match(readFileSync(join(dist, 'index.html'), 'utf8'), new RegExp(`<meta name="manual-build" content="${first}"></head>`));
	assert.equal(stampEdition(dist), first);
	const page = join(dist, 'a', 'index.html');
	writeFileSync(page, readFileSync(page, 'utf8').replace('二', '二（修订）'));
	const second = stampEdition(dist);
	assert.notEqual(second, first);
	assert.equal(readFileSync(page, 'utf8').match(/manual-build/g)?.length, 1);
});

test('the web app manifest opens the manual at its base, under the organisation short name', () => {
	const manifest = webAppManifest({ name: '示例代理记账有限公司', shortName: '示例记账', siteTitle: '运营与应急手册' }, '/manual/');
	assert.equal(manifest.short_name, '示例记账');
	assert.equal(manifest.name, '示例记账运营与应急手册');
	assert.deepEqual([manifest.start_url, manifest.scope, manifest.display], ['/manual/', '/manual/', 'standalone']);
	assert.deepEqual(
		manifest.icons.map((icon) => [icon.src, icon.sizes]),
		[
			['/manual/icons/icon-192.png', '192x192'],
			['/manual/icons/icon-512.png', '512x512'],
		],
	);
});

test("a file's wire size: gzip's for text, its own for files Pagefind already gzipped", () => {
	const page = Buffer.from('<p>应急清单</p>'.repeat(200));
	assert.equal(wireSize(page), gzipSync(page).length);
	assert.ok(wireSize(page) < page.length / 10);
	const fragment = gzipSync(Buffer.from('{"url":"/emergency/"}'.repeat(50)));
	assert.equal(wireSize(fragment), fragment.length);
});
