// Scoring, read confirmations bound to editions, path progress and the stored record's validation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SelfCheckSchema } from '../../src/schemas/training.ts';
import { scoreSelfCheck } from '../../src/domain/training/scoring.ts';
import { correctIndexes } from '../../src/domain/training/questions.ts';
import { confirmRead, emptyTrainingRecord, parseTrainingRecord, recordAttempt } from '../../src/domain/training/record.ts';
import { nextOnPath, pathProgress, type PathGuides, type PathStage } from '../../src/domain/training/progress.ts';
import { loadManual } from '../../src/check/load.ts';
import { drillFigures, drillRun } from '../../src/domain/training/drills.ts';
import { record, startRun, type ChecklistRun, type ChecklistSnapshot } from '../../src/domain/run/model.ts';

const selfCheck = SelfCheckSchema.parse({
	chapter: 'operations/x',
	passMark: 60,
	questions: [
		{ id: 'one', kind: 'single', prompt: '单选题目', options: ['甲', '乙', '丙'], answer: 'B', why: '因为乙。', section: 'a' },
		{ id: 'two', kind: 'multiple', prompt: '多选题目', options: ['甲', '乙', '丙'], answer: ['A', 'C'], why: '甲和丙都对。', section: 'b' },
		{ id: 'three', kind: 'true-false', prompt: '判断题目', answer: '错', why: '这样说不对。', section: 'c', mustBeRight: true },
	],
});

test('answers map letters and 对/错 to option indexes', () => {
	assert.deepEqual(selfCheck.questions.map(correctIndexes), [[1], [0, 2], [1]]);
});

test('a question is right only with exactly the correct options; the pass mark and must-be-right both decide', () => {
	const all = scoreSelfCheck(selfCheck, { one: [1], two: [2, 0], three: [1] });
	assert.deepEqual([all.right, all.percent, all.passed, all.wrong], [3, 100, true, []]);

	const partial = scoreSelfCheck(selfCheck, { one: [1], two: [0], three: [1] });
	assert.deepEqual([partial.right, partial.percent, partial.passed], [2, 66, true]);
	assert.deepEqual(partial.wrong, [{ questionId: 'two', why: '甲和丙都对。', section: 'b', mustBeRight: false }]);

	// Two of three is above the pass mark, but the must-be-right question was missed.
	const missedMust = scoreSelfCheck(selfCheck, { one: [1], two: [0, 2], three: [0] });
	assert.equal(missedMust.percent, 66);
	assert.equal(missedMust.passed, false);
	assert.deepEqual(scoreSelfCheck(selfCheck, {}).right, 0);
});

const stages: PathStage[] = [
	{
		name: '第一周',
		items: [
			{ kind: 'chapter', id: 'operations/x', minutes: 10 },
			{ kind: 'selfCheck', id: 'operations/x', minutes: 5 },
			{ kind: 'checklist', id: 'drill', minutes: 30 },
		],
	},
];

test('progress: a confirmation of an older edition is to be re-read, and the next item is the first not done', () => {
	const at = new Date('2026-12-01T09:00:00Z');
	let record = confirmRead(emptyTrainingRecord(), 'operations/x', 'ed1', at);
	let progress = pathProgress(stages, record, { 'operations/x': 'ed1' });
	assert.deepEqual(progress.statuses, [['read', 'todo', 'todo']]);
	assert.deepEqual([progress.done, progress.total, progress.minutesLeft, progress.next?.kind], [1, 3, 35, 'selfCheck']);

	progress = pathProgress(stages, record, { 'operations/x': 'ed2' });
	assert.deepEqual(progress.statuses, [['reread', 'todo', 'todo']]);
	assert.equal(progress.next?.kind, 'chapter');

	record = recordAttempt(record, 'operations/x', 'ed1', at, { right: 2, total: 3, percent: 66, passed: false });
	progress = pathProgress(stages, record, { 'operations/x': 'ed1' }, { drill: [{ finishedAt: at.toISOString() }] });
	assert.deepEqual(progress.statuses, [['read', 'failed', 'practised']]);
	assert.equal(progress.next?.kind, 'selfCheck');
});

