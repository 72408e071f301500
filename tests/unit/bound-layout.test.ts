import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doneText, dueAnnouncement, fileSize, progressText } from '../../src/domain/bound-layout.ts';

test('the progress line counts pages laid out and the chapter reached, of all', () => {
	assert.equal(progressText({ pages: 37, chapters: 12, totalChapters: 118 }), '正在排版：已排 37 页，第 12 / 118 章。');
	assert.equal(doneText(253), '排版完成：共 253 页。按“打印合订本”（或 Ctrl+P）打印或另存为 PDF。');
});

test('a screen reader hears the progress at each quarter of the chapters, once, and not at the end (the done line says it)', () => {
	const at = (chapters: number, announced: number) => dueAnnouncement({ pages: chapters * 2, chapters, totalChapters: 100 }, announced);
	assert.equal(at(10, 0), undefined);
	assert.deepEqual(at(25, 0), { text: '排版进行中：已排 50 页，第 25 / 100 章。', step: 1 });
	assert.equal(at(30, 1), undefined);
	// A jump past two quarters says the latest once.
	assert.equal(at(60, 1)?.step, 2);
	assert.equal(at(100, 3), undefined);
	assert.equal(dueAnnouncement({ pages: 0, chapters: 0, totalChapters: 0 }, 0), undefined);
});

test('file sizes read as KB below a megabyte, else MB with one decimal', () => {
	assert.deepEqual([fileSize(300), fileSize(850 * 1024), fileSize(12.34 * 1024 * 1024)], ['1 KB', '850 KB', '12.3 MB']);
});
