// The content check against a corpus of broken content. tests/fixtures/manual is a small manual
// that passes; each folder in tests/fixtures/faults breaks it in one way (files under content/
// replace or add files, delete.json removes some) and fault.json says which problems must follow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, helpUrlFor } from '../../src/check/index.ts';
import { mergeRepeated } from '../../src/check/merge.ts';
import type { ContentProblem } from '../../src/check/problem.ts';
import { formatProblem, formatReport } from '../../src/check/report.ts';
import { faultNamed, faults, faultsDir, HAN, sourcesDir, treeWith, validTree, type Expected } from '../support/faults.ts';

function matches(problem: ContentProblem, expected: Expected): boolean {
	if (problem.file !== expected.file || problem.rule !== expected.rule) return false;
	const fieldOk = expected.field.endsWith('*') ? problem.field.startsWith(expected.field.slice(0, -1)) : problem.field === expected.field;
	if (!fieldOk) return false;
	if (expected.line === undefined) return true;
	if (problem.line === undefined) return false;
	if (expected.line === 'any') return problem.line >= 1;
	if (Array.isArray(expected.line)) return problem.line >= expected.line[0] && problem.line <= expected.line[1];
	return problem.line === expected.line;
}

const describe = (problems: readonly ContentProblem[]) =>
	problems.map((p) => `  ${p.file} | ${p.field} | ${p.rule} | 第 ${p.line ?? '-'} 行 | ${formatProblem(p)}`).join('\n') || '  （没有问题）';

test('the valid manual passes the check with no problems', async () => {
	const result = await checkContent(validTree, sourcesDir);
	assert.deepEqual(result.problems, [], `the valid fixture should pass:\n${describe(result.problems)}`);
	// The originality rule ran against the fixture sources rather than being skipped.
	assert.deepEqual(result.notes, []);
	// Every contact has a number, so the deploy's go-live check passes too.
	assert.deepEqual(result.warnings, []);
	assert.deepEqual((await checkContent(validTree, sourcesDir, { goLive: true })).problems, []);
	assert.equal(result.manual.chapters.length, 5);
	assert.equal(result.manual.checklists.length, 17);
	assert.equal(result.manual.roles?.data.length, 4);
	assert.ok(result.manual.organisation && result.manual.glossary && result.manual.sidebar);
	assert.equal(result.manual.calendars.length, 1);
	assert.match(formatReport(result.problems, result.files.length), /^内容检查通过：检查了 37 个文件/);
});

test('the fault corpus is large and every fault changes the valid manual', () => {
	assert.ok(faults.length >= 24, `only ${faults.length} faults`);
	const rules = new Set(faults.flatMap((fault) => fault.expect.map((expected) => expected.rule)));
	assert.ok(rules.size >= 24, `faults cover only ${rules.size} rules`);
	for (const fault of faults) {
		assert.ok(fault.description, `${fault.name}: fault.json has no description`);
		assert.ok(fault.expect.length + (fault.warnings?.length ?? 0) > 0, `${fault.name}: fault.json expects nothing`);
		assert.ok(fault.overlay.length + fault.remove.length > 0, `${fault.name}: changes no file`);
		for (const path of fault.overlay) {
			const original = join(validTree, path);
			if (existsSync(original))
				assert.notEqual(
					readFileSync(join(faultsDir, fault.name, path), 'utf8'),
					readFileSync(original, 'utf8'),
					`${fault.name}: ${path} is identical to the valid file`,
				);
		}
	}
});

for (const fault of faults) {
	test(`${fault.name}: ${fault.description}`, async (t) => {
		const result = await checkContent(treeWith(t, fault), sourcesDir, { goLive: fault.goLive });
		const { problems } = result;
		if (fault.expect.length) assert.ok(problems.length > 0, 'the check passed a broken manual');
		if (fault.warnings) {
			const unmatched = fault.warnings.filter((expected) => !result.warnings.some((warning) => matches(warning, expected)));
			assert.deepEqual(unmatched, [], `warnings not reported:\n${describe(result.warnings)}`);
			const extra = result.warnings.filter((warning) => !fault.warnings!.some((expected) => matches(warning, expected)));
			assert.deepEqual(extra, [], `warnings not in fault.json:\n${describe(extra)}`);
		}

		for (const expected of fault.expect) {
			const found = problems.filter((problem) => matches(problem, expected));
			assert.ok(found.length > 0, `expected ${JSON.stringify(expected)}; the check reported:\n${describe(problems)}`);
		}
		// Nothing else: a fault is reported where it is, not also as knock-on problems in other files.
		const unexpected = problems.filter((problem) => !fault.expect.some((expected) => matches(problem, expected)));
		assert.deepEqual(unexpected, [], `problems not in fault.json:\n${describe(unexpected)}`);

		for (const problem of problems) {
			const text = formatProblem(problem);
			assert.match(text, HAN, `not in Chinese: ${text}`);
			if (problem.line !== undefined) assert.ok(Number.isInteger(problem.line) && problem.line >= 1, `bad line ${problem.line} in ${text}`);
			if (problem.column !== undefined)
				assert.ok(Number.isInteger(problem.column) && problem.column >= 1, `bad column ${problem.column} in ${text}`);
			if (problem.line !== undefined) assert.ok(text.startsWith(`第 ${problem.line} 行`), `the line is not shown first: ${text}`);
		}
		if (problems.length) assert.match(formatReport(problems, result.files.length), new RegExp(`共发现 ${problems.length} 个问题`));
	});
}