test('a stored record is validated entry by entry; a foreign or future shape is refused', () => {
	const good = { edition: 'ed1', at: '2026-12-01T09:00:00.000Z' };
	const parsed = parseTrainingRecord({
		version: 1,
		name: ' 张三 ',
		reads: { a: good, b: { edition: '', at: 'x' }, c: 'read' },
		checks: {
			a: { ...good, right: 4, total: 3, percent: 100, passed: true },
			d: { ...good, right: 3, total: 3, percent: 100, passed: true },
		},
	});
	assert.deepEqual(parsed, {
		version: 1,
		name: '张三',
		reads: { a: good },
		checks: { d: { ...good, right: 3, total: 3, percent: 100, passed: true } },
	});
	assert.equal(parseTrainingRecord({ version: 2, reads: {} }), undefined);
	assert.equal(parseTrainingRecord('{"version":1}'), undefined);
	assert.equal(parseTrainingRecord(null), undefined);
});

test('the manual: every role has a path, and the common core and first two weeks carry at least 120 questions', () => {
	const { manual, problems } = loadManual(process.cwd());
	assert.deepEqual(problems, []);
	const roles = manual.roles?.data.map((role) => role.id) ?? [];
	assert.deepEqual(new Set(manual.paths.map((path) => path.data.role)), new Set(roles));
	const firstTwoWeeks = new Set(
		manual.paths.flatMap((path) =>
			path.data.stages.filter((stage) => ['第一周', '第二周'].includes(stage.name)).flatMap((stage) => stage.selfChecks),
		),
	);
	const questions = manual.selfChecks.filter((check) => firstTwoWeeks.has(check.data.chapter)).flatMap((check) => check.data.questions);
	assert.ok(questions.length >= 120, `only ${questions.length} questions on the first two weeks`);
});

test('an exported record reads back; a damaged or foreign file gives a Chinese reason instead of throwing', async () => {
	const { readTrainingExport, trainingExport } = await import('../../src/domain/training/export.ts');
	const record = confirmRead({ ...emptyTrainingRecord(), name: '李四' }, 'operations/x', 'ed1', new Date('2026-12-01T09:00:00Z'));
	const file = JSON.stringify(
		trainingExport(record, 'accountant', { drill: [{ finishedAt: '2026-12-01T10:00:00.000Z' }] }, new Date('2026-12-02T00:00:00Z')),
	);
	const back = readTrainingExport(file);
	assert.ok(back.ok);
	assert.deepEqual(back.value.record, record);
	assert.deepEqual(back.value.drills, { drill: [{ finishedAt: '2026-12-01T10:00:00.000Z' }] });
	assert.equal(back.value.path, 'accountant');

	const damaged = readTrainingExport(file.slice(0, 40));
	assert.ok(!damaged.ok);
	assert.match(damaged.error, /文件已损坏/);
	const foreign = readTrainingExport('{"hello":1}');
	assert.ok(!foreign.ok);
	assert.match(foreign.error, /不是本手册导出的培训记录/);
});

const drillChecklist: ChecklistSnapshot = {
	id: 'drill',
	title: '演练清单',
	kind: 'drill',
	type: 'READ-DO',
	edition: '2026-11-24',
	severities: [],
	phases: [
		{ title: '报告', steps: [drillStep('a', 10), drillStep('b', 20)] },
		{ title: '处置', steps: [drillStep('c', 30), drillStep('d', 40)] },
	],
};

function drillStep(id: string, dueMinutes: number) {
	return { id, text: `步骤 ${id}`, role: 'r', roleName: '岗位', dueMinutes, critical: false, severities: [], record: '时间' };
}

const t0 = new Date('2026-12-01T09:00:00+08:00');
const after = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

/** A drill as a person runs it: a on time, b late, c not applicable, d open at the finish (past its deadline). */
function finishedDrill(): ChecklistRun {
	let run = startRun(drillChecklist, { drill: true }, t0);
	run = record(run, { type: 'check', step: 'a' }, after(5));
	run = record(run, { type: 'check', step: 'b' }, after(25));
	run = record(run, { type: 'not-applicable', step: 'c', reason: '演练不涉及' }, after(26));
	return record(run, { type: 'finish' }, after(45));
}

