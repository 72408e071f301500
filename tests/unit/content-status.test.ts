import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checklistStewardship, daysOverdue, DEFAULT_REVIEW_MONTHS, localDay, readingOrder } from '../../src/domain/content-status.ts';
import { readEditionHistories } from '../../src/manual/edition-history.ts';

test('a review is overdue from the day after its due date, counted in whole days', () => {
	assert.equal(daysOverdue('2027-05-24', '2027-05-24'), 0);
	assert.equal(daysOverdue('2027-05-24', '2027-05-25'), 1);
	assert.equal(daysOverdue('2027-02-28', '2027-03-01'), 1);
	assert.equal(daysOverdue('2027-05-24', '2026-12-01'), 0);
});

test('the reader’s day is their own calendar day, not UTC’s', () => {
	// 23:30 local on 1 March is 1 March whatever the offset.
	assert.equal(localDay(new Date(2027, 2, 1, 23, 30)), '2027-03-01');
});

test('overdue rows come first, longest overdue on top; the rest keep the manual’s order', () => {
	const rows = [
		{ title: '总则', due: '2027-11-24' },
		{ title: '系统故障', due: '2027-05-24' },
		{ title: '数据丢失', due: '2027-03-01' },
		{ title: '月结', due: '2028-01-01' },
	];
	assert.deepEqual(
		readingOrder(rows, '2027-06-01').map((row) => row.title),
		['数据丢失', '系统故障', '总则', '月结'],
	);
	assert.deepEqual(
		readingOrder(rows, '2027-01-01').map((row) => row.title),
		rows.map((row) => row.title),
	);
});

test('a checklist is reviewed with the chapter that explains it', () => {
	const chapters = new Map([
		['emergency/system-failure', { owner: 'tech-lead', reviewEvery: 6, checklists: ['system-failure'] }],
		['operations/month-end', { owner: 'bookkeeper', reviewEvery: 12, checklists: ['month-end-close'] }],
	]);
	assert.deepEqual(checklistStewardship({ id: 'system-failure', chapters: ['emergency/system-failure'] }, chapters), {
		chapter: 'emergency/system-failure',
		owner: 'tech-lead',
		reviewEvery: 6,
	});
	// No chapter of its own listed: a chapter that lists it lends its owner.
	assert.equal(checklistStewardship({ id: 'month-end-close', chapters: [] }, chapters).owner, 'bookkeeper');
	assert.deepEqual(checklistStewardship({ id: 'orphan', chapters: [] }, chapters), {
		chapter: undefined,
		owner: undefined,
		reviewEvery: DEFAULT_REVIEW_MONTHS,
	});
});

function git(cwd: string, args: string[], date?: string) {
	const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
	execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd, env });
}

test('a checklist’s history lists each commit with the edition the file had after it, newest first', (t) => {
	const repo = mkdtempSync(join(tmpdir(), 'editions-'));
	t.after(() => rmSync(repo, { recursive: true, force: true }));
	mkdirSync(join(repo, 'content', 'checklists'), { recursive: true });
	const file = join(repo, 'content', 'checklists', 'system-failure.yaml');
	git(repo, ['init', '-q']);
	writeFileSync(file, 'title: 系统故障应急清单\nedition: 2026-01-10\n');
	git(repo, ['add', '.']);
	git(repo, ['commit', '-qm', 'First edition'], '2026-01-10T09:00:00Z');
	writeFileSync(file, 'title: 系统故障应急清单（修订）\nedition: 2026-01-10\n');
	git(repo, ['commit', '-qam', 'Title wording'], '2026-02-01T09:00:00Z');
	writeFileSync(file, 'title: 系统故障应急清单\nedition: "2026-03-05"  # 新版\nphases: [\n'); // broken YAML: its edition still reads
	git(repo, ['commit', '-qam', '停电后先报告：新增步骤'], '2026-03-05T09:00:00Z');
	writeFileSync(join(repo, 'content', 'checklists', 'gone.yaml'), 'edition: 2026-01-01\n');
	git(repo, ['add', '.']);
	git(repo, ['commit', '-qm', 'Add gone'], '2026-03-06T09:00:00Z');
	git(repo, ['rm', '-q', 'content/checklists/gone.yaml']);
	git(repo, ['commit', '-qm', 'Remove gone'], '2026-03-07T09:00:00Z');

	const histories = readEditionHistories(repo);
	assert.deepEqual(
		histories
			.get('content/checklists/system-failure.yaml')
			?.map(({ date, subject, edition }) => [date.toISOString().slice(0, 10), subject, edition]),
		[
			['2026-03-05', '停电后先报告：新增步骤', '2026-03-05'],
			['2026-02-01', 'Title wording', '2026-01-10'],
			['2026-01-10', 'First edition', '2026-01-10'],
		],
	);
	// The deleting commit has no file to read; the adding one does.
	assert.deepEqual(
		histories.get('content/checklists/gone.yaml')?.map((change) => change.subject),
		['Add gone'],
	);
});