test('a file with two independent problems reports both, not only the first', async (t) => {
	const fault = faultNamed('two-problems-one-file');
	const { problems } = await checkContent(treeWith(t, fault), sourcesDir);
	assert.equal(problems.length, 2, describe(problems));
	assert.equal(new Set(problems.map((problem) => problem.file)).size, 1);
	assert.deepEqual(problems.map((problem) => problem.field).sort(), ['phases[0].steps[1].due', 'phases[1].steps[0].due']);
	assert.deepEqual(problems.map((problem) => problem.value).sort(), ['15分钟', 'P1M']);
	assert.notEqual(problems[0]?.line, problems[1]?.line);
});

test('the report groups problems by file, orders them by line and ends with the count', async (t) => {
	const applied = [faultNamed('two-problems-one-file'), faultNamed('unknown-owner-role'), faultNamed('skipped-heading-level')];
	const result = await checkContent(treeWith(t, ...applied), sourcesDir);
	const files = [...new Set(result.problems.map((problem) => problem.file))].sort();
	assert.deepEqual(files, [
		'content/chapters/emergency/data-loss.mdx',
		'content/chapters/emergency/framework.mdx',
		'content/checklists/system-failure.yaml',
	]);
	assert.equal(result.problems.length, 4, describe(result.problems));

	const lines = formatReport(result.problems, result.files.length).split('\n');
	assert.equal(lines.at(-1), `共发现 4 个问题，涉及 3 个文件。修改后重新运行 npm run check。`);
	assert.equal(lines.at(-2), '');
	// Each file is a heading once, in order, followed by its own problems only.
	const headings = lines.filter((line) => line !== '' && !line.startsWith('  - ') && !line.startsWith('共发现'));
	assert.deepEqual(headings, files);
	for (const file of files) {
		const start = lines.indexOf(file);
		const items = lines.slice(start + 1).filter((_, i, rest) => rest.slice(0, i + 1).every((line) => line.startsWith('  - ')));
		const own = result.problems.filter((problem) => problem.file === file);
		assert.equal(items.length, own.length, `${file} section:\n${items.join('\n')}`);
		const shownLines = items.map((item) => Number(/第 (\d+) 行/.exec(item)?.[1]));
		assert.deepEqual(
			shownLines,
			[...shownLines].sort((a, b) => a - b),
			`${file}: problems not in line order`,
		);
		for (const problem of own)
			assert.ok(items.includes(`  - ${formatProblem(problem)}`), `${file} section lacks: ${formatProblem(problem)}`);
	}
});

test('the first-call and delays-filing messages say whom to call, within how long, and which words stop a filing', async (t) => {
	const [call] = (await checkContent(treeWith(t, faultNamed('first-call-wrong-role')), sourcesDir)).problems;
	assert.equal(call?.value, '马上告诉信息管理员');
	assert.match(call?.hint ?? '', /先报应急负责人（incident-lead），时限 15 分钟内，这一条先写的是信息管理员，没有写时限“15 分钟内”/);
	assert.match(call?.hint ?? '', /请写成“15 分钟内电话告诉应急负责人”/);
	const [delay] = (await checkContent(treeWith(t, faultNamed('first-action-delays-filing')), sourcesDir)).problems;
	assert.match(delay?.hint ?? '', /这里写了“暂停受影响客户的申报”/);
	assert.match(delay?.hint ?? '', /lateFiling/);
});

test('a file saved with a UTF-8 byte-order mark (Windows Notepad) is accepted, whatever its kind', async (t) => {
	const root = treeWith(t);
	const files = [
		'content/chapters/emergency/framework.mdx',
		'content/checklists/system-failure.yaml',
		'content/roles/roles.yaml',
		'content/glossary/glossary.yaml',
		'content/calendar/2026.yaml',
	];
	for (const file of files) writeFileSync(join(root, file), `\uFEFF${readFileSync(join(root, file), 'utf8')}`);
	const result = await checkContent(root, sourcesDir);
	assert.deepEqual(result.problems, [], describe(result.problems));
	assert.equal(result.manual.chapters.find((chapter) => chapter.id === 'emergency/framework')?.title, '应急总则');
});

