import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeRuns, record, runState, startRun, type ChecklistSnapshot } from '../../src/domain/run/model.ts';
import { runToJson, runToMarkdown } from '../../src/domain/run/export.ts';
import { migrate, RunStore, RUN_KEY_PREFIX } from '../../src/domain/run/store.ts';

const step = (id: string, dueMinutes: number, severities: string[] = []) => ({
	id,
	text: `步骤 ${id}`,
	role: 'incident-lead',
	roleName: '应急负责人',
	dueMinutes,
	critical: id === 'a',
	severities,
	record: '时间',
});

const checklist: ChecklistSnapshot = {
	id: 'system-failure',
	title: '系统故障应急清单',
	kind: 'incident',
	type: 'READ-DO',
	edition: '2026-11-24',
	severities: [
		{ id: 'L1', name: '一级', when: '全部停机' },
		{ id: 'L2', name: '二级', when: '部分停机' },
		{ id: 'L3', name: '三级', when: '个别电脑' },
	],
	phases: [
		{ title: '报告', steps: [step('a', 15), step('b', 30, ['L1', 'L2'])] },
		{ title: '处置', steps: [step('c', 60, ['L1']), step('d', 120)] },
	],
};

const t0 = new Date('2026-11-24T06:00:00Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

test('an unknown or missing severity starts at the highest level', () => {
	assert.equal(runState(startRun(checklist, {}, t0), t0).severity, 'L1');
	assert.equal(runState(startRun(checklist, { severity: 'L9' }, t0), t0).severity, 'L1');
	assert.equal(runState(startRun(checklist, { severity: 'L3' }, t0), t0).severity, 'L3');
});

test('steps for other levels are hidden, and raising the level adds them', () => {
	let run = startRun(checklist, { severity: 'L3' }, t0);
	assert.deepEqual(
		runState(run, t0).visible.map((s) => s.step.id),
		['a', 'd'],
	);
	run = record(run, { type: 'severity', severity: 'L2' }, minutes(5));
	assert.deepEqual(
		runState(run, minutes(5)).visible.map((s) => s.step.id),
		['a', 'b', 'd'],
	);
});

test('lowering the level keeps steps already done in view', () => {
	let run = startRun(checklist, { severity: 'L1' }, t0);
	run = record(run, { type: 'check', step: 'c', by: '王芳' }, minutes(10));
	run = record(run, { type: 'severity', severity: 'L3' }, minutes(11));
	assert.deepEqual(
		runState(run, minutes(11)).visible.map((s) => s.step.id),
		['a', 'c', 'd'],
	);
});

test('deadlines are clock times from the start and unfinished late steps are overdue', () => {
	let run = startRun(checklist, { severity: 'L1' }, t0);
	run = record(run, { type: 'check', step: 'a' }, minutes(10));
	const state = runState(run, minutes(40));
	const byId = Object.fromEntries(state.steps.map((s) => [s.step.id, s]));
	assert.equal(byId['b']?.dueAt.toISOString(), minutes(30).toISOString());
	assert.equal(byId['a']?.overdue, false);
	assert.equal(byId['b']?.overdue, true);
	assert.equal(byId['c']?.overdue, false);
	assert.equal(state.elapsedMinutes, 40);
	assert.equal(state.next?.step.id, 'b');
	assert.deepEqual([state.done, state.total], [1, 4]);
});

test('unchecking is kept in the history and the step is open again', () => {
	let run = startRun(checklist, {}, t0);
	run = record(run, { type: 'check', step: 'a', by: '李明', note: '已通知' }, minutes(1));
	run = record(run, { type: 'uncheck', step: 'a', by: '李明', note: '误点' }, minutes(2));
	const state = runState(run, minutes(3));
	assert.equal(state.steps[0]?.done, false);
	assert.deepEqual(state.steps[0]?.notes, ['已通知', '误点']);
	assert.deepEqual(
		run.events.map((e) => e.type),
		['severity', 'check', 'uncheck'],
	);
});

test('finishing stops the clock; reopening restarts it', () => {
	let run = startRun(checklist, {}, t0);
	run = record(run, { type: 'finish' }, minutes(30));
	assert.equal(runState(run, minutes(90)).elapsedMinutes, 30);
	assert.equal(runState(run, minutes(90)).finished, true);
	run = record(run, { type: 'reopen' }, minutes(91));
	assert.equal(runState(run, minutes(95)).finished, false);
});

test('two tabs recording at once keep every event', () => {
	const base = startRun(checklist, {}, t0);
	const tabA = record(base, { type: 'check', step: 'a' }, minutes(1));
	const tabB = record(base, { type: 'check', step: 'd' }, minutes(2));
	const merged = mergeRuns(tabA, tabB);
	assert.equal(merged.events.length, 3);
	assert.deepEqual(
		runState(merged, minutes(3))
			.steps.filter((s) => s.done)
			.map((s) => s.step.id),
		['a', 'd'],
	);
});

test('the Markdown record lists each step with its time, who and notes, and the history', () => {
	let run = startRun(checklist, { title: '3 号机房断电', reportedBy: '张伟', drill: true }, t0);
	run = record(run, { type: 'check', step: 'a', by: '王芳', note: '已到场' }, minutes(12));
	const markdown = runToMarkdown(run, minutes(20), 'Asia/Shanghai');
	assert.match(markdown, /^# 【演练】系统故障应急清单：3 号机房断电/);
	assert.match(markdown, /\| ☑ \| 步骤 a（关键） \| 应急负责人 \| 11月24日 14:15 \| 11月24日 14:12 \| 王芳 \| 已到场 \|/);
	assert.match(markdown, /- 11月24日 14:12 完成：步骤 a（已到场） — 王芳/);
	assert.match(markdown, /报告人：张伟/);
	const json = JSON.parse(runToJson(run, minutes(20)));
	assert.equal(json.drill, true);
	assert.equal(json.summary.steps[0].doneAt, minutes(12).toISOString());
});

class MemoryStorage {
	map = new Map<string, string>();
	full = false;
	get length() {
		return this.map.size;
	}
	key(i: number) {
		return [...this.map.keys()][i] ?? null;
	}
	getItem(key: string) {
		return this.map.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (this.full) throw new DOMException('quota', 'QuotaExceededError');
		this.map.set(key, value);
	}
	removeItem(key: string) {
		this.map.delete(key);
	}
	clear() {
		this.map.clear();
	}
}

test('the store saves, lists, merges and clears runs', () => {
	const storage = new MemoryStorage();
	const store = new RunStore(storage as unknown as Storage);
	const run = startRun(checklist, {}, t0);
	store.save(record(run, { type: 'check', step: 'a' }, minutes(1)));
	const other = new RunStore(storage as unknown as Storage);
	const merged = other.save(record(run, { type: 'check', step: 'd' }, minutes(2)));
	assert.equal(merged.events.length, 3);
	assert.equal(store.list().length, 1);
	storage.setItem(`${RUN_KEY_PREFIX}broken`, '{not json');
	storage.setItem(`${RUN_KEY_PREFIX}future`, JSON.stringify({ version: 99 }));
	assert.equal(store.list().length, 1);
	assert.equal(store.clear(), 3);
	assert.equal(store.list().length, 0);
});

test('a full storage keeps the run in the page and reports that it is not saved', () => {
	const storage = new MemoryStorage();
	const store = new RunStore(storage as unknown as Storage);
	storage.full = true;
	const run = store.save(startRun(checklist, {}, t0));
	assert.equal(store.saving, false);
	assert.equal(run.events.length, 1);
	assert.equal(new RunStore(undefined).saving, false);
});

test('only known formats are loaded', () => {
	assert.equal(migrate({ version: 2 }), undefined);
	assert.equal(migrate(null), undefined);
	assert.ok(migrate(JSON.parse(JSON.stringify(startRun(checklist, {}, t0)))));
});
