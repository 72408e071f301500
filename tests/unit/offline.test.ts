import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cacheName, offlinePages } from '../../src/domain/offline.ts';

test('the pages kept offline are the incident essentials, every checklist and the training record and summary, under the base path', () => {
	assert.deepEqual(offlinePages(['system-failure'], '/'), [
		'/',
		'/contacts/',
		'/roles/',
		'/checklists/',
		'/emergency-kit/',
		'/checklists/system-failure/',
		'/training/record/',
		'/training/summary/',
	]);
	assert.equal(offlinePages(['a'], '/manual/')[5], '/manual/checklists/a/');
});

test('a new build gets a new cache, so old copies are replaced', () => {
	const pages = offlinePages(['a']);
	assert.notEqual(cacheName(pages, '2026-11-24T01:00:00Z'), cacheName(pages, '2026-11-25T01:00:00Z'));
	assert.match(cacheName(pages, 'x'), /^manual-offline-[0-9a-z]+$/);
});
