// The schemas and the pure helpers the content check is built from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { ChapterFieldsSchema } from '../../src/schemas/chapter.ts';
import { ChecklistSchema, type ChecklistUserInput } from '../../src/schemas/checklist.ts';
import { durationMinutes, formatDuration } from '../../src/domain/duration.ts';
import type { ContentProblem } from '../../src/check/problem.ts';
import { fieldPath } from '../../src/check/problem.ts';
import { formatProblem, formatReport } from '../../src/check/report.ts';
import { splitLink } from '../../src/domain/routes.ts';
import { parseYaml, splitFrontmatter } from '../../src/check/yaml.ts';
import { zodProblems } from '../../src/check/zod-problems.ts';
import { parseContent } from '../../src/schemas/parse.ts';
import { outline, parseMdx } from '../../src/check/mdx.ts';

const HAN = /\p{Script=Han}/u;

const checklist = (): ChecklistUserInput => ({
	title: '系统故障应急清单',
	summary: '系统出故障时使用。',
	kind: 'incident',
	category: 'system-failure',
	type: 'READ-DO',
	edition: '2026-11-24' as unknown as Date,
	trigger: '系统停机超过十五分钟。',
	severities: [{ id: 'L1', name: '一级', when: '全员无法工作' }],
	phases: [
		{ title: '报告', steps: [{ id: 'report-outage', text: '报告应急负责人', role: 'incident-lead', due: 'PT15M', record: '报告时间' }] },
	],
});

test('ChecklistSchema accepts a valid checklist and fills in the defaults', () => {
	const parsed = ChecklistSchema.parse(checklist());
	const step = parsed.phases[0]?.steps[0];
	assert.ok(step);
	assert.equal(step.critical, false);
	assert.deepEqual(step.severities, []);
	assert.deepEqual(step.links, []);
	assert.equal(step.detail, undefined);
	assert.deepEqual(parsed.chapters, []);
	assert.ok(parsed.edition instanceof Date);
	assert.equal(parsed.edition.toISOString().slice(0, 10), '2026-11-24');
});

test('ChecklistSchema ties category to incident checklists', () => {
	const withoutCategory = { ...checklist(), category: undefined };
	const missing = ChecklistSchema.safeParse(withoutCategory);
	assert.equal(missing.success, false);
	assert.deepEqual(
		missing.error?.issues.map((issue) => [issue.path.join('.'), issue.code]),
		[['category', 'custom']],
	);

	const routine = ChecklistSchema.safeParse({ ...checklist(), kind: 'routine' });
	assert.equal(routine.success, false);
	assert.deepEqual(
		routine.error?.issues.map((issue) => issue.path.join('.')),
		['category'],
	);

	const routineWithout = ChecklistSchema.safeParse({ ...checklist(), kind: 'routine', category: undefined, severities: undefined });
	assert.equal(routineWithout.success, true);
	assert.deepEqual(routineWithout.data?.severities, []);

	const noLevels = ChecklistSchema.safeParse({ ...checklist(), severities: [] });
	assert.deepEqual(
		noLevels.error?.issues.map((issue) => issue.path.join('.')),
		['severities'],
	);
});

test('ChecklistSchema rejects bad step ids, deadlines and links with the field path', () => {
	const input = checklist();
	const step = input.phases[0]!.steps[0]!;
	Object.assign(step, { id: 'Report_Outage', due: '15分钟', links: ['emergency/system-failure/'] });
	const result = ChecklistSchema.safeParse(input);
	assert.equal(result.success, false);
	assert.deepEqual(result.error?.issues.map((issue) => issue.path.join('.')).sort(), [
		'phases.0.steps.0.due',
		'phases.0.steps.0.id',
		'phases.0.steps.0.links.0',
	]);
});

test('durationMinutes reads ISO 8601 durations without years or months', () => {
	const cases: [string, number][] = [
		['PT15M', 15],
		['PT4H', 240],
		['P1D', 1440],
		['P1DT2H', 1560],
		['P1W', 10080],
		['PT1H30M', 90],
		['PT0M', 0],
	];
	for (const [text, minutes] of cases) assert.equal(durationMinutes(text), minutes, text);
	for (const text of ['P1M', 'P1Y', 'PT', 'P', '15分钟', 'pt15m', 'PT15', '15M', 'P1DT', '', ' PT15M'])
		assert.equal(durationMinutes(text), undefined, JSON.stringify(text));
});

test('formatDuration writes minutes in Chinese', () => {
	assert.equal(formatDuration(0), '立即');
	assert.equal(formatDuration(15), '15 分钟');
	assert.equal(formatDuration(240), '4 小时');
	assert.equal(formatDuration(1560), '1 天 2 小时');
	assert.equal(formatDuration(1441), '1 天 1 分钟');
	assert.equal(formatDuration(10080), '7 天');
});

