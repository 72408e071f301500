/**
 * When a chapter must be reviewed again: `reviewed` plus `reviewEvery` months. The manual's
 * rules change with the law, so a chapter past that date is shown as possibly out of date.
 */
export function nextReview(reviewed: Date, everyMonths: number): Date {
	const next = new Date(reviewed);
	const day = next.getUTCDate();
	next.setUTCDate(1);
	next.setUTCMonth(next.getUTCMonth() + everyMonths);
	// 31 January + 1 month is the last day of February, not 3 March.
	const lastDay = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
	next.setUTCDate(Math.min(day, lastDay));
	return next;
}

export function reviewOverdue(reviewed: Date, everyMonths: number, now = new Date()): boolean {
	return now.getTime() > nextReview(reviewed, everyMonths).getTime();
}

/** YYYY-MM-DD. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
