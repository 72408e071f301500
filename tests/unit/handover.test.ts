import { test } from 'node:test';
import assert from 'node:assert/strict';
import { record, runState, startRun, type ChecklistRun, type ChecklistSnapshot } from '../../src/domain/run/model.ts';
import { runToJson } from '../../src/domain/run/export.ts';
import {
	decodeRunPayload,
	handoverLink,
	importMessage,
	mergeImported,
	parseImport,
	payloadOf,
	QR_LINK_LIMIT,
	runsToFile,
	snapshotFingerprint,
} from '../../src/domain/run/handover.ts';
import { RunStore, RUN_KEY_PREFIX } from '../../src/domain/run/store.ts';
import { snapshotChecklist, snapshotStep } from '../support/snapshots.ts';

const checklist = snapshotChecklist([{ title: '报告', steps: [snapshotStep('a', 15), snapshotStep('b', 30), snapshotStep('c', 240)] }]);
const other: ChecklistSnapshot = { ...checklist, id: 'data-leak', title: '数据泄露应急清单' };

const START = new Date('2026-12-15T08:40:00Z');
const minutes = (n: number) => new Date(START.getTime() + n * 60_000);

function sampleRun(): ChecklistRun {
	let run = startRun(checklist, { title: '财务软件无法登录', by: '张三' }, START);
	run = record(run, { type: 'check', step: 'a', by: '张三' }, minutes(5));
	return record(run, { type: 'note', step: 'b', note: '已通知供应商', by: '张三' }, minutes(8));
}

const PAGE = 'https://manual.example.cn/manual/checklists/system-failure/';

