/**
 * Where the reader's day stands against the filing calendar: the deadline that falls today and
 * the next one to come. The site is built once and read for a year, so the day always comes from
 * the reader's clock (`localDay` in content-status.ts), never the build's.
 */

/** A deadline row's mark on the reader's day, in words, so it never rests on colour alone. */
export type DeadlineMark = { kind: 'today'; label: '今天截止' } | { kind: 'next'; label: string; daysLeft: number };

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysFrom(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The marks for deadlines (YYYY-MM-DD, any order, repeats allowed) on `today`: every deadline
 * that falls today is "今天截止"; otherwise the earliest one still to come is the next, with the
 * days left. On a deadline day that day is the one that matters, so no later one is marked.
 */
export function deadlineMarks(deadlines: readonly string[], today: string): Map<string, DeadlineMark> {
	const marks = new Map<string, DeadlineMark>();
	if (deadlines.includes(today)) {
		marks.set(today, { kind: 'today', label: '今天截止' });
		return marks;
	}
	const next = deadlines.filter((day) => day > today).sort()[0];
	if (next) {
		const daysLeft = daysFrom(today, next);
		marks.set(next, { kind: 'next', label: `下一个截止日，还有 ${daysLeft} 天`, daysLeft });
	}
	return marks;
}
