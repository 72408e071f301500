// `npm run new`, end to end in a copy of the manual's content: the command writes the file and
// the sidebar entry, the content check refuses only the template's 待补充 (draft/placeholder) until
// the editor fills them in, then passes. The build that publishes such a chapter is
// `npm run build:reread`'s copy, walked by tests/e2e/new-chapter.spec.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkContent, defaultSourcesDir } from '../../src/check/index.ts';
import { formatReport } from '../../src/check/report.ts';
import { localDay } from '../../src/domain/content-status.ts';
import { askChoice } from '../../scripts/new/questions.ts';
import { addChecklistToChapter } from '../../scripts/new/edits.ts';
import { readdirSync } from 'node:fs';

const repo = join(import.meta.dirname, '..', '..');
const sources = defaultSourcesDir(repo);

/** A copy of the repository's content/ in a temporary folder, removed after the test. */
function contentCopy(t: { after: (fn: () => void) => void }): string {
	const root = mkdtempSync(join(tmpdir(), 'new-content-'));
	t.after(() => rmSync(root, { recursive: true, force: true }));
	cpSync(join(repo, 'content'), join(root, 'content'), { recursive: true });
	return root;
}

/** Runs `npm run new -- …` as a script would: no terminal, every answer a flag. */
function runNew(root: string, ...args: string[]) {
	const run = spawnSync(process.execPath, [join(repo, 'scripts', 'new.ts'), ...args], { cwd: root, encoding: 'utf8', input: '' });
	return { status: run.status, output: run.stdout + run.stderr };
}

async function assertChecks(root: string) {
	const result = await checkContent(root, sources);
	assert.deepEqual(result.problems, [], formatReport(result.problems, result.files.length));
}

/**
 * A freshly written page is not publishable: the check names each 待补充 in the new files and
 * nothing else. The editor then writes them (here: replaced by text) and the check passes.
 */
async function assertDraftUntilFilledIn(root: string, files: readonly string[]) {
	const { problems } = await checkContent(root, sources);
	assert.ok(problems.length > 0, 'the template’s 待补充 were published');
	for (const problem of problems) {
		assert.equal(problem.rule, 'draft/placeholder', formatReport(problems, 0));
		assert.ok(files.includes(problem.file), `${problem.file} is not a new file`);
	}
	for (const file of files) writeFileSync(join(root, file), read(root, file).replaceAll('待补充', '已写明'));
	await assertChecks(root);
}

const read = (root: string, file: string) => readFileSync(join(root, file), 'utf8');

test('a new chapter gets today’s date and a sidebar entry, keeps the sidebar’s comments, and passes the check once filled in', async (t) => {
	const root = contentCopy(t);
	const before = read(root, 'content/sidebar.yaml');
	// No --part: operations/ is the folder of the 运营 part's chapters.
	const { status, output } = runNew(root, 'chapter', 'operations/payroll-tax', '--title', '个税代扣代缴', '--owner', 'tax-specialist');
	assert.equal(status, 0, output);
	assert.match(output, /content\/chapters\/operations\/payroll-tax\.mdx/);
	const chapter = read(root, 'content/chapters/operations/payroll-tax.mdx');
	assert.match(chapter, /^title: 个税代扣代缴$/m);
	assert.match(chapter, new RegExp(`^reviewed: ${localDay(new Date())}$`, 'm'));
	const sidebar = read(root, 'content/sidebar.yaml');
	// Only the new line is added: comments and layout stay as the editors wrote them.
	assert.equal(sidebar.replace('    - operations/payroll-tax\n', ''), before);
	const parts = parse(sidebar) as { label: string; chapters: string[] }[];
	assert.equal(parts.find((part) => part.label === '运营')?.chapters.at(-1), 'operations/payroll-tax');
	await assertDraftUntilFilledIn(root, ['content/chapters/operations/payroll-tax.mdx']);
});

test('a new checklist names its chapter, the chapter names it back, and both pass the check once filled in', async (t) => {
	const root = contentCopy(t);
	const chapterArgs = ['chapter', 'operations/payroll-tax', '--title', '个税代扣代缴', '--part', '运营', '--owner', 'tax-specialist'];
	assert.equal(runNew(root, ...chapterArgs).status, 0);
	const routine = runNew(
		root,
		'checklist',
		'payroll-tax',
		'--title',
		'个税申报清单',
		'--kind',
		'routine',
		'--owner',
		'tax-specialist',
		'--chapter',
		'operations/payroll-tax',
	);
	assert.equal(routine.status, 0, routine.output);
	assert.match(read(root, 'content/chapters/operations/payroll-tax.mdx'), /^checklists: \[payroll-tax\]$/m);
	// An incident checklist needs its category and severity levels; the template supplies the levels.
	const incident = runNew(
		root,
		'checklist',
		'server-room-fire',
		'--title',
		'机房火灾应急清单',
		'--kind',
		'incident',
		'--category',
		'natural-disaster',
		'--owner',
		'it-admin',
	);
	assert.equal(incident.status, 0, incident.output);
	const checklist = parse(read(root, 'content/checklists/server-room-fire.yaml')) as {
		edition: string;
		category: string;
		severities: unknown[];
	};
	assert.equal(checklist.edition, localDay(new Date()));
	assert.equal(checklist.category, 'natural-disaster');
	assert.equal(checklist.severities.length, 3);
	await assertDraftUntilFilledIn(root, [
		'content/chapters/operations/payroll-tax.mdx',
		'content/checklists/payroll-tax.yaml',
		'content/checklists/server-room-fire.yaml',
	]);
});

