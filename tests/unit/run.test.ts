import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	handedOverFrom,
	mergeRuns,
	nextSeq,
	record,
	runState,
	startRun,
	type ChecklistRun,
	type ChecklistSnapshot,
} from '../../src/domain/run/model.ts';
import { historyLine, runSummary, runToJson, runToMarkdown } from '../../src/domain/run/export.ts';
import { countdown, deadline } from '../../src/domain/run/time.ts';
import {
	EPOCH_KEY,
	migrate,
	parseRun,
	QUARANTINE_KEY_PREFIX,
	RunStore,
	RUN_KEY_PREFIX,
	type RunLocks,
} from '../../src/domain/run/store.ts';

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
	assert.match(
		markdown,
		/\| ☑ \| 步骤 a（关键） \| 应急负责人 \| 2026年11月24日 14:15 GMT\+8 \| 2026年11月24日 14:12 GMT\+8 \| 王芳 \| 已到场 \|/,
	);
	assert.match(markdown, /- 2026年11月24日 14:12 GMT\+8 完成：步骤 a（已到场） — 王芳/);
	assert.match(markdown, /报告人：张伟/);
	const json = JSON.parse(runToJson(run, minutes(20)));
	assert.equal(json.drill, true);
	assert.equal(json.summary.steps[0].doneAt, minutes(12).toISOString());
});

test('the logical clock orders events even when the wall clock goes back', () => {
	let run = startRun(checklist, {}, t0);
	run = record(run, { type: 'check', step: 'a' }, minutes(10));
	// An NTP correction sets the clock back 20 minutes before the untick.
	run = record(run, { type: 'uncheck', step: 'a' }, minutes(-10));
	run = record(run, { type: 'finish' }, minutes(-9));
	run = record(run, { type: 'reopen' }, minutes(-8));
	assert.deepEqual(
		run.events.map((e) => e.seq),
		[1, 2, 3, 4, 5],
	);
	const state = runState(run, minutes(-7));
	assert.equal(state.steps[0]?.done, false);
	assert.equal(state.finished, false);
	// Stored in any order, the events are read in logical order.
	const shuffled = { ...run, events: [...run.events].reverse() };
	assert.equal(runState(shuffled, minutes(-7)).steps[0]?.done, false);
	assert.equal(runState(shuffled, minutes(-7)).finished, false);
});

test('concurrent events get the same seq and the same order in every copy', () => {
	const base = startRun(checklist, {}, t0);
	const tabA = record(base, { type: 'check', step: 'a' }, minutes(1));
	const tabB = record(base, { type: 'uncheck', step: 'a' }, minutes(1));
	assert.equal(tabA.events[1]?.seq, tabB.events[1]?.seq);
	const ab = mergeRuns(tabA, tabB);
	const ba = mergeRuns(tabB, tabA);
	assert.deepEqual(
		ab.events.map((e) => e.id),
		ba.events.map((e) => e.id),
	);
	assert.equal(runState(ab).steps[0]?.done, runState(ba).steps[0]?.done);
	// The next event in the merged copy comes after both.
	assert.equal(nextSeq(ab), 3);
});

