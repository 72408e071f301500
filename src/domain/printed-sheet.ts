/**
 * How a checklist prints on A4 (the checklist page and the paper emergency kit): an estimate of
 * its height from its text, not a layout engine. Each part's height is its lines (text width over
 * the column's width, a CJK character one em, Latin letters and digits about half) times its
 * line height, plus fixed parts; the figures are the print CSS's (src/components/run/ChecklistView.astro),
 * measured in Chromium's PDFs of the 16 incident checklists (2026-12, within 2 px of each sheet's real height).
 *
 * A sheet that does not fit one page goes on to a second one, whose first row says so
 * (`continuedBefore`); the content check refuses a checklist that would need a third
 * (src/check/rules/printed-sheet.ts), and tests/e2e/print.spec.ts compares the estimate with the
 * real PDFs. The 合订本 lays its pages out itself (Paged.js), with the checklist's title in every
 * page's header.
 */
import type { Checklist } from '../schemas/checklist.ts';
import { dueLabel, severityLabel } from './checklist-labels.ts';

/** CSS pixels (96 a inch) per point. */
const PX_PER_PT = 96 / 72;
/** Every line of the sheet is set at 1.18 times its font size. */
const lineHeight = (pt: number) => pt * PX_PER_PT * 1.18;

/**
 * A4 less the 10 mm top and bottom margins of src/styles/manual.css, less what sits above the
 * title and a margin: sheets estimated at up to 1,016 px printed on one page, 1,019 px did not.
 */
export const PAGE_HEIGHT_PX = (277 / 25.4) * 96 - 44;
/** A4 less the 12 mm side margins. */
const PAGE_WIDTH_PX = (186 / 25.4) * 96;
/** The QR code floats at the top right (19 mm and its 2 mm gap): the lines beside it are shorter. */
const BESIDE_CODE_PX = PAGE_WIDTH_PX - (21 / 25.4) * 96;
/** A step's text column: the page less the box (9 pt), the time and initials column (34 mm) and two 5 pt gaps. */
const STEP_BODY_PX = PAGE_WIDTH_PX - 9 * PX_PER_PT - (34 / 25.4) * 96 - 10 * PX_PER_PT;
/** A level's condition, beside its name, in the levels table. */
const SEVERITY_CELL_PX = PAGE_WIDTH_PX - 64;

/** Fixed heights (px): the title and print header, the intro's margins, the contacts block and the levels' table head and rule. */
const HEAD_FIXED = 179.1;
const FIRST_ACTIONS_BOX = 8.1;
const SEVERITY_ROW_EXTRA = 2.3;
const PHASE_HEADING = 32.57;
/** A step row's padding and border, its bold first line beyond its meta line, and the critical mark. */
const STEP_FIXED = 3.64;
const CRITICAL_MARK_PX = 30;
/** The second page's "续页" line. */
export const CONTINUED_LINE_PX = 18;

/** Width of text in ems: CJK and full-width characters one em, anything else about half. */
export function textEms(text: string): number {
	let ems = 0;
	for (const char of text) ems += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(char) ? 1 : 0.55;
	return ems;
}

/** Lines a text takes at `pt` in a column `widthPx` wide (at least one). */
export function linesOf(text: string, pt: number, widthPx: number): number {
	return Math.max(1, Math.ceil((textEms(text) * pt * PX_PER_PT) / widthPx));
}

/** A step as the sheet prints it. */
export interface SheetStep {
	id: string;
	/** Height on paper, px. */
	height: number;
}

export interface SheetLayout {
	/** Pages the sheet takes: 1, 2, or more (which the content check refuses). */
	pages: number;
	/** Estimated height of each page's content, px. */
	heights: number[];
	/** Where the second page starts: before this step, or before this phase's heading when it is the phase's first step. */
	continuedBefore?: SheetBreak;
	/** Where each page after the first starts. */
	breaks: SheetBreak[];
	/** The details printed (steps marked `printDetail`), with the lines each takes. */
	printedDetails: { phase: number; index: number; lines: number }[];
}

export interface SheetBreak {
	phase: number;
	/** The step's id and its index in the phase. */
	step: string;
	index: number;
	/** The step is the phase's first: the page starts with the phase's heading. */
	phaseStart: boolean;
}

/** The parts of a checklist its printed sheet shows; `roleName` names a step's role as the sheet prints it. */
export function sheetLayout(checklist: Checklist, roleName: (id: string) => string): SheetLayout {
	const firstActions = checklist.firstActions.length
		? `发现者先做这几件事${checklist.firstActions.map((action) => `　先停${action.text}`).join('')}`
		: '';
	let head =
		HEAD_FIXED +
		lineHeight(8.5) *
			(linesOf(checklist.summary, 8.5, BESIDE_CODE_PX) + linesOf(`何时启动：${checklist.trigger}`, 8.5, BESIDE_CODE_PX) + 1);
	if (firstActions) head += FIRST_ACTIONS_BOX + lineHeight(7.5) * linesOf(firstActions, 7.5, BESIDE_CODE_PX - 8);
	for (const severity of checklist.severities) head += SEVERITY_ROW_EXTRA + lineHeight(7.5) * linesOf(severity.when, 7.5, SEVERITY_CELL_PX);

	const heights = [head];
	const breaks: SheetBreak[] = [];
	const printedDetails: SheetLayout['printedDetails'] = [];
	checklist.phases.forEach((phase, p) =>
		phase.steps.forEach((step, s) => {
			const levels = severityLabel(step, checklist.severities);
			const meta = [roleName(step.role), dueLabel(step), ...(levels ? [`仅限：${levels}`] : [])].join('· ');
			const firstLine =
				textEms(step.text) * 8.5 * PX_PER_PT + (step.critical ? CRITICAL_MARK_PX : 0) + 6 * PX_PER_PT + textEms(meta) * 7.5 * PX_PER_PT;
			const detailLines = step.printDetail && step.detail ? linesOf(step.detail, 8, STEP_BODY_PX) : 0;
			if (detailLines) printedDetails.push({ phase: p, index: s, lines: detailLines });
			const row =
				STEP_FIXED +
				lineHeight(8.5) * Math.max(1, Math.ceil(firstLine / STEP_BODY_PX)) +
				lineHeight(7.5) * linesOf(`记录：${step.record}`, 7.5, STEP_BODY_PX) +
				lineHeight(8) * detailLines;
			// A phase's heading stays with its first step.
			const height = row + (s === 0 ? PHASE_HEADING : 0);
			const page = heights.length - 1;
			if (heights[page]! + height > PAGE_HEIGHT_PX) {
				breaks.push({ phase: p, step: step.id, index: s, phaseStart: s === 0 });
				heights.push(CONTINUED_LINE_PX + height);
			} else heights[page]! += height;
		}),
	);
	return { pages: heights.length, heights, breaks, printedDetails, ...(breaks[0] ? { continuedBefore: breaks[0] } : {}) };
}

/** The line heading a sheet's second page. */
export function continuedLabel(title: string, pages: number): string {
	return `《${title}》续页 · 第 2 页，共 ${pages} 页`;
}
