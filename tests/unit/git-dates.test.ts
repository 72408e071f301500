import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastUpdated, lastUpdatedOf, readCommitDates } from '../../src/manual/git-dates.ts';

function git(cwd: string, args: string[], date?: string) {
	const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
	execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd, env });
}

test('each content file gets the date of its newest commit', () => {
	const repo = mkdtempSync(join(tmpdir(), 'git-dates-'));
	mkdirSync(join(repo, 'content'));
	git(repo, ['init', '-q']);
	writeFileSync(join(repo, 'content', 'a.mdx'), 'a');
	writeFileSync(join(repo, 'content', 'b.mdx'), 'b');
	git(repo, ['add', '.']);
	git(repo, ['commit', '-qm', 'first'], '2026-01-02T03:04:05Z');
	writeFileSync(join(repo, 'content', 'a.mdx'), 'a2');
	git(repo, ['commit', '-qam', 'second'], '2026-03-04T05:06:07Z');

	const dates = readCommitDates(repo);
	assert.equal(dates.get('content/a.mdx')?.toISOString(), '2026-03-04T05:06:07.000Z');
	assert.equal(dates.get('content/b.mdx')?.toISOString(), '2026-01-02T03:04:05.000Z');
});

test('a file not committed yet falls back to its modification time', () => {
	const root = mkdtempSync(join(tmpdir(), 'git-dates-'));
	mkdirSync(join(root, 'content'));
	writeFileSync(join(root, 'content', 'new.mdx'), 'x');
	const when = new Date('2026-05-06T07:08:09Z');
	utimesSync(join(root, 'content', 'new.mdx'), when, when);
	assert.equal(lastUpdated('content/new.mdx', root)?.toISOString(), when.toISOString());
});

test('a page built from a folder of files changed when the newest of them did', () => {
	const repo = mkdtempSync(join(tmpdir(), 'git-dates-'));
	mkdirSync(join(repo, 'content', 'calendar'), { recursive: true });
	git(repo, ['init', '-q']);
	writeFileSync(join(repo, 'content', 'calendar', '2026.yaml'), 'a');
	writeFileSync(join(repo, 'content', 'calendar', '2027.yaml'), 'b');
	git(repo, ['add', '.']);
	git(repo, ['commit', '-qm', 'first'], '2026-01-02T03:04:05Z');
	writeFileSync(join(repo, 'content', 'calendar', '2027.yaml'), 'b2');
	git(repo, ['commit', '-qam', 'second'], '2026-08-09T10:11:12Z');
	assert.equal(readCommitDates(repo).size, 2);
	assert.equal(lastUpdatedOf(['content/calendar'], repo)?.toISOString(), '2026-08-09T10:11:12.000Z');
});