test('merging keeps every event exactly once', () => {
	const base = startRun(checklist, {}, t0);
	const tabA = record(record(base, { type: 'check', step: 'a' }, minutes(1)), { type: 'note', step: 'a', note: '甲' }, minutes(2));
	const tabB = record(base, { type: 'check', step: 'd' }, minutes(1));
	const merged = mergeRuns(mergeRuns(tabA, tabB), tabA);
	assert.equal(merged.events.length, 4);
	assert.equal(new Set(merged.events.map((e) => e.id)).size, 4);
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

const storeOn = (storage: MemoryStorage, locks?: RunLocks) => new RunStore(storage as unknown as Storage, locks);
const stored = (storage: MemoryStorage, run: ChecklistRun) => JSON.parse(storage.getItem(RUN_KEY_PREFIX + run.id)!) as ChecklistRun;

test('the store saves, lists, merges and clears runs', async () => {
	const storage = new MemoryStorage();
	const store = storeOn(storage);
	const run = startRun(checklist, {}, t0);
	await store.save(record(run, { type: 'check', step: 'a' }, minutes(1)));
	const other = storeOn(storage);
	const outcome = await other.save(record(run, { type: 'check', step: 'd' }, minutes(2)));
	assert.equal(outcome.status, 'saved');
	assert.equal(outcome.status === 'saved' && outcome.run.events.length, 3);
	assert.equal(stored(storage, run).version, 3);
	assert.equal(store.list().length, 1);
	assert.equal(store.clear(), 1);
	assert.equal(store.list().length, 0);
});

test('validation: one malformed record never hides the others', () => {
	const storage = new MemoryStorage();
	const good = startRun(checklist, {}, t0);
	storage.setItem(RUN_KEY_PREFIX + good.id, JSON.stringify(good));
	const noStepFields = structuredClone(good);
	noStepFields.id = 'nosteps';
	// A step without its text, role and deadline.
	noStepFields.checklist.phases[0]!.steps[0] = { id: 'a' } as never;
	storage.setItem(RUN_KEY_PREFIX + 'nosteps', JSON.stringify(noStepFields));
	storage.setItem(RUN_KEY_PREFIX + 'badtime', JSON.stringify({ ...good, id: 'badtime', startedAt: '昨天下午' }));
	storage.setItem(RUN_KEY_PREFIX + 'broken', '{not json');
	const store = storeOn(storage);
	assert.deepEqual(
		store.list().map((r) => r.id),
		[good.id],
	);
	assert.equal(store.get('badtime'), undefined);
	const problem = parseRun({ ...good, startedAt: '昨天下午' });
	assert.ok('problem' in problem && problem.problem.startsWith('startedAt'));
	const missing = parseRun(noStepFields);
	assert.ok('problem' in missing && missing.problem.includes('checklist.phases.0.steps.0.text'));
});

test('quarantine: an unreadable value is moved aside, offered for export and never overwritten', async () => {
	const storage = new MemoryStorage();
	const run = startRun(checklist, {}, t0);
	// A newer version of the manual stored this run; this page cannot read it.
	const future = JSON.stringify({ ...run, version: 4, extra: '新字段' });
	storage.setItem(RUN_KEY_PREFIX + run.id, future);
	const store = storeOn(storage);
	assert.equal(store.get(run.id), undefined);
	assert.equal(storage.getItem(QUARANTINE_KEY_PREFIX + run.id), future);
	assert.equal(storage.getItem(RUN_KEY_PREFIX + run.id), null);
	const [unreadable] = store.unreadable();
	assert.equal(unreadable?.text, future);
	assert.match(unreadable?.problem ?? '', /未知的存储格式版本 4/);
	// The same id damaged again: the first quarantined copy stays, the second gets the next key.
	storage.setItem(RUN_KEY_PREFIX + run.id, '{damaged');
	await store.save(record(run, { type: 'check', step: 'a' }, minutes(1)));
	assert.equal(storage.getItem(QUARANTINE_KEY_PREFIX + run.id), future);
	assert.equal(storage.getItem(`${QUARANTINE_KEY_PREFIX}${run.id}.2`), '{damaged');
	assert.equal(stored(storage, run).events.length, 2);
	assert.equal(store.unreadable().length, 2);
});

test('quarantine: when the copy cannot be written the unreadable value stays untouched', async () => {
	const storage = new MemoryStorage();
	const run = startRun(checklist, {}, t0);
	storage.setItem(RUN_KEY_PREFIX + run.id, '{damaged');
	storage.full = true;
	const store = storeOn(storage);
	const outcome = await store.save(run);
	assert.equal(outcome.status, 'pending');
	assert.equal(storage.getItem(RUN_KEY_PREFIX + run.id), '{damaged');
	storage.full = false;
	assert.equal(await store.retry(), 0);
	assert.equal(storage.getItem(QUARANTINE_KEY_PREFIX + run.id), '{damaged');
	assert.equal(stored(storage, run).id, run.id);
});

test('migration: a version 1 record gets seq in its wall-clock order and becomes version 3', () => {
	const run = record(
		record(startRun(checklist, {}, t0), { type: 'check', step: 'a' }, minutes(1)),
		{ type: 'uncheck', step: 'a' },
		minutes(2),
	);
	const v1 = { ...run, version: 1, events: run.events.map(({ seq: _seq, ...event }) => event).reverse() };
	const migrated = migrate(JSON.parse(JSON.stringify(v1)));
	assert.ok(migrated);
	assert.equal(migrated.version, 3);
	assert.deepEqual(
		migrated.events.map((e) => [e.type, e.seq]),
		[
			['severity', 1],
			['check', 2],
			['uncheck', 3],
		],
	);
	assert.equal(runState(migrated).steps[0]?.done, false);
	assert.equal(migrate({ ...v1, startedAt: 'bad' }), undefined);
	assert.equal(migrate({ version: 4 }), undefined);
	assert.equal(migrate(null), undefined);
});

test('migration: a version 2 record reads as version 3 unchanged; a hand-over in a version 2 record is damage', () => {
	const run = record(startRun(checklist, {}, t0), { type: 'check', step: 'a', by: '李四' }, minutes(1));
	const v2 = JSON.parse(JSON.stringify({ ...run, version: 2 }));
	const migrated = migrate(v2);
	assert.ok(migrated);
	assert.deepEqual(migrated, { ...run, version: 3 });
	const handedOver = record(run, { type: 'handover', to: '王五', device: 'desk', by: '李四' }, minutes(2));
	const parsed = parseRun(JSON.parse(JSON.stringify({ ...handedOver, version: 2 })));
	assert.ok('problem' in parsed && /events\.2/.test(parsed.problem), JSON.stringify(parsed));
	assert.ok(migrate(JSON.parse(JSON.stringify(handedOver))), 'version 3 holds hand-overs');
	// A hand-over names whom it went to and which device gave it.
	assert.equal(
		migrate(JSON.parse(JSON.stringify({ ...handedOver, events: [...run.events, { ...handedOver.events[2], to: '' }] }))),
		undefined,
	);
});

test('a hand-over stands on the giving device until an event follows it, and is in the history and exports', () => {
	const started = record(startRun(checklist, {}, t0), { type: 'check', step: 'a', by: '李四' }, minutes(1));
	const given = record(started, { type: 'handover', to: '王五', device: 'desk', by: '李四' }, minutes(2));
	const state = runState(given, minutes(3));
	assert.deepEqual(state.handedOver, { to: '王五', at: minutes(2).toISOString(), device: 'desk', by: '李四' });
	// Only the device that gave it sees the run as handed over; the receiver acts on it.
	assert.equal(handedOverFrom(state, 'desk')?.to, '王五');
	assert.equal(handedOverFrom(state, 'phone'), undefined);
	assert.equal(handedOverFrom(state, undefined), undefined);
	// The receiver's tick, merged back into the giver's copy, ends the hand-over there.
	const worked = record(given, { type: 'check', step: 'd', by: '王五' }, minutes(10));
	const back = mergeRuns(given, worked);
	assert.equal(runState(back, minutes(11)).handedOver, undefined);
	assert.equal(runState(back, minutes(11)).steps.find((s) => s.step.id === 'd')?.doneBy, '王五');
	// Handed back: the receiver's own hand-over names its device.
	const returned = record(worked, { type: 'handover', to: '李四', device: 'phone', by: '王五' }, minutes(12));
	assert.equal(handedOverFrom(runState(returned, minutes(12)), 'desk'), undefined);
	assert.equal(handedOverFrom(runState(returned, minutes(12)), 'phone')?.to, '李四');

	assert.equal(historyLine(given, given.events[2]!, 'Asia/Shanghai'), '11月24日 14:02 交给 王五 — 李四');
	assert.match(runToMarkdown(given, minutes(3), 'Asia/Shanghai'), /- 2026年11月24日 14:02 GMT\+8 交给 王五 — 李四/);
	assert.match(runSummary(given, minutes(3), 'Asia/Shanghai'), /^当前经手人：王五（11月24日 14:02 由李四交接）$/m);
	assert.match(runSummary(back, minutes(11), 'Asia/Shanghai'), /^当前经手人：王五$/m);
	assert.equal(JSON.parse(runToJson(given, minutes(3))).events[2].to, '王五');
});

test('a full storage still lists and opens runs, keeps changes pending and writes them when space frees', async () => {
	const storage = new MemoryStorage();
	const writer = storeOn(storage);
	const run = startRun(checklist, {}, t0);
	await writer.save(run);
	storage.full = true;
	const store = storeOn(storage);
	assert.equal(store.list().length, 1);
	assert.ok(store.get(run.id));
	const ticked = record(store.get(run.id)!, { type: 'check', step: 'a' }, minutes(1));
	const outcome = await store.save(ticked);
	assert.equal(outcome.status, 'pending');
	assert.equal(store.unsaved, 1);
	// What the page holds is what it lists and opens, even before it is written.
	assert.equal(store.get(run.id)?.events.length, 2);
	assert.equal(await store.retry(), 1);
	storage.full = false;
	assert.equal(await store.retry(), 0);
	assert.equal(stored(storage, run).events.length, 2);
	assert.equal(new RunStore(undefined).readable, false);
});

test('a tick still waiting for the tabs’ lock is written when the page is left', async () => {
	const storage = new MemoryStorage();
	const run = startRun(checklist, {}, t0);
	await storeOn(storage).save(run);
	// Another tab holds the lock: this tab's write waits (in a browser, until a later task).
	const waiting: (() => unknown)[] = [];
	const locks: RunLocks = { request: (_name, callback) => new Promise((resolve) => waiting.push(() => resolve(callback()))) };
	const store = storeOn(storage, locks);
	const ticked = record(store.get(run.id)!, { type: 'check', step: 'a' }, minutes(1));
	const saving = store.save(ticked);
	assert.equal(store.unsaved, 1);
	assert.equal(stored(storage, run).events.length, 1);
	// The reload: written at once, merged with what is stored.
	assert.equal(store.flush(), 0);
	assert.equal(stored(storage, run).events.length, 2);
	// The lock granted later finds nothing left to write, and reports the stored run.
	for (const grant of waiting) grant();
	assert.equal((await saving).status, 'saved');
	assert.equal(stored(storage, run).events.length, 2);
	// Storage full at that moment: the change stays pending, and the page asks the reader to stay.
	storage.full = true;
	void store.save(record(ticked, { type: 'check', step: 'b' }, minutes(2)));
	assert.equal(store.flush(), 1);
});

test('a clear in one tab stops another tab writing its copy back', async () => {
	const storage = new MemoryStorage();
	const tabA = storeOn(storage);
	const tabB = storeOn(storage);
	const run = startRun(checklist, {}, t0);
	await tabA.save(run);
	const held = tabB.get(run.id)!;
	assert.equal(tabA.clear(), 1);
	assert.ok(storage.getItem(EPOCH_KEY));
	assert.equal(tabB.isCleared(run.id), true);
	const outcome = await tabB.save(record(held, { type: 'check', step: 'a' }, minutes(1)));
	assert.equal(outcome.status, 'cleared');
	assert.equal(storage.getItem(RUN_KEY_PREFIX + run.id), null);
	// A run started after the clear is saved as usual.
	const fresh = startRun(checklist, {}, minutes(2));
	assert.equal((await tabB.save(fresh)).status, 'saved');
});

test('saves of one run go through its lock, one at a time', async () => {
	const storage = new MemoryStorage();
	const held: string[] = [];
	let chain = Promise.resolve<unknown>(undefined);
	const locks: RunLocks = {
		request(name, callback) {
			held.push(name);
			const result = chain.then(callback);
			chain = result.catch(() => undefined);
			return result;
		},
	};
	const store = storeOn(storage, locks);
	const run = startRun(checklist, {}, t0);
	await Promise.all([
		store.save(record(run, { type: 'check', step: 'a' }, minutes(1))),
		storeOn(storage, locks).save(record(run, { type: 'check', step: 'd' }, minutes(1))),
	]);
	assert.deepEqual(held, [RUN_KEY_PREFIX + run.id, RUN_KEY_PREFIX + run.id]);
	assert.equal(stored(storage, run).events.length, 3);
});

test('steps anchored to discovery count from it; the discovery time can be corrected later', () => {
	const legal = structuredClone(checklist);
	legal.phases[0]!.steps[1] = { ...legal.phases[0]!.steps[1]!, from: 'discovery', statutory: { law: '国家网络安全事件报告管理办法' } };
	let run = startRun(legal, { discoveredAt: minutes(-90) }, t0);
	let state = runState(run, t0);
	assert.equal(state.discoveredAt, minutes(-90).toISOString());
	assert.equal(state.steps[1]?.dueAt.toISOString(), minutes(-60).toISOString());
	assert.equal(state.steps[1]?.overdue, true);
	assert.equal(state.steps[0]?.dueAt.toISOString(), minutes(15).toISOString(), 'start-anchored steps are unchanged');
	assert.deepEqual(
		state.statutory.map((s) => s.step.id),
		['b'],
	);
	run = record(run, { type: 'discovered', discoveredAt: minutes(-10).toISOString() }, minutes(1));
	state = runState(run, minutes(1));
	assert.equal(state.steps[1]?.dueAt.toISOString(), minutes(20).toISOString());
	assert.equal(state.steps[1]?.overdue, false);
	assert.match(historyLine(run, run.events.at(-1)!, 'Asia/Shanghai'), /发现时间记为 11月24日 13:50/);
	// Without a discovery time the start is the discovery.
	assert.equal(runState(startRun(legal, {}, t0), t0).discoveredAt, t0.toISOString());
});

test('deadlines show their date and how many days away when not today', () => {
	const now = new Date('2026-12-15T16:40:00+08:00');
	const tz = 'Asia/Shanghai';
	assert.equal(deadline(new Date(now.getTime() + 60 * 60_000), now, tz), '17:40');
	assert.equal(deadline(new Date(now.getTime() + 8 * 60 * 60_000), now, tz), '12月16日 00:40（明天）');
	assert.equal(deadline(new Date(now.getTime() + 3 * 24 * 60 * 60_000), now, tz), '12月18日 16:40（3 天后）');
	assert.equal(deadline(new Date(now.getTime() + 3 * 24 * 60 * 60_000), now, 'UTC'), '12月18日 08:40（3 天后）');
	assert.equal(countdown(new Date(now.getTime() + 200 * 60_000), now), '还剩 3 小时 20 分');
	assert.equal(countdown(new Date(now.getTime() - 25 * 60_000), now), '已超时 25 分钟');
});

test('typed HTML is escaped in the Markdown record', () => {
	let run = startRun(checklist, { title: '<img src=x onerror=alert(1)>' }, t0);
	run = record(run, { type: 'note', step: 'a', note: '<script>alert(1)</script> & 更多' }, minutes(1));
	const markdown = runToMarkdown(run, minutes(2), 'Asia/Shanghai');
	assert.doesNotMatch(markdown, /<img|<script/);
	assert.match(markdown, /&lt;img src=x onerror=alert\(1\)&gt;/);
	assert.match(markdown, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; 更多/);
});

test('not applicable: a reason, excluded from overdue and open counts; critical steps only by the incident lead', () => {
	let run = startRun(checklist, { severity: 'L1' }, t0);
	// Step a is critical: without the lead's decision the mark does not count.
	run = record(run, { type: 'not-applicable', step: 'a', reason: '误发邮件，无受感染设备' }, minutes(1));
	run = record(run, { type: 'not-applicable', step: 'b', reason: '未涉及客户', by: '李明' }, minutes(2));
	let state = runState(run, minutes(200));
	const byId = (id: string) => state.steps.find((s) => s.step.id === id)!;
	assert.equal(byId('a').notApplicable, undefined);
	assert.equal(byId('a').overdue, true);
	assert.deepEqual(byId('b').notApplicable, { reason: '未涉及客户', at: minutes(2).toISOString(), by: '李明' });
	assert.equal(byId('b').overdue, false);
	assert.deepEqual([state.done, state.total, state.notApplicable, state.open, state.overdue], [0, 3, 1, 3, 3]);
	run = record(run, { type: 'not-applicable', step: 'a', reason: '误发邮件，无受感染设备', lead: true }, minutes(3));
	state = runState(run, minutes(200));
	assert.equal(byId('a').overdue, false);
	assert.equal(state.next?.step.id, 'c');
	assert.deepEqual([state.total, state.notApplicable, state.overdue], [2, 2, 2]);
	const markdown = runToMarkdown(run, minutes(200), 'Asia/Shanghai');
	assert.match(markdown, /\| — 不适用 \| 步骤 b \| 应急负责人 \| .* \| 李明 \| 不适用理由：未涉及客户 \|/);
	assert.match(markdown, /标为不适用：步骤 a（理由：误发邮件，无受感染设备；应急负责人决定）/);
	assert.equal(JSON.parse(runToJson(run, minutes(200))).summary.notApplicable, 2);
	run = record(run, { type: 'applicable', step: 'b' }, minutes(201));
	assert.equal(runState(run, minutes(202)).notApplicable, 1);
});

test('the chat summary is plain text a group can take over from: local times, who holds it, counts, notes, reasons, open steps', () => {
	let run = startRun(checklist, { title: '3 号机房断电', discoveredAt: minutes(-20), by: '张三' }, t0);
	run = record(run, { type: 'check', step: 'a', note: '客户甲公司已电话通知', by: '王芳' }, minutes(5));
	run = record(run, { type: 'not-applicable', step: 'c', reason: '不涉及申报' }, minutes(6));
	run = record(run, { type: 'note', step: 'b', note: '12366 工单 20261124-0001', by: '李明' }, minutes(7));
	const summary = runSummary(run, minutes(45), 'Asia/Shanghai');
	assert.equal(
		summary,
		[
			'系统故障应急清单：3 号机房断电',
			'级别：一级',
			'发现：11月24日 13:40',
			'开始：11月24日 14:00，用时 45 分钟',
			'当前经手人：李明',
			'完成 1，不适用 1，未完成 2（其中超时 1）',
			'备注与不适用理由：',
			'- 步骤 a：客户甲公司已电话通知（王芳）',
			'- 步骤 b：12366 工单 20261124-0001（李明）',
			'- 步骤 c：不适用，理由：不涉及申报',
			'未完成：',
			'- 步骤 b（应急负责人）截止 11月24日 14:30，已超时',
			'- 步骤 d（应急负责人）截止 11月24日 16:00',
		].join('\n'),
	);
	assert.doesNotMatch(summary, /\||#|GMT/);
});

test('a summary longer than one chat message keeps the lines that fit and points to the full record', () => {
	let run = startRun(checklist, { title: '3 号机房断电' }, t0);
	for (let n = 1; n <= 60; n++)
		run = record(run, { type: 'note', step: 'd', note: `客户 ${n} 号已通知，工单 ${String(n).padStart(6, '0')}` }, minutes(n));
	const summary = runSummary(run, minutes(61), 'Asia/Shanghai');
	assert.ok(summary.length <= 1500, `${summary.length} characters`);
	const lines = summary.split('\n');
	assert.match(lines.at(-1)!, /^（摘要超过 1500 字，另有 \d+ 条未列出。完整记录请在清单页的运行记录下点“导出 Markdown”或“导出 JSON”。）$/);
	const listed = lines.filter((line) => line.startsWith('- ')).length;
	const missing = Number(/另有 (\d+) 条/.exec(lines.at(-1)!)![1]);
	// Every note and every open step is either listed or counted as missing.
	assert.equal(listed + missing, 60 + 4);
	assert.ok(lines.includes('- 步骤 d：客户 1 号已通知，工单 000001'));
	// Within budget, nothing is cut.
	assert.doesNotMatch(runSummary(run, minutes(61), 'Asia/Shanghai', 10_000), /摘要超过/);
});

test('title and reporter filled in after the start are events: the later one wins, clearing is kept, copies merge', () => {
	let run = startRun(checklist, { title: '财务软件无法登录' }, t0);
	run = record(run, { type: 'reporter', reportedBy: '前台王五', by: '张三' }, minutes(3));
	const other = record(run, { type: 'title', title: '财务软件与网盘都无法登录', by: '李四' }, minutes(5));
	run = record(run, { type: 'title', title: '', by: '张三' }, minutes(4));
	assert.equal(runState(run, minutes(4)).title, '');
	assert.equal(runState(run, minutes(4)).reportedBy, '前台王五');
	// Both copies recorded a title at the same logical time: the order by id decides, the same way on both.
	const merged = mergeRuns(run, other);
	assert.deepEqual(runState(merged).title, runState(mergeRuns(other, run)).title);
	const later = record(merged, { type: 'title', title: '网盘故障' }, minutes(6));
	assert.equal(runState(later).title, '网盘故障');
	const markdown = runToMarkdown(later, minutes(6), 'Asia/Shanghai');
	assert.match(markdown, /^# 系统故障应急清单：网盘故障$/m);
	assert.match(markdown, /^- 报告人：前台王五$/m);
	assert.match(markdown, /清空事件标题 — 张三/);
	assert.match(markdown, /报告人改为 前台王五 — 张三/);
	assert.equal(JSON.parse(runToJson(later)).summary.reportedBy, '前台王五');
	assert.match(runSummary(later), /^系统故障应急清单：网盘故障\n报告人：前台王五/);
});