test('an incident checklist is scaffolded with what its finder needs, and the check asks for each 待补充 of it', async (t) => {
	const root = contentCopy(t);
	const args = ['checklist', 'server-room-fire', '--title', '机房火灾应急清单', '--kind', 'incident', '--category', 'natural-disaster'];
	assert.equal(runNew(root, ...args, '--owner', 'it-admin').status, 0);
	const checklist = parse(read(root, 'content/checklists/server-room-fire.yaml')) as {
		appliesWhen: string;
		symptoms: string[];
		firstActions: { kind: string; text: string }[];
	};
	assert.deepEqual(
		checklist.firstActions.map((action) => action.kind),
		['stop', 'capture', 'call'],
	);
	// The first report is the one content/facts/response.yaml gives any incident: written out, not left to guess.
	assert.equal(checklist.firstActions[2]?.text, '15 分钟内电话告诉应急负责人');
	const { problems } = await checkContent(root, sources);
	const asked = new Set(problems.filter((found) => found.rule === 'draft/placeholder').map((found) => found.field));
	for (const field of ['appliesWhen', 'symptoms[0]', 'symptoms[1]', 'firstActions[0].text', 'firstActions[1].text', 'severities[0].when'])
		assert.ok(asked.has(field), `the check does not ask for ${field}: ${[...asked].join(', ')}`);
	assert.ok(!asked.has('firstActions[2].text'), 'the first call was left to the editor');
});

test('linking a checklist into a chapter changes only its checklists line, in every chapter of the manual', () => {
	const chapters = join(repo, 'content', 'chapters');
	const files = readdirSync(chapters, { recursive: true })
		.map(String)
		.filter((name) => name.endsWith('.mdx'));
	assert.ok(files.length > 20);
	for (const name of files) {
		const before = readFileSync(join(chapters, name), 'utf8');
		const after = addChecklistToChapter(before, 'new-checklist').split('\n');
		const lines = before.split('\n');
		// Lines outside the checklists field are byte for byte the same: one line changed or one added.
		assert.ok(after.length - lines.length <= 1, `${name}: ${after.length - lines.length} lines added`);
		const added = after.filter((line) => !lines.includes(line));
		assert.equal(added.length, 1, `${name}: ${added.join(' | ')}`);
		assert.match(added[0]!, /new-checklist/, name);
		assert.deepEqual(
			lines.filter((line) => !after.includes(line)).filter((line) => !/^checklists:/.test(line)),
			[],
			`${name}: a line other than checklists changed`,
		);
		assert.equal(addChecklistToChapter(after.join('\n'), 'new-checklist'), after.join('\n'), `${name}: added twice`);
	}
});

test('wrong or missing answers are refused in Chinese, and nothing is written', (t) => {
	const root = contentCopy(t);
	const sidebar = read(root, 'content/sidebar.yaml');
	const unknownRole = runNew(root, 'chapter', 'operations/payroll-tax', '--title', '个税', '--part', '运营', '--owner', 'boss');
	assert.equal(unknownRole.status, 1);
	assert.match(unknownRole.output, /没有 id 为“boss”的岗位。可选：general-manager（总经理）/);
	const existing = runNew(root, 'chapter', 'emergency/framework', '--title', '总则', '--part', '应急', '--owner', 'incident-lead');
	assert.match(existing.output, /章节 emergency\/framework 已经存在/);
	const missing = runNew(root, 'checklist', 'payroll-tax', '--kind', 'routine');
	assert.match(missing.output, /缺少 --title、--owner/);
	const noCategory = runNew(root, 'checklist', 'fire', '--title', '火灾', '--kind', 'incident', '--owner', 'it-admin');
	assert.match(noCategory.output, /缺少 --category/);
	assert.equal(read(root, 'content/sidebar.yaml'), sidebar);
	assert.ok(!existsSync(join(root, 'content/chapters/operations/payroll-tax.mdx')));
	assert.ok(!existsSync(join(root, 'content/checklists/payroll-tax.yaml')));
});

test('in a terminal a choice is asked again until it is one of the numbered options', async () => {
	const answers = ['9', 'routine'];
	const asked: string[] = [];
	const rl = { question: async (text: string) => (asked.push(text), answers.shift() ?? '') };
	const logged: string[] = [];
	const log = console.log;
	console.log = (line: string) => logged.push(line);
	try {
		const kind = await askChoice(rl as never, '清单种类', [
			{ value: 'incident', label: '应急' },
			{ value: 'routine', label: '日常' },
		]);
		assert.equal(kind, 'routine');
	} finally {
		console.log = log;
	}
	assert.match(asked[0] ?? '', /清单种类\n {2}1\. 应急（incident）\n {2}2\. 日常（routine）\n请输入编号：/);
	assert.deepEqual(logged, ['没有“9”这个选项，请输入 1 到 2 之间的编号。']);
});