test('fieldPath joins keys with dots and indexes with brackets', () => {
	assert.equal(fieldPath(['phases', 0, 'steps', 2, 'role']), 'phases[0].steps[2].role');
	assert.equal(fieldPath([3, 'standIn']), '[3].standIn');
	assert.equal(fieldPath(['severities', 1, 'id']), 'severities[1].id');
	assert.equal(fieldPath(['owner']), 'owner');
	assert.equal(fieldPath([]), '');
});

test('splitLink separates the page from the anchor and adds the trailing slash', () => {
	assert.deepEqual(splitLink('/emergency/system-failure/#先保申报'), { path: '/emergency/system-failure/', anchor: '先保申报' });
	assert.deepEqual(splitLink('/emergency/system-failure'), { path: '/emergency/system-failure/', anchor: undefined });
	assert.deepEqual(splitLink('/checklists/data-loss/'), { path: '/checklists/data-loss/', anchor: undefined });
	assert.deepEqual(splitLink('#report-outage'), { path: '', anchor: 'report-outage' });
	assert.deepEqual(splitLink('/glossary/#%E5%A4%8D%E6%A0%B8'), { path: '/glossary/', anchor: '复核' });
	assert.deepEqual(splitLink('/roles/#'), { path: '/roles/', anchor: undefined });
});

test('parseYaml locates nested fields, falling back to the nearest parent', () => {
	const text = [
		'title: 清单',
		'phases:',
		'  - title: 报告',
		'    steps:',
		'      - id: a',
		'        role: accountant',
		'      - id: b',
		'        role: it-admin',
		'',
	].join('\n');
	const parsed = parseYaml('x.yaml', text);
	assert.deepEqual(parsed.problems, []);
	assert.deepEqual(parsed.locate(['phases', 0, 'steps', 1, 'role']), { line: 8, column: 15 });
	assert.deepEqual(parsed.locate(['phases', 0, 'steps', 0, 'id']), { line: 5, column: 13 });
	assert.deepEqual(parsed.locate(['title']), { line: 1, column: 8 });
	// A missing field points at its parent: the step it should have been written in.
	assert.equal(parsed.locate(['phases', 0, 'steps', 1, 'due'])?.line, 7);
	// Embedded YAML (a chapter's frontmatter) is shifted by the lines before it.
	assert.equal(parseYaml('x.mdx', text, 1).locate(['phases', 0, 'steps', 1, 'role'])?.line, 9);
});

test('parseYaml reports a syntax error with its line, in Chinese', () => {
	const parsed = parseYaml('x.yaml', ['title: 清单', 'kind: incident', 'kind: routine', ''].join('\n'));
	assert.equal(parsed.data, undefined);
	assert.equal(parsed.problems.length, 1);
	const [problem] = parsed.problems;
	assert.equal(problem?.rule, 'yaml/syntax');
	assert.equal(problem?.file, 'x.yaml');
	assert.equal(problem?.line, 3);
	assert.match(problem?.message ?? '', /^YAML 格式错误/);

	const unclosed = parseYaml('y.mdx', ['title: 章节', 'audience: [a, b', 'part: 应急'].join('\n'), 1);
	assert.ok(unclosed.problems.length > 0);
	for (const p of unclosed.problems) assert.ok(p.line !== undefined && p.line >= 3 && p.line <= 4, `line ${p.line}`);
});

test('splitFrontmatter finds the frontmatter and the first body line', () => {
	const parts = splitFrontmatter('---\ntitle: 章节\nowner: a\n---\n\n## 标题\n');
	assert.deepEqual(parts, { frontmatter: 'title: 章节\nowner: a', body: '\n## 标题\n', bodyLine: 5 });
	assert.equal(splitFrontmatter('## 没有 frontmatter\n'), undefined);
});

test('parseContent speaks Chinese per call, without a global setting', () => {
	const schema = z.object({ count: z.int(), name: z.string() });
	const result = parseContent(schema, { count: '三' });
	assert.equal(result.success, false);
	assert.equal(result.error?.issues.length, 2);
	for (const issue of result.error?.issues ?? []) assert.match(issue.message, HAN, issue.message);
	// Loading the content check must not change what every other Zod parse says.
	for (const issue of schema.safeParse({ count: '三' }).error?.issues ?? []) assert.doesNotMatch(issue.message, HAN, issue.message);
});

