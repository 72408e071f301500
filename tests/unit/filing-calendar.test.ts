import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysFrom, deadlineMarks } from '../../src/domain/filing-calendar.ts';

const DEADLINES = ['2026-11-16', '2026-12-15', '2026-01-31', '2026-12-15'];

test('a few days before a deadline, that deadline is the next one, with the days left', () => {
	assert.deepEqual(
		[...deadlineMarks(DEADLINES, '2026-12-12')],
		[['2026-12-15', { kind: 'next', label: '下一个截止日，还有 3 天', daysLeft: 3 }]],
	);
	// The day after one deadline, the next is the following one, whatever order the rows are in.
	assert.equal(deadlineMarks(DEADLINES, '2026-11-17').get('2026-12-15')?.kind, 'next');
	assert.equal(deadlineMarks(DEADLINES, '2026-01-01').get('2026-01-31')?.label, '下一个截止日，还有 30 天');
});

test('on the deadline day that deadline is today’s, and no later one is marked', () => {
	assert.deepEqual([...deadlineMarks(DEADLINES, '2026-12-15')], [['2026-12-15', { kind: 'today', label: '今天截止' }]]);
});

test('after the calendar’s last deadline nothing is marked', () => {
	assert.equal(deadlineMarks(DEADLINES, '2026-12-16').size, 0);
	assert.equal(deadlineMarks([], '2026-12-16').size, 0);
});

test('days are counted between calendar days, across months and years', () => {
	assert.equal(daysFrom('2026-02-27', '2026-03-01'), 2);
	assert.equal(daysFrom('2026-12-31', '2027-01-01'), 1);
	assert.equal(daysFrom('2026-12-15', '2026-12-12'), -3);
});
