/**
 * The filing deadline of a run, from the calendar the run carries (`ChecklistSnapshot.filing`,
 * built from content/calendar/ at build time): which deadline a run serves, how long is left, the
 * deadline day's cut-offs (the service hall, after 17:00, after 24:00) and whether a step's own
 * deadline falls after it. Dates are the calendar's, rest-day shifts included: nothing here
 * recomputes them. Statutory days end at 24:00 Beijing time, wherever the device's clock is set.
 */
import type { FilingSnapshot } from '../../schemas/run.ts';

const DAY_MS = 86_400_000;
/** China has one time zone and no daylight saving time: statutory days run by this offset. */
const BEIJING = '+08:00';

/** The moment a Beijing-time calendar day starts. */
function dayStart(day: string): number {
	return Date.parse(`${day}T00:00:00${BEIJING}`);
}

/** "12月15日" for a calendar day "2026-12-15", as the calendar names it (no time-zone arithmetic). */
export function calendarDayLabel(day: string): string {
	const [, month, date] = day.split('-').map(Number);
	return `${month}月${date}日`;
}

/** The moment a cut-off ("14:00", "24:00") falls on a Beijing-time calendar day. */
export function cutoffMoment(day: string, at: string): Date {
	const [hours = 0, minutes = 0] = at.split(':').map(Number);
	return new Date(dayStart(day) + (hours * 60 + minutes) * 60_000);
}

export interface FilingDeadline {
	/** The calendar's day, YYYY-MM-DD. */
	day: string;
	/** What is due, as the calendar says. */
	covers: string;
	/** 24:00 of that day, Beijing time. */
	endsAt: Date;
	/** "12月15日 24:00". */
	label: string;
}

/**
 * The deadline a run serves: the first in the calendar that had not passed when the incident was
 * discovered or the run started, whichever was earlier. A run started just after midnight for an
 * incident found at 23:50 still serves the deadline that passed at 24:00.
 */
export function filingDeadline(filing: FilingSnapshot, since: Date): FilingDeadline | undefined {
	const entry = [...filing.deadlines]
		.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
		.find((candidate) => dayStart(candidate.day) + DAY_MS > since.getTime());
	if (!entry) return undefined;
	return {
		day: entry.day,
		covers: entry.covers,
		endsAt: new Date(dayStart(entry.day) + DAY_MS),
		label: `${calendarDayLabel(entry.day)} 24:00`,
	};
}

export interface CutoffState {
	/** "14:00". */
	at: string;
	moment: Date;
	title: string;
	rule: string;
	/** Site path of the chapter section that explains it. */
	link: string;
	passed: boolean;
}

export interface FilingClock {
	/** What the deadline is called, e.g. 本期申报截止. */
	name: string;
	deadline: FilingDeadline;
	/** Milliseconds to the deadline; negative once it has passed. */
	left: number;
	/**
	 * The deadline day's cut-offs, shown once that day has begun (Beijing time) and until the run
	 * ends; empty before the day: nothing to act on yet.
	 */
	cutoffs: CutoffState[];
}

/** The run's filing deadline now; undefined when the run serves none or the calendar has no later date. */
export function filingClock(filing: FilingSnapshot | undefined, since: Date, now: Date): FilingClock | undefined {
	if (!filing) return undefined;
	const deadline = filingDeadline(filing, since);
	if (!deadline) return undefined;
	const started = now.getTime() >= dayStart(deadline.day);
	const cutoffs = started
		? filing.cutoffs.map((cutoff) => {
				const moment = cutoffMoment(deadline.day, cutoff.at);
				return { ...cutoff, moment, passed: now.getTime() >= moment.getTime() };
			})
		: [];
	return { name: filing.name, deadline, left: deadline.endsAt.getTime() - now.getTime(), cutoffs };
}

/** A step held to the deadline (`beats`) whose own deadline falls after it, and is not done or set aside. */
export function missesDeadline(
	beats: string | undefined,
	filing: FilingSnapshot | undefined,
	dueAt: Date,
	deadline: FilingDeadline | undefined,
): boolean {
	return Boolean(beats && filing && deadline && beats === filing.deadline && dueAt.getTime() > deadline.endsAt.getTime());
}