test('a finished drill is evaluated as its run page reads it: duration, done, late, not applicable, time to each phase', () => {
	const drill = drillRun(finishedDrill());
	assert.deepEqual(drill, {
		finishedAt: after(45).toISOString(),
		evaluation: {
			title: '演练清单',
			startedAt: t0.toISOString(),
			minutes: 45,
			done: 2,
			total: 3,
			late: 2,
			notApplicable: 1,
			phases: [
				{ title: '报告', minutes: 25 },
				{ title: '处置', minutes: null },
			],
		},
	});
	assert.equal(drillFigures(drill!.evaluation!), '完成 2/3，超时 2，不适用 1，用时 45 分钟');
	// Not a drill, or not finished: nothing to count.
	assert.equal(drillRun({ ...finishedDrill(), drill: false }), undefined);
	assert.equal(drillRun(record(finishedDrill(), { type: 'reopen' }, after(50))), undefined);
});

test("finished drill runs are read through the runner's reader: unfinished, reopened, non-drill and damaged runs are skipped", async () => {
	const { finishedDrills } = await import('../../src/client/training/drill-runs.ts');
	const drill = finishedDrill();
	const items = new Map<string, string>([
		[`manual.run.${drill.id}`, JSON.stringify(drill)],
		['manual.run.b', JSON.stringify({ ...record(finishedDrill(), { type: 'reopen' }, after(50)), id: 'b' })],
		['manual.run.c', JSON.stringify({ ...finishedDrill(), id: 'c', drill: false })],
		['manual.run.d', '{not json'],
		['manual.run.e', JSON.stringify({ ...finishedDrill(), id: 'e', startedAt: 'gestern' })],
		['other', JSON.stringify(finishedDrill())],
	]);
	const keys = [...items.keys()];
	const storage = { length: keys.length, key: (i: number) => keys[i] ?? null, getItem: (key: string) => items.get(key) ?? null } as Storage;
	assert.deepEqual(finishedDrills(storage), { drill: [drillRun(drill)] });
});

test('exported drill figures read back; implausible figures are dropped while the drill still counts', async () => {
	const { readTrainingExport, trainingExport } = await import('../../src/domain/training/export.ts');
	const record = { ...emptyTrainingRecord(), name: '李四' };
	const drill = drillRun(finishedDrill())!;
	const file = trainingExport(record, 'accountant', { drill: [drill] }, after(60));
	const back = readTrainingExport(JSON.stringify(file));
	assert.ok(back.ok);
	assert.deepEqual(back.value.drills, { drill: [drill] });
	const tampered = structuredClone(file);
	tampered.drills['drill']![0]!.evaluation!.done = 9;
	const read = readTrainingExport(JSON.stringify(tampered));
	assert.ok(read.ok);
	assert.deepEqual(read.value.drills, { drill: [{ finishedAt: drill.finishedAt }] });
});

