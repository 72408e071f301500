import { test } from 'node:test';
import assert from 'node:assert/strict';
import { record, startRun } from '../../src/domain/run/model.ts';
import { evaluateDrill } from '../../src/domain/run/drill-evaluation.ts';
import { evaluationSections, evaluationToJson, evaluationToMarkdown } from '../../src/domain/run/drill-report.ts';
import { snapshotChecklist, snapshotStep } from '../support/snapshots.ts';

const drill = snapshotChecklist(
	[
		{ title: '准备', steps: [snapshotStep('a', 10), snapshotStep('b', 20)] },
		{ title: '执行', steps: [snapshotStep('c', 30), snapshotStep('d', 40)] },
		{ title: '评估', steps: [snapshotStep('e', 50)] },
	],
	{ id: 'drill', title: '应急演练清单', kind: 'drill', severities: [] },
);

const t0 = new Date('2026-12-15T08:40:00Z');
const at = (n: number) => new Date(t0.getTime() + n * 60_000);

/** a on time, b 5 min late, c set aside, d left open, e never reached; finished at minute 60. */
function finishedDrill() {
	let run = startRun(drill, { drill: true, title: '桌面推演' }, t0);
	run = record(run, { type: 'check', step: 'a', by: '张三' }, at(8));
	run = record(run, { type: 'check', step: 'b', note: '打印机卡纸' }, at(25));
	run = record(run, { type: 'not-applicable', step: 'c', reason: '桌面推演不涉及实机', by: '李四' }, at(26));
	run = record(run, { type: 'note', step: 'd', note: '备用电脑未开机' }, at(30));
	return record(run, { type: 'finish' }, at(60));
}

test('a finished drill: time to each phase, late steps by how much, set aside, undone and notes', () => {
	const evaluation = evaluateDrill(finishedDrill())!;
	assert.equal(evaluation.totalMinutes, 60);
	assert.deepEqual(evaluation.phases, [
		{ title: '准备', firstDoneMinutes: 8, completedMinutes: 25 },
		{ title: '执行', firstDoneMinutes: undefined, completedMinutes: undefined },
		{ title: '评估', firstDoneMinutes: undefined, completedMinutes: undefined },
	]);
	assert.deepEqual(
		evaluation.late.map((late) => [late.step.id, late.lateMinutes, late.doneAt?.toISOString() ?? null]),
		[
			['b', 5, at(25).toISOString()],
			// Left open: late by the finish, not by whenever the evaluation is read.
			['d', 20, null],
			['e', 10, null],
		],
	);
	assert.deepEqual(
		evaluation.notApplicable.map((item) => [item.step.id, item.reason, item.by]),
		[['c', '桌面推演不涉及实机', '李四']],
	);
	assert.deepEqual(
		evaluation.undone.map((s) => s.id),
		['d', 'e'],
	);
	assert.deepEqual(
		evaluation.notes.map((n) => [n.step.id, n.note]),
		[
			['b', '打印机卡纸'],
			['d', '备用电脑未开机'],
		],
	);
});

test('a phase counts as complete at its last step done or set aside', () => {
	let run = finishedDrill();
	run = record(run, { type: 'reopen' }, at(61));
	run = record(run, { type: 'check', step: 'd' }, at(70));
	run = record(run, { type: 'finish' }, at(75));
	const evaluation = evaluateDrill(run)!;
	assert.deepEqual(evaluation.phases[1], { title: '执行', firstDoneMinutes: 70, completedMinutes: 70 });
	assert.equal(evaluation.totalMinutes, 75);
});

test('only finished drills are evaluated', () => {
	const open = startRun(drill, { drill: true }, t0);
	assert.equal(evaluateDrill(open), undefined);
	const real = record(startRun(drill, { drill: false }, t0), { type: 'finish' }, at(5));
	assert.equal(evaluateDrill(real), undefined);
	const reopened = record(record(open, { type: 'finish' }, at(5)), { type: 'reopen' }, at(6));
	assert.equal(evaluateDrill(reopened), undefined);
});

test('the evaluation reads the same in sections, Markdown and JSON under Chinese labels', () => {
	const run = finishedDrill();
	const evaluation = evaluateDrill(run)!;
	const sections = evaluationSections(evaluation, 'Asia/Shanghai');
	assert.deepEqual(
		sections.map((s) => s.heading),
		['总用时', '各阶段用时（从开始起算）', '超过时限的步骤', '标为不适用的步骤', '未完成的步骤', '备注'],
	);
	assert.equal(sections[0]!.lines[0], '2026年12月15日 16:40 GMT+8 开始，2026年12月15日 17:40 GMT+8 结束，共 1 小时 0 分');
	assert.equal(sections[1]!.lines[0], '阶段 1 准备：首步完成 第 8 分钟（8 分钟），全部完成 第 25 分钟（25 分钟）');
	assert.equal(sections[2]!.lines[0], '步骤 b：截止 2026年12月15日 17:00 GMT+8，2026年12月15日 17:05 GMT+8 完成，超时 5 分钟');
	assert.equal(sections[2]!.lines[1], '步骤 d：截止 2026年12月15日 17:20 GMT+8，结束时仍未完成，超时 20 分钟');

	const markdown = evaluationToMarkdown(run, evaluation, '桌面推演 <b>', 'Asia/Shanghai');
	assert.match(markdown, /^# 演练评估：应急演练清单：桌面推演 &lt;b&gt;$/m);
	assert.match(markdown, /^## 超过时限的步骤\n\n- 步骤 b：.*超时 5 分钟$/m);
	assert.match(markdown, /^- 步骤 c：桌面推演不涉及实机（李四）$/m);

	const json = JSON.parse(evaluationToJson(run, evaluation, '桌面推演'));
	assert.equal(json.演练评估.总用时分钟, 60);
	assert.deepEqual(json.演练评估.各阶段[0], { 阶段: '准备', 首步完成分钟: 8, 全部完成分钟: 25 });
	assert.deepEqual(
		json.演练评估.超时步骤.map((s: { 步骤编号: string; 超时分钟: number }) => [s.步骤编号, s.超时分钟]),
		[
			['b', 5],
			['d', 20],
			['e', 10],
		],
	);
	assert.equal(json.演练评估.不适用步骤[0].理由, '桌面推演不涉及实机');
});
