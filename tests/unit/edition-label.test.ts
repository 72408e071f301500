import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readableEdition, readableEditions, UNRECORDED_EDITION } from '../../src/domain/edition-label.ts';
import { chapterEdition, chapterEditionLabel, chapterEditionLabels, chapterHistory } from '../../src/manual/chapter-editions.ts';

// Newest first, as git lists them.
const history = [
	{ edition: 'c3', date: '2026-12-03T09:00:00Z' },
	{ edition: 'c2', date: '2026-12-03T02:00:00Z' },
	{ edition: 'b1', date: '2026-12-01T08:00:00Z' },
	{ edition: 'a1', date: '2026-11-24T01:57:03Z' },
];

test('an edition reads as the day of the commit that made its text', () => {
	assert.equal(readableEdition('b1', history), '2026-12-01');
	assert.equal(readableEdition('a1', history), '2026-11-24');
});

test('two editions on one day each carry their place in the day, oldest first', () => {
	assert.equal(readableEdition('c2', history), '2026-12-03（当日第 1 版）');
	assert.equal(readableEdition('c3', history), '2026-12-03（当日第 2 版）');
	assert.deepEqual(readableEditions('c3', history), {
		c3: '2026-12-03（当日第 2 版）',
		c2: '2026-12-03（当日第 1 版）',
		b1: '2026-12-01',
		a1: '2026-11-24',
	});
});

test('the day is the UTC day, as every build-time date in the manual', () => {
	// 07:30 in Beijing on 3 December is still 2 December in UTC.
	assert.equal(readableEdition('x', [{ edition: 'x', date: '2026-12-02T23:30:00Z' }]), '2026-12-02');
});

test('a text reverted to an earlier edition is named by its newest commit', () => {
	const reverted = [{ edition: 'a1', date: '2026-12-05T01:00:00Z' }, ...history];
	assert.equal(readableEdition('a1', reverted), '2026-12-05');
});

test('an edition in no commit: the working copy’s is uncommitted, any other is unrecorded, never a hash', () => {
	assert.equal(readableEdition('local', history, new Date('2026-12-07T10:00:00Z')), '2026-12-07（未提交的修改）');
	assert.equal(readableEdition('3f2a9c01b7de', history), UNRECORDED_EDITION);
	assert.equal(readableEdition('new', [], new Date('2026-12-07T10:00:00Z')), '2026-12-07（未提交的修改）');
	assert.deepEqual(readableEditions('local', history.slice(2), new Date('2026-12-07T10:00:00Z')), {
		b1: '2026-12-01',
		a1: '2026-11-24',
		local: '2026-12-07（未提交的修改）',
	});
});

function git(cwd: string, args: string[], date?: string) {
	const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
	execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd, env });
}

test('a chapter’s edition from git: its commit day, the same-day place, an uncommitted edit and a file never committed', () => {
	const repo = mkdtempSync(join(tmpdir(), 'chapter-editions-'));
	mkdirSync(join(repo, 'content', 'chapters', 'ops'), { recursive: true });
	const chapter = join(repo, 'content', 'chapters', 'ops', 'a.mdx');
	git(repo, ['init', '-q']);
	writeFileSync(chapter, '---\ntitle: A\n---\n第一版\n');
	git(repo, ['add', '.']);
	git(repo, ['commit', '-qm', 'First'], '2026-11-24T01:00:00Z');
	const first = chapterEdition('ops/a', repo);
	assert.match(first, /^[0-9a-f]{12}$/);
	writeFileSync(chapter, '---\ntitle: A\n---\n第二版\n');
	git(repo, ['commit', '-qam', 'Second'], '2026-12-03T01:00:00Z');
	writeFileSync(chapter, '---\ntitle: A\n---\n第三版\n');
	git(repo, ['commit', '-qam', 'Third'], '2026-12-03T06:00:00Z');

	assert.equal(chapterEditionLabel('ops/a', repo), '2026-12-03（当日第 2 版）');
	assert.equal(chapterEditionLabels('ops/a', repo)[first], '2026-11-24');
	assert.deepEqual(
		chapterHistory('ops/a', 12, repo).map((change) => [change.label, change.subject]),
		[
			['2026-12-03（当日第 2 版）', 'Third'],
			['2026-12-03（当日第 1 版）', 'Second'],
			['2026-11-24', 'First'],
		],
	);
	assert.match(chapterHistory('ops/a', 12, repo)[0]!.commit, /^[0-9a-f]{7}$/);

	// An edit not committed yet, in a dev checkout: the day it was saved, marked as such.
	writeFileSync(chapter, '---\ntitle: A\n---\n草稿\n');
	const saved = new Date('2026-12-07T08:00:00Z');
	utimesSync(chapter, saved, saved);
	assert.equal(chapterEditionLabel('ops/a', repo), '2026-12-07（未提交的修改）');

	// A chapter never committed.
	writeFileSync(join(repo, 'content', 'chapters', 'ops', 'b.mdx'), '---\ntitle: B\n---\n新章\n');
	utimesSync(join(repo, 'content', 'chapters', 'ops', 'b.mdx'), saved, saved);
	assert.equal(chapterEditionLabel('ops/b', repo), '2026-12-07（未提交的修改）');
});
