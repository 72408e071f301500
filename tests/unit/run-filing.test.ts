// The filing deadline a run serves, read from the real calendar (content/calendar/), and the
// discovery times a run refuses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filingClock, filingDeadline } from '../../src/domain/run/filing.ts';
import { discoveryProblem, record, runState, startRun } from '../../src/domain/run/model.ts';
import { runSummary } from '../../src/domain/run/export.ts';
import { filingSnapshot } from '../../src/domain/run/snapshot.ts';
import { checklist, manual } from '../support/manual.ts';

const beijing = (local: string) => new Date(`${local}+08:00`);
const systemFailure = checklist('system-failure');
const filing = systemFailure.snapshot.filing!;

test('a checklist that serves the filing deadline carries the calendar; one that does not, carries none', () => {
	assert.equal(filing.name, '本期申报截止');
	assert.equal(filing.deadlines.length, 12);
	assert.deepEqual(
		filing.cutoffs.map((cutoff) => cutoff.at),
		['14:00', '17:00', '24:00'],
	);
	// The 24:00 cut-off quotes the lateFiling fact it names, so the law is written once.
	const late = manual.legalFacts!.data.lateFiling.find((fact) => fact.id === 'file-late-at-once')!;
	assert.equal(filing.cutoffs.at(-1)!.rule, late.short);
	assert.equal(checklist('cyber-data-leak').snapshot.filing, undefined);
	assert.equal(filingSnapshot(checklist('cyber-data-leak').data, { calendars: [], lateFiling: [] }), undefined);
});

test('the deadline is the calendar day, rest-day shifts included, ending at 24:00 Beijing time', () => {
	// 15 November 2026 is a Sunday: the calendar moves the deadline to the 16th; nothing recomputes it.
	const november = filingDeadline(filing, beijing('2026-11-15T23:10:00'))!;
	assert.equal(november.day, '2026-11-16');
	assert.equal(november.label, '11月16日 24:00');
	assert.equal(november.endsAt.toISOString(), '2026-11-16T16:00:00.000Z');
	assert.equal(filingDeadline(filing, beijing('2026-12-15T23:59:00'))!.day, '2026-12-15');
	assert.equal(filingDeadline(filing, beijing('2026-11-17T00:00:00'))!.day, '2026-12-15');
	// After the calendar's last date there is nothing to count down to.
	assert.equal(filingDeadline(filing, beijing('2026-12-16T00:00:00')), undefined);
});

test('at 23:10 on the deadline day: 50 minutes left, the 14:00 and 17:00 cut-offs passed, steps due after 24:00 flagged', () => {
	const start = beijing('2026-12-15T23:10:00');
	let run = startRun(systemFailure.snapshot, {}, start);
	const state = runState(run, start);
	assert.equal(state.filing?.deadline.label, '12月15日 24:00');
	assert.equal(state.filing?.left, 50 * 60_000);
	assert.deepEqual(
		state.filing?.cutoffs.map((cutoff) => [cutoff.at, cutoff.passed]),
		[
			['14:00', true],
			['17:00', true],
			['24:00', false],
		],
	);
	const late = state.visible.filter((s) => s.afterDeadline).map((s) => s.step.id);
	const held = state.visible.filter((s) => s.step.beats).map((s) => s.step.id);
	assert.ok(late.includes('tax-portal-outage') && late.includes('alternative-filing'), late.join());
	// Only steps held to the deadline are flagged, however late their own deadline.
	assert.deepEqual(late, held);
	// Done or set aside, a step is no longer flagged.
	run = record(run, { type: 'check', step: 'tax-portal-outage' }, beijing('2026-12-15T23:20:00'));
	run = record(
		run,
		{ type: 'not-applicable', step: 'alternative-filing', reason: '已在办税服务厅办完', lead: true },
		beijing('2026-12-15T23:21:00'),
	);
	const after = runState(run, beijing('2026-12-15T23:22:00'));
	assert.deepEqual(
		after.visible.filter((s) => s.afterDeadline).map((s) => s.step.id),
		held.filter((id) => id !== 'tax-portal-outage' && id !== 'alternative-filing'),
	);
	assert.match(runSummary(run, beijing('2026-12-15T23:22:00'), 'Asia/Shanghai'), /^本期申报截止：12月15日 24:00，还剩 38 分钟$/m);
});

test('earlier the same day only the clock shows until the day begins; after 24:00 the deadline that passed still counts', () => {
	const before = filingClock(filing, beijing('2026-12-14T20:00:00'), beijing('2026-12-14T20:00:00'))!;
	assert.equal(before.deadline.day, '2026-12-15');
	assert.deepEqual(before.cutoffs, []);
	// Discovered at 23:50, started five minutes after midnight: the run serves the deadline it missed.
	const run = startRun(systemFailure.snapshot, { discoveredAt: beijing('2026-12-15T23:50:00') }, beijing('2026-12-16T00:05:00'));
	const state = runState(run, beijing('2026-12-16T00:05:00'));
	assert.equal(state.filing?.deadline.day, '2026-12-15');
	assert.equal(state.filing?.left, -5 * 60_000);
	assert.ok(state.filing?.cutoffs.every((cutoff) => cutoff.passed));
});

test('a discovery time later than now is refused with a sentence; this minute and earlier are taken', () => {
	const now = beijing('2026-12-15T23:10:30');
	assert.equal(discoveryProblem(beijing('2026-12-15T23:10:00'), now), undefined);
	assert.equal(discoveryProblem(beijing('2026-12-15T20:00:00'), now), undefined);
	const problem = discoveryProblem(beijing('2026-12-15T23:40:00'), now);
	assert.match(problem ?? '', /晚于现在.*不能是将来的时间/);
	assert.match(discoveryProblem(new Date('not a time'), now) ?? '', /没有填写完整/);
});
