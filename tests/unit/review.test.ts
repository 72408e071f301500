import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isoDay, nextReview, reviewOverdue } from '../../src/domain/review.ts';

test('the next review is the review date plus the cycle in months, clamped to the month end', () => {
	assert.equal(isoDay(nextReview(new Date('2026-11-24'), 12)), '2027-11-24');
	assert.equal(isoDay(nextReview(new Date('2026-11-24'), 6)), '2027-05-24');
	assert.equal(isoDay(nextReview(new Date('2026-01-31'), 1)), '2026-02-28');
	assert.equal(isoDay(nextReview(new Date('2027-08-31'), 6)), '2028-02-29');
});

test('a chapter is overdue only after its next review date', () => {
	assert.equal(reviewOverdue(new Date('2026-11-24'), 6, new Date('2027-05-24T12:00:00Z')), true);
	assert.equal(reviewOverdue(new Date('2026-11-24'), 6, new Date('2027-05-23')), false);
});
