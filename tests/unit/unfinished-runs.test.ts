// Unfinished runs as the home page lists them, from runs of a real checklist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadManual } from '../../src/check/load.ts';
import { record, startRun } from '../../src/domain/run/model.ts';
import { toSnapshot } from '../../src/domain/run/snapshot.ts';
import { unfinishedRuns } from '../../src/domain/run/unfinished.ts';

const { manual } = loadManual(process.cwd());
const roles = new Map((manual.roles?.data ?? []).map((role) => [role.id, role]));
const snapshotOf = (id: string) => {
	const checklist = manual.checklists.find((c) => c.id === id);
	assert.ok(checklist, id);
	return toSnapshot(id, checklist.data, roles);
};

const t0 = new Date('2026-11-24T06:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

test('an unfinished run shows its checklist, title, level, elapsed time, progress and resume link', () => {
	const snapshot = snapshotOf('system-failure');
	let run = startRun(snapshot, { title: '3 号电脑蓝屏', severity: 'L3' }, t0);
	const first = snapshot.phases[0]?.steps[0];
	assert.ok(first);
	run = record(run, { type: 'check', step: first.id }, at(5));
	const [summary] = unfinishedRuns([run], at(65), 'Asia/Shanghai');
	assert.ok(summary);
	assert.equal(summary.href, `/checklists/system-failure/?run=${run.id}`);
	assert.equal(summary.checklistTitle, '系统故障应急清单');
	assert.equal(summary.title, '3 号电脑蓝屏');
	assert.equal(summary.severity, '三级');
	assert.equal(summary.elapsed, '1 小时 5 分');
	assert.equal(summary.started, '11月24日 14:00');
	assert.equal(summary.done, 1);
	assert.ok(summary.total > 1);
	assert.equal(summary.progress, `1/${summary.total}`);
	assert.equal(summary.drill, false);
});

test('finished runs are left out, reopened ones come back, and the order is kept', () => {
	const older = startRun(snapshotOf('data-loss'), {}, t0);
	const newer = startRun(snapshotOf('media-crisis'), {}, at(10));
	const finished = record(startRun(snapshotOf('system-failure'), {}, at(20)), { type: 'finish' }, at(30));
	assert.deepEqual(
		unfinishedRuns([newer, finished, older], at(40)).map((r) => r.id),
		[newer.id, older.id],
	);
	const reopened = record(finished, { type: 'reopen' }, at(35));
	assert.deepEqual(
		unfinishedRuns([reopened], at(40)).map((r) => r.id),
		[reopened.id],
	);
});

test('a checklist without levels shows no level; a drill is marked', () => {
	const [summary] = unfinishedRuns([startRun(snapshotOf('drill'), {}, t0)], at(3));
	assert.equal(summary?.severity, '');
	assert.equal(summary?.drill, true);
	assert.equal(summary?.elapsed, '3 分钟');
	assert.equal(summary?.progress, `0/${summary?.total}`);
});