test('a YAML syntax error does not hide the field mistakes above it, nor other files’ mistakes: one round', async (t) => {
	const root = treeWith(t, faultNamed('unknown-owner-role'));
	const file = join(root, 'content/checklists/data-loss.yaml');
	const lines = readFileSync(file, 'utf8').split('\n');
	// A wrong kind near the top, and an unclosed quote further down.
	const kind = lines.findIndex((line) => line.startsWith('kind:'));
	lines[kind] = 'kind: incidnet';
	const text = lines.findLastIndex((line) => /^\s+text: /.test(line));
	lines[text] = lines[text]!.replace('text: ', 'text: "');
	writeFileSync(file, lines.join('\n'));
	const { problems } = await checkContent(root, sourcesDir);
	const found = problems.map((p) => [p.file, p.rule, p.field]);
	assert.deepEqual(
		found.filter(([name]) => name === 'content/checklists/data-loss.yaml').sort(),
		[
			['content/checklists/data-loss.yaml', 'schema/invalid_value', 'kind'],
			['content/checklists/data-loss.yaml', 'yaml/syntax', ''],
		],
		describe(problems),
	);
	assert.ok(
		found.some(([name, rule]) => name === 'content/chapters/emergency/framework.mdx' && rule === 'ref/role'),
		describe(problems),
	);
	const syntax = problems.find((p) => p.rule === 'yaml/syntax');
	assert.match(syntax?.message ?? '', /^YAML 格式错误：引号或括号没有闭合/);
	// The category above the break is read, so the category is not also reported as having no checklist.
	assert.ok(!problems.some((p) => p.rule === 'category/uncovered'), describe(problems));
});

test('a renamed role is one problem at its definition, proposing to undo the rename', async (t) => {
	const { problems } = await checkContent(treeWith(t, faultNamed('renamed-role')), sourcesDir);
	assert.equal(problems.length, 1, describe(problems));
	const text = formatProblem(problems[0]!);
	assert.match(text, /^第 17 行第 7 列 \[3\]\.id：岗位 id 从“accountant”改成了“bookkeeper”，还有 \d+ 处（\d+ 个文件）仍写“accountant”/);
	assert.match(text, /请把这里改回 id: accountant/);
	assert.doesNotMatch(text, /新增岗位/);
});

/** The new classes of mistakes: each message names the value found and says what to write instead. */
const NEW_CLASSES = {
	'retention-different-value': [/15 年/, /retention-30-years/, /LegalFact/],
	'retention-full-width-digits': [/３０ 年/, /LegalFact id="retention-30-years"/],
	'deadline-band-in-ri': [/3 日以内/, /一级（L1）/],
	'deadline-on-rest-day': [/2026-08-15/, /星期六/, /2026-08-17/],
	'phone-wrong-length': [/11 位，这里是 10 位/, /缺少区号/, /这里是 6 位/],
	'unclosed-container': [/:::tip/, /另起一行，写 :::/],
	'duplicate-title': [/月末结账/, /content\/chapters\/operations\/month-end\.mdx 的标题也是/],
	'synonym-on-two-terms': [/处置清单/, /应急清单/],
	'edition-in-future': [/2099-03-01/, /今天或更早/],
	'chapter-saved-as-gbk': [/UTF-8/, /另存为/],
	'replacement-character': [/�/, /重新输入/],
	'zero-due': [/PT0M/, /PT15M/],
	'mdx-expression': [/\{包括共享盘\}/, /全角/],
	'unknown-fact-id': [/retention-thirty-years/, /retention-30-years/],
} as const;

for (const [name, patterns] of Object.entries(NEW_CLASSES))
	test(`${name}: the message names the place, the value and what to do`, async (t) => {
		const { problems } = await checkContent(treeWith(t, faultNamed(name)), sourcesDir);
		const text = problems.map((found) => `${found.file} ${formatProblem(found, (rule) => `/help/rules/${rule}/`)}`).join('\n');
		for (const found of problems) {
			assert.ok(found.line !== undefined && found.line >= 1, `no line: ${formatProblem(found)}`);
			assert.ok(found.field || found.file, 'no field or file');
			assert.match(found.hint ?? '', /请|改|写/, `no instruction: ${formatProblem(found)}`);
		}
		for (const pattern of patterns) assert.match(text, pattern);
		assert.match(text, /说明：\/help\/rules\//);
	});

test('help links lead to the manual’s own site, or are site paths while site.url is a placeholder', () => {
	const manual = (url: string, base = '/') =>
		({ organisation: { data: { site: { url, base, public: false } } } }) as unknown as Parameters<typeof helpUrlFor>[0];
	assert.equal(helpUrlFor(manual('https://manual.example.com'))('ref/role'), '/help/rules/ref/role/');
	assert.equal(helpUrlFor(manual('https://manual.example.com', '/manual/'))('ref/role'), '/manual/help/rules/ref/role/');
	assert.equal(
		helpUrlFor(manual('https://shouce.daizhang.cn', '/manual/'))('ref/role'),
		'https://shouce.daizhang.cn/manual/help/rules/ref/role/',
	);
});

test('the same finding reached twice is reported once', () => {
	const found = {
		file: 'content/roles/roles.yaml',
		field: '[0].standIn',
		message: '未知岗位',
		value: 'boss',
		line: 3,
		rule: 'ref/role' as const,
	};
	assert.deepEqual(mergeRepeated([found, { ...found }, { ...found, line: 4 }]), [found, { ...found, line: 4 }]);
});
