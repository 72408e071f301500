import { test } from 'node:test';
import assert from 'node:assert/strict';
import { record, startRun, type ChecklistSnapshot } from '../../src/domain/run/model.ts';
import { listTime, runHistory } from '../../src/domain/run/history.ts';
import { RunStore, RUN_KEY_PREFIX } from '../../src/domain/run/store.ts';
import { snapshotChecklist, snapshotStep } from '../support/snapshots.ts';

const checklist = snapshotChecklist([{ title: '报告', steps: [snapshotStep('a'), snapshotStep('b'), snapshotStep('c')] }]);
const other: ChecklistSnapshot = { ...checklist, id: 'data-leak', title: '数据泄露应急清单', severities: [] };

const START = new Date('2026-12-15T08:40:00Z');
const minutes = (n: number) => new Date(START.getTime() + n * 60_000);

function memoryStorage(): Storage {
	const values = new Map<string, string>();
	return {
		get length() {
			return values.size;
		},
		key: (i: number) => [...values.keys()][i] ?? null,
		getItem: (key: string) => values.get(key) ?? null,
		setItem: (key: string, value: string) => void values.set(key, value),
		removeItem: (key: string) => void values.delete(key),
		clear: () => values.clear(),
	};
}

test('the run history lists finished and unfinished runs with dates and drills marked', () => {
	const running = record(startRun(checklist, { title: '财务软件无法登录' }, START), { type: 'check', step: 'a' }, minutes(5));
	const drill = record(startRun(other, { drill: true }, minutes(-24 * 60)), { type: 'finish' }, minutes(-24 * 60 + 75));
	const entries = runHistory([running, drill], minutes(30), 'Asia/Shanghai');
	assert.deepEqual(
		entries.map(({ checklistTitle, drill, finished, started, finishedAt, elapsed, progress }) => ({
			checklistTitle,
			drill,
			finished,
			started,
			finishedAt,
			elapsed,
			progress,
		})),
		[
			{
				checklistTitle: '系统故障应急清单',
				drill: false,
				finished: false,
				started: '2026年12月15日 16:40',
				finishedAt: '',
				elapsed: '30 分钟',
				progress: '1/3',
			},
			{
				checklistTitle: '数据泄露应急清单',
				drill: true,
				finished: true,
				started: '2026年12月14日 16:40',
				finishedAt: '2026年12月14日 17:55',
				elapsed: '1 小时 15 分',
				progress: '0/3',
			},
		],
	);
	assert.equal(entries[0]!.href, `/checklists/system-failure/?run=${running.id}`);
	assert.equal(listTime(new Date('2026-01-01T00:30:00Z'), 'America/New_York'), '2025年12月31日 19:30');
});

test('deleting one run removes only that run, and what the page held of it', async () => {
	const storage = memoryStorage();
	const store = new RunStore(storage);
	const kept = startRun(checklist, {}, START);
	const deleted = startRun(other, {}, minutes(1));
	await store.save(kept);
	await store.save(deleted);
	assert.equal(store.remove(deleted.id), true);
	assert.deepEqual(
		store.list().map((run) => run.id),
		[kept.id],
	);
	assert.equal(storage.getItem(RUN_KEY_PREFIX + deleted.id), null);
});