test('the record sheet lists each path item once with its status, and the Markdown file escapes typed names', async () => {
	const { recordSheet, sheetToMarkdown } = await import('../../src/domain/training/record-sheet.ts');
	const catalogue = {
		paths: {
			accountant: {
				title: '会计的学习路径',
				roleName: '会计',
				stages: [...stages, { name: '第二周', items: [{ kind: 'chapter' as const, id: 'operations/x', minutes: 10 }] }],
			},
		},
		editions: { 'operations/x': 'ed2' },
		editionLabels: { 'operations/x': { ed1: '2026-11-20', ed2: '2026-12-03' } },
		titles: { 'operations/x': '保密', drill: '演练清单' },
	};
	const record = confirmRead({ ...emptyTrainingRecord(), name: '<b>王</b>|小明' }, 'operations/x', 'ed1', t0);
	const sheet = recordSheet(record, 'accountant', { drill: [drillRun(finishedDrill())!] }, catalogue);
	assert.deepEqual(
		sheet.items.map((item) => [item.stage, item.kind, item.status, item.edition, item.editionLabel]),
		[
			['第一周', 'chapter', 'reread', 'ed1', '2026-11-20'],
			['第一周', 'selfCheck', 'todo', '', ''],
			['第一周', 'checklist', 'practised', '', ''],
		],
	);
	const markdown = sheetToMarkdown(sheet, after(60), 'Asia/Shanghai');
	assert.match(markdown, /^# 培训记录：&lt;b&gt;王&lt;\/b&gt;\|小明$/m);
	assert.doesNotMatch(markdown, /<b>/);
	assert.match(markdown, /^- 导出时间：2026-12-01 10:00$/m);
	// People read the edition's date; the hash stays in the JSON export.
	assert.match(markdown, /^\| 第一周 \| 阅读：保密 \| 需重读 \| 2026-11-20 \| 2026-12-01 \| {2}\|$/m);
	assert.doesNotMatch(markdown, /ed1/);
	// A confirmation of an edition this build has no record of says so rather than showing its hash.
	const unknown = recordSheet(confirmRead(record, 'operations/x', '3f2a9c01b7de', t0), 'accountant', {}, catalogue);
	assert.equal(unknown.items[0]?.editionLabel, '未记入版本记录的版本');
	assert.match(markdown, /^\| 演练清单 \| 2026-12-01 09:00 \| 45 分钟 \| 2\/3 \| 2 \| 1 \| 报告 25 分钟；处置 未完成 \|$/m);
});

test('what changed since a confirmed edition: the commits after the newest one that carried it', async () => {
	const { changesSince } = await import('../../src/domain/training/editions.ts');
	const change = (edition: string, date: string, subject: string) => ({
		edition,
		label: date.slice(0, 10),
		date,
		subject,
		commit: subject.slice(0, 7),
	});
	const history = [
		change('ed3', '2026-12-03T02:00:00Z', 'third'),
		change('ed2', '2026-12-02T02:00:00Z', 'second'),
		change('ed2', '2026-11-20T02:00:00Z', 'touch'),
		change('ed1', '2026-11-10T02:00:00Z', 'first'),
	];
	assert.deepEqual(
		changesSince(history, 'ed2', '2026-11-25T00:00:00Z').changes.map((c) => c.subject),
		['third'],
	);
	assert.deepEqual(changesSince(history, 'ed1', '2026-11-11T00:00:00Z'), { changes: history.slice(0, 3), known: true });
	assert.deepEqual(changesSince(history, 'ed3', '2026-12-04T00:00:00Z').changes, []);
	// An edition no commit carried (a build of uncommitted text): the commits after the confirmation.
	assert.deepEqual(changesSince(history, 'local', '2026-11-25T00:00:00Z'), { changes: history.slice(0, 2), known: false });
});

test('a chapter page leads on to the path’s next item as the path page names it, from what was just recorded', () => {
	const item = (kind: 'chapter' | 'selfCheck' | 'checklist', id: string) => ({
		kind,
		id,
		minutes: 5,
		label: `${kind}:${id}`,
		href: `/${id}/`,
	});
	const guides: PathGuides = {
		paths: {
			accountant: {
				title: '会计路径',
				href: '/training/paths/accountant/',
				items: [item('chapter', 'a'), item('chapter', 'b'), item('selfCheck', 'a'), item('checklist', 'x')],
			},
		},
		editions: { a: 'ea', b: 'eb' },
	};
	const at = new Date('2026-12-01T01:00:00Z');
	const readA = confirmRead({ ...emptyTrainingRecord(), name: '王小明' }, 'a', 'ea', at);
	assert.equal(nextOnPath(guides, 'accountant', readA)?.label, 'chapter:b');
	// An older edition of b is still to read; once read, a's self-check, then the drill.
	assert.equal(nextOnPath(guides, 'accountant', confirmRead(readA, 'b', 'old', at))?.href, '/b/');
	const readBoth = confirmRead(readA, 'b', 'eb', at);
	assert.equal(nextOnPath(guides, 'accountant', readBoth)?.kind, 'selfCheck');
	const passed = recordAttempt(readBoth, 'a', 'ea', at, { right: 3, total: 3, percent: 100, passed: true });
	assert.equal(nextOnPath(guides, 'accountant', passed)?.id, 'x');
	assert.equal(nextOnPath(guides, 'accountant', passed, { x: [{ finishedAt: at.toISOString() }] }), undefined);
	assert.equal(nextOnPath(guides, 'unknown', passed), undefined);
});
