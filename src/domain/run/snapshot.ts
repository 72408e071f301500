import { CALENDAR_DEADLINES, FIRST_ACTION_KINDS, type Checklist } from '../../schemas/checklist.ts';
import type { FilingCalendar } from '../../schemas/calendar.ts';
import type { LegalFact } from '../../schemas/legal-facts.ts';
import type { FilingSnapshot } from '../../schemas/run.ts';
import type { Role } from '../../schemas/role.ts';
import { durationMinutes } from '../duration.ts';
import { editionLabel } from '../checklist-labels.ts';
import type { ChecklistSnapshot } from './model.ts';

/** What a run needs of the filing calendars and the lateFiling facts to keep a filing deadline. */
export interface FilingSources {
	calendars: readonly FilingCalendar[];
	lateFiling: readonly LegalFact[];
}

/**
 * The calendar a run of a filing checklist carries: every monthly deadline of every calendar, and
 * the deadline day's cut-offs of the newest calendar that lists them; a cut-off naming a lateFiling
 * fact says what that fact says, so the law is written once.
 */
export function filingSnapshot(checklist: Checklist, sources: FilingSources): FilingSnapshot | undefined {
	if (!checklist.deadline) return undefined;
	const day = (date: Date) => date.toISOString().slice(0, 10);
	const calendars = [...sources.calendars].sort((a, b) => b.year - a.year);
	const cutoffs = calendars.find((calendar) => calendar.deadlineDay.length > 0)?.deadlineDay ?? [];
	const facts = new Map(sources.lateFiling.map((fact) => [fact.id, fact]));
	return {
		deadline: checklist.deadline,
		name: CALENDAR_DEADLINES[checklist.deadline],
		deadlines: calendars
			.flatMap((calendar) => calendar.monthly.map((entry) => ({ day: day(entry.deadline), covers: entry.covers })))
			.sort((a, b) => (a.day < b.day ? -1 : 1)),
		cutoffs: cutoffs.map((cutoff) => {
			const fact = cutoff.fact ? facts.get(cutoff.fact) : undefined;
			return {
				at: cutoff.at,
				title: cutoff.title,
				rule: cutoff.rule ?? fact?.short ?? fact?.rule ?? '',
				link: cutoff.link,
			};
		}),
	};
}

/** A step's chapter link as the page names it: the chapter's title, or the link itself for a chapter the titles lack. */
export function chapterLink(path: string, chapterTitles: ReadonlyMap<string, string> | undefined) {
	return { path, title: chapterTitles?.get(path.replace(/^\/|\/(#.*)?$/g, '')) ?? path };
}

/**
 * The frozen copy of a checklist that a run starts from; embedded in the checklist page at build
 * time. It holds every field the run shows (src/domain/run/frozen.ts), so a new edition never
 * changes a run under way; the page's own markup is only the starting point the runner rewrites.
 * Compact, as it travels in every record and file: optional fields only when set.
 * `chapterTitles`: chapter id → title, to name the steps' links as the page does.
 */
export function toSnapshot(
	id: string,
	checklist: Checklist,
	roles: ReadonlyMap<string, Role>,
	filing?: FilingSources,
	chapterTitles?: ReadonlyMap<string, string>,
): ChecklistSnapshot {
	const calendar = filing && filingSnapshot(checklist, filing);
	return {
		id,
		title: checklist.title,
		kind: checklist.kind,
		type: checklist.type,
		edition: editionLabel(checklist),
		severities: checklist.severities.map(({ id: severity, name, when }) => ({ id: severity, name, when })),
		phases: checklist.phases.map((phase) => ({
			title: phase.title,
			steps: phase.steps.map((step) => ({
				id: step.id,
				text: step.text,
				...(step.detail ? { detail: step.detail } : {}),
				...(step.detail && step.printDetail ? { printDetail: true as const } : {}),
				role: step.role,
				roleName: roles.get(step.role)?.name ?? step.role,
				dueMinutes: durationMinutes(step.due) ?? 0,
				...(step.from === 'discovery' ? { from: 'discovery' as const } : {}),
				...(step.statutory ? { statutory: step.statutory } : {}),
				...(step.beats ? { beats: step.beats } : {}),
				critical: step.critical,
				severities: step.severities,
				record: step.record,
				...(step.links.length > 0 ? { links: step.links.map((link) => chapterLink(link, chapterTitles)) } : {}),
			})),
		})),
		...(calendar ? { filing: calendar } : {}),
		firstActions: checklist.firstActions.map((action) => ({ label: FIRST_ACTION_KINDS[action.kind], text: action.text })),
	};
}
