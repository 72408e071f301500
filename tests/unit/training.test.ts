// Scoring, read confirmations bound to editions, path progress and the stored record's validation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SelfCheckSchema } from '../../src/schemas/training.ts';
import { scoreSelfCheck } from '../../src/domain/training/scoring.ts';
import { correctIndexes } from '../../src/domain/training/questions.ts';
import { confirmRead, emptyTrainingRecord, parseTrainingRecord, recordAttempt } from '../../src/domain/training/record.ts';
import { pathProgress, type PathStage } from '../../src/domain/training/progress.ts';
import { loadManual } from '../../src/check/load.ts';

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

test('finished drill runs are read tolerantly from the runner records: unfinished, reopened, non-drill and damaged runs are skipped', async () => {
	const { finishedDrills } = await import('../../src/client/drill-runs.ts');
	const items = new Map<string, string>([
		['manual.run.a', JSON.stringify({ drill: true, checklist: { id: 'drill' }, events: [{ type: 'finish', at: '2026-12-01T10:00:00Z' }] })],
		[
			'manual.run.b',
			JSON.stringify({
				drill: true,
				checklist: { id: 'drill' },
				events: [
					{ type: 'finish', at: '2026-12-01T11:00:00Z' },
					{ type: 'reopen', at: 'x' },
				],
			}),
		],
		['manual.run.c', JSON.stringify({ drill: false, checklist: { id: 'system-failure' }, finishedAt: '2026-12-01T10:00:00Z' })],
		['manual.run.d', '{not json'],
		['manual.run.e', JSON.stringify({ drill: true, checklistId: 'data-loss', finishedAt: '2026-12-02T10:00:00Z' })],
		['other', JSON.stringify({ drill: true, checklistId: 'x', finishedAt: '2026-12-02T10:00:00Z' })],
	]);
	const keys = [...items.keys()];
	const storage = { length: keys.length, key: (i: number) => keys[i] ?? null, getItem: (key: string) => items.get(key) ?? null } as Storage;
	assert.deepEqual(finishedDrills(storage), {
		drill: [{ finishedAt: '2026-12-01T10:00:00Z' }],
		'data-loss': [{ finishedAt: '2026-12-02T10:00:00Z' }],
	});
});