test('a step held to a calendar deadline names an allowed one that its checklist serves; the report says which are allowed', () => {
	const held = (beats: string, deadline?: string) => {
		const input = { ...checklist(), ...(deadline ? { deadline } : {}) } as ChecklistUserInput;
		Object.assign(input.phases[0]!.steps[0]!, { beats });
		return input;
	};
	assert.equal(ChecklistSchema.safeParse(held('monthly-filing', 'monthly-filing')).success, true);

	const unserved = ChecklistSchema.safeParse(held('monthly-filing'));
	assert.deepEqual(
		unserved.error?.issues.map((issue) => [issue.path.join('.'), issue.message]),
		[
			[
				'phases.0.steps.0.beats',
				'步骤 report-outage 要赶在 monthly-filing（本期申报截止）之前，但清单没有填写 deadline：请在清单顶层写 deadline: monthly-filing，或删除这一步的 beats',
			],
		],
	);

	const unknown = held('filing', 'monthly-filing');
	const result = parseContent(ChecklistSchema, unknown);
	assert.equal(result.success, false);
	const [problem] = zodProblems('content/checklists/system-failure.yaml', ChecklistSchema, unknown, result.error!);
	assert.equal(problem?.file, 'content/checklists/system-failure.yaml');
	assert.equal(problem?.field, 'phases[0].steps[0].beats');
	assert.equal(problem?.value, 'filing');
	assert.match(
		problem?.hint ?? '',
		/可选的值：monthly-filing（本期申报截止）。该字段：这一步必须赶在哪个法定截止时间之前完成.*请按要求修改后重新检查。/,
	);
});

test('zodProblems turns issues into problems with field, value, line and hint', () => {
	const text = [
		'description: 一句话说明本章内容',
		'owner: Tech_Lead',
		'audience: []',
		'part: 管理',
		'reviewed: 2026-11-24',
		'reviewEvery: 十二',
		'',
	].join('\n');
	const parsed = parseYaml('content/chapters/a.mdx', text, 1);
	const result = parseContent(ChapterFieldsSchema, parsed.data);
	assert.equal(result.success, false);
	const problems = zodProblems('content/chapters/a.mdx', ChapterFieldsSchema, parsed.data, result.error!, parsed.locate);
	const byField = new Map(problems.map((p) => [p.field, p]));
	assert.deepEqual([...byField.keys()].sort(), ['audience', 'owner', 'part', 'reviewEvery']);
	assert.equal(byField.get('owner')?.value, 'Tech_Lead');
	assert.equal(byField.get('owner')?.line, 3);
	assert.equal(byField.get('part')?.rule, 'schema/invalid_value');
	assert.equal(byField.get('reviewEvery')?.rule, 'schema/invalid_type');
	assert.equal(byField.get('reviewEvery')?.line, 7);
	for (const problem of problems) {
		assert.equal(problem.file, 'content/chapters/a.mdx');
		assert.match(formatProblem(problem), HAN);
		assert.ok(problem.hint);
	}
});

test('formatProblem puts the line and field first and shows the value', () => {
	const problem: ContentProblem = {
		file: 'f.yaml',
		field: 'phases[0].steps[2].role',
		message: '未知岗位',
		value: 'x',
		hint: '请改正。',
		line: 12,
		column: 3,
		rule: 'ref/role',
	};
	assert.equal(formatProblem(problem), '第 12 行第 3 列 phases[0].steps[2].role：未知岗位。值为 "x"。请改正。');
	assert.equal(formatProblem({ file: 'f', field: '', message: '文件不存在', rule: 'file/missing' }), '文件不存在。');
	assert.equal(
		formatProblem({ file: 'f', field: 'a', message: '缺少', value: undefined, rule: 'schema/invalid_type' }),
		'a：缺少。值为 （缺失）。',
	);
});

test('formatReport sorts files by name and problems by line, then counts them', () => {
	const p = (file: string, line: number | undefined, message: string): ContentProblem => ({
		file,
		field: '',
		message,
		rule: 'file/missing',
		...(line ? { line } : {}),
	});
	const report = formatReport(
		[
			p('content/b.yaml', 9, '乙九'),
			p('content/a.mdx', 20, '甲二十'),
			p('content/b.yaml', 2, '乙二'),
			p('content/a.mdx', 3, '甲三'),
			p('content/c/', undefined, '丙'),
		],
		7,
	);
	assert.equal(
		report,
		[
			'content/a.mdx',
			'  - 第 3 行：甲三。',
			'  - 第 20 行：甲二十。',
			'content/b.yaml',
			'  - 第 2 行：乙二。',
			'  - 第 9 行：乙九。',
			'content/c/',
			'  - 丙。',
			'',
			'共发现 5 个问题，涉及 3 个文件。修改后重新运行 npm run check。',
		].join('\n'),
	);
	assert.equal(formatReport([], 7), '内容检查通过：检查了 7 个文件，没有发现问题。');
});

test('a heading with a clock time has the anchor the site gives it, not one cut at the colon', () => {
	const { anchors } = outline(parseMdx('## 截止日 17:00 以后\n\n## 下午 2:30 前\n'));
	assert.deepEqual(anchors, ['截止日-1700-以后', '下午-230-前']);
});