test('a hand-over link carries the run in its fragment, without the checklist copy, and reads back the same', async () => {
	const run = sampleRun();
	const link = await handoverLink(run, `${PAGE}#old`);
	assert.ok(link.startsWith(`${PAGE}#run=`), link);
	const payload = payloadOf(new URL(link).hash)!;
	assert.match(payload, /^[A-Za-z0-9_-]+$/, 'base64url: safe in a fragment, no padding');
	// The checklist copy stays out: the payload is smaller than the whole record compressed.
	const whole = new Blob([JSON.stringify(run)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	const wholeBytes = (await new Response(whole).arrayBuffer()).byteLength;
	assert.ok(payload.length * 0.75 < wholeBytes * 0.8, `${payload.length * 0.75} bytes vs ${wholeBytes}`);
	assert.ok(link.length < QR_LINK_LIMIT);
	assert.deepEqual(await decodeRunPayload(payload, checklist), { runs: [run] });
});

test('a hand-over link opened on another checklist, another edition, or cut short is refused with the reason', async () => {
	const run = sampleRun();
	const payload = payloadOf(new URL(await handoverLink(run, PAGE)).hash)!;
	const problem = async (text: string, page = checklist) => {
		const result = await decodeRunPayload(text, page);
		assert.ok('problem' in result, JSON.stringify(result));
		return result.problem;
	};
	assert.match(await problem(payload, other), /属于清单 "system-failure"，不是本页的《数据泄露应急清单》/);
	const edited = { ...checklist, edition: '2026-12-01', phases: [{ title: '报告', steps: [snapshotStep('a', 10)] }] };
	assert.match(await problem(payload, edited), /按 2026-11-24 版清单执行，本设备打开的是 2026-12-01 版.*下载记录文件/);
	assert.match(await problem(payload.slice(0, payload.length / 2)), /不完整或已损坏/);
	assert.match(await problem('not-a-payload'), /不完整或已损坏/);
	assert.equal(payloadOf('#other=1'), undefined);
	assert.equal(payloadOf(''), undefined);
});

test('the fingerprint names the copy, not the order its keys were parsed in', () => {
	const reordered = Object.fromEntries(Object.entries(checklist).reverse()) as unknown as ChecklistSnapshot;
	assert.equal(snapshotFingerprint(reordered), snapshotFingerprint(checklist));
	assert.notEqual(snapshotFingerprint({ ...checklist, title: '改过的标题' }), snapshotFingerprint(checklist));
});

test('import reads the runner export, a stored record and an all-runs file', () => {
	const run = sampleRun();
	// The runner's "导出 JSON" adds a derived summary, which is not part of the record.
	const single = parseImport(runToJson(run, minutes(10)));
	assert.deepEqual(single, { runs: [run] });
	assert.deepEqual(parseImport(`\uFEFF${JSON.stringify(run)}`), { runs: [run] });
	const second = startRun(other, {}, minutes(60));
	assert.deepEqual(parseImport(runsToFile([run, second], minutes(90))), { runs: [run, second] });
	// A checklist page takes only its own checklist's runs.
	assert.deepEqual(parseImport(JSON.stringify(run), { checklist }), { runs: [run] });
});

test('import refuses a bad, damaged or foreign file, naming what is wrong', () => {
	const run = sampleRun();
	const problem = (text: string, scope = {}) => {
		const result = parseImport(text, scope);
		assert.ok('problem' in result, JSON.stringify(result));
		return result.problem;
	};
	assert.match(problem('这不是 JSON'), /不是 JSON 格式/);
	assert.match(problem('[1, 2]'), /不是手册导出的运行记录/);
	assert.match(problem('{"name": "培训记录"}'), /没有找到清单副本（checklist）和操作记录（events）/);
	assert.match(problem(JSON.stringify({ ...run, version: 4 })), /格式版本为 4，本手册只能读取版本 1 至 3/);
	assert.match(problem(JSON.stringify({ ...run, version: undefined })), /缺少格式版本（version）/);
	const damaged = { ...run, events: [...run.events, { id: 'x', seq: 'late', at: 'yesterday', type: 'check', step: 'a' }] };
	assert.match(problem(JSON.stringify(damaged)), /这份记录已损坏，无法读取：events\.\d+\.(seq|at)/);
	assert.match(
		problem(JSON.stringify(startRun(other, {}, START)), { checklist }),
		/属于另一张清单《数据泄露应急清单》，不是本页的《系统故障应急清单》/,
	);
	// One bad run in an all-runs file refuses the whole file: nothing is half-imported.
	const file = JSON.parse(runsToFile([run, run])) as { runs: unknown[] };
	file.runs[1] = damaged;
	assert.match(problem(JSON.stringify(file)), /文件中的第 2 条记录已损坏/);
	assert.match(problem(JSON.stringify({ format: 'manual-runs', runs: [] })), /没有运行记录/);
});

test('merging an import by event id is idempotent, and the message says what changed', () => {
	const theirs = sampleRun();
	const ours = record(theirs, { type: 'check', step: 'b', by: '李四' }, minutes(12));
	const fresh = mergeImported(undefined, theirs);
	assert.deepEqual([fresh.isNew, fresh.added], [true, theirs.events.length]);
	const merged = mergeImported(theirs, ours);
	assert.deepEqual([merged.isNew, merged.added], [false, 1]);
	assert.equal(runState(merged.run, minutes(13)).done, 2);
	const again = mergeImported(merged.run, ours);
	assert.equal(again.added, 0);
	assert.deepEqual(again.run, merged.run);
	assert.equal(importMessage([fresh]), '新导入 1 条运行记录。');
	assert.equal(importMessage([fresh, merged]), '新导入 1 条运行记录，1 条已有的记录合并了 1 条新操作。');
	assert.equal(importMessage([again]), '本设备上的记录已是最新，没有新的操作。');
});

test('an import stored twice leaves the stored record byte for byte the same', async () => {
	const values = new Map<string, string>();
	const storage = {
		get length() {
			return values.size;
		},
		key: (i: number) => [...values.keys()][i] ?? null,
		getItem: (key: string) => values.get(key) ?? null,
		setItem: (key: string, value: string) => void values.set(key, value),
		removeItem: (key: string) => void values.delete(key),
		clear: () => values.clear(),
	} satisfies Storage;
	const store = new RunStore(storage);
	const run = sampleRun();
	for (let i = 0; i < 2; i++) {
		const result = parseImport(runToJson(run));
		assert.ok('runs' in result);
		await store.save(mergeImported(store.get(run.id), result.runs[0]!).run);
	}
	assert.deepEqual(JSON.parse(values.get(RUN_KEY_PREFIX + run.id)!), run);
});
