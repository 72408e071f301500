// Change-aware findings, walked as an editor's pull request would be: a committed manual, then an
// edit in the working tree, judged against the commit (the merge base in a real pull request).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { checkContent } from '../../src/check/index.ts';
import { sourcesDir, validTree } from '../support/faults.ts';

const CHECKLIST = 'content/checklists/system-failure.yaml';
const CHAPTER = 'content/chapters/operations/month-end.mdx';

/** A git repository holding the valid fixture manual in one commit. */
function committedManual(t: { after: (fn: () => void) => void }): string {
	const root = mkdtempSync(join(tmpdir(), 'content-changes-'));
	t.after(() => rmSync(root, { recursive: true, force: true }));
	cpSync(validTree, root, { recursive: true });
	const git = (...args: string[]) => assert.equal(spawnSync('git', args, { cwd: root }).status, 0, `git ${args.join(' ')}`);
	git('init', '-q');
	git('add', '-A');
	git('-c', 'user.name=test', '-c', 'user.email=test@example.invalid', 'commit', '-qm', 'manual');
	return root;
}

const edit = (root: string, file: string, change: (text: string) => string) =>
	writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
const check = (root: string) => checkContent(root, sourcesDir, { today: new Date('2026-12-01T09:00:00Z') });

test('an unchanged manual has no findings', async (t) => {
	const result = await check(committedManual(t));
	assert.deepEqual(result.problems, []);
	assert.deepEqual(result.notes, []);
});

test('a step changed without a new edition fails, naming the edition line; a new edition passes', async (t) => {
	const root = committedManual(t);
	edit(root, CHECKLIST, (text) => text.replace('due: PT15M', 'due: PT10M'));
	const { problems } = await check(root);
	assert.deepEqual(
		problems.map((p) => [p.file, p.field, p.rule, p.line]),
		[[CHECKLIST, 'edition', 'change/edition-not-bumped', 6]],
	);
	edit(root, CHECKLIST, (text) => text.replace('edition: 2026-11-24', 'edition: 2026-12-01'));
	assert.deepEqual((await check(root)).problems, []);
});

test('a published step id removed or renamed is a warning that names it', async (t) => {
	const root = committedManual(t);
	edit(root, CHECKLIST, (text) =>
		text.replace('id: grade-outage', 'id: grade-the-outage').replace('edition: 2026-11-24', 'edition: 2026-12-01'),
	);
	const result = await check(root);
	assert.deepEqual(result.problems, []);
	assert.equal(result.notes.length, 1);
	assert.match(result.notes[0]!, /删除或改名了已发布的步骤 id：grade-outage（确定故障级别）/);
});

test('a second incident checklist in a category warns that the home page entry becomes a choice', async (t) => {
	const root = committedManual(t);
	writeFileSync(
		join(root, 'content/checklists/network-outage.yaml'),
		readFileSync(join(root, CHECKLIST), 'utf8')
			.replace('title: 系统故障应急清单', 'title: 断网应急清单')
			.replace('chapters: [emergency/system-failure]', 'chapters: []'),
	);
	const result = await check(root);
	assert.ok(
		result.notes.some((note) => /首页“系统故障”入口的应急清单从 1 张变为 2 张/.test(note)),
		result.notes.join('\n'),
	);
});

test('a chapter whose owner changes without a new review date gets a warning', async (t) => {
	const root = committedManual(t);
	edit(root, CHAPTER, (text) => text.replace('owner: accountant', 'owner: incident-lead'));
	const result = await check(root);
	assert.ok(
		result.notes.some((note) => note.includes(`${CHAPTER} 改了 owner，但 reviewed 仍是 2026-10-01`)),
		result.notes.join('\n'),
	);
});
