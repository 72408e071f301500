/**
 * The training record as HR files it: one line per item of the person's path (each once, with
 * its status, edition, day and score) and every finished drill on the device with its figures.
 * The record page prints it and `sheetToMarkdown` writes it as a readable file, so the paper and
 * the file never disagree.
 */
import { UNRECORDED_EDITION } from '../edition-label.ts';
import { dayOf, clock, elapsed } from '../run/time.ts';
import type { DrillEvaluation, Drills } from './drills.ts';
import { itemStatus, type ItemStatus, type PathItem, type TrainingCatalogue } from './progress.ts';
import type { TrainingRecord } from './record.ts';

export const SHEET_STATUS: Record<ItemStatus, string> = {
	todo: '未完成',
	read: '已读',
	reread: '需重读',
	passed: '通过',
	failed: '未通过',
	practised: '已演练',
};
export const SHEET_KIND: Record<PathItem['kind'], string> = { chapter: '阅读', selfCheck: '自测', checklist: '演练' };

export interface SheetItem {
	stage: string;
	kind: PathItem['kind'];
	title: string;
	status: ItemStatus;
	/** The edition read or answered (content hash), for chapters and self-checks; for tools, never shown. */
	edition: string;
	/** That edition as people read it: "2026-12-03" (src/domain/edition-label.ts); empty when there is none. */
	editionLabel: string;
	/** ISO time of the confirmation, the attempt or the latest drill. */
	at: string | undefined;
	/** "6/7（85%）" for a self-check attempt. */
	score: string;
}

export interface SheetDrill {
	checklist: string;
	title: string;
	finishedAt: string;
	evaluation: DrillEvaluation | undefined;
}

export interface RecordSheet {
	name: string;
	pathTitle: string;
	roleName: string;
	items: SheetItem[];
	drills: SheetDrill[];
}

export function recordSheet(record: TrainingRecord, pathId: string, drills: Drills, catalogue: TrainingCatalogue): RecordSheet {
	const path = catalogue.paths[pathId];
	const seen = new Set<string>();
	const items = (path?.stages ?? []).flatMap((stage) =>
		stage.items.flatMap((item): SheetItem[] => {
			const key = `${item.kind}:${item.id}`;
			if (seen.has(key)) return [];
			seen.add(key);
			const read = item.kind === 'chapter' ? record.reads[item.id] : undefined;
			const check = item.kind === 'selfCheck' ? record.checks[item.id] : undefined;
			const drill = item.kind === 'checklist' ? drills[item.id]?.at(-1) : undefined;
			const edition = read?.edition ?? check?.edition ?? '';
			return [
				{
					stage: stage.name,
					kind: item.kind,
					title: catalogue.titles[item.id] ?? item.id,
					status: itemStatus(item, record, catalogue.editions, drills),
					edition,
					editionLabel: edition ? (catalogue.editionLabels?.[item.id]?.[edition] ?? UNRECORDED_EDITION) : '',
					at: read?.at ?? check?.at ?? drill?.finishedAt,
					score: check ? `${check.right}/${check.total}（${check.percent}%）` : '',
				},
			];
		}),
	);
	const drillRows = Object.entries(drills)
		.flatMap(([checklist, runs]) =>
			runs.map((run) => ({
				checklist,
				title: run.evaluation?.title ?? catalogue.titles[checklist] ?? checklist,
				finishedAt: run.finishedAt,
				evaluation: run.evaluation,
			})),
		)
		.sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
	return { name: record.name, pathTitle: path?.title ?? '', roleName: path?.roleName ?? '', items, drills: drillRows };
}

/** "2026-12-01", in the reader's time zone. */
export const sheetDay = (iso: string | undefined, timeZone?: string) => (iso ? dayOf(new Date(iso), timeZone) : '');
/** "2026-12-01 09:30", in the reader's time zone. */
export const sheetTime = (iso: string, timeZone?: string) => `${dayOf(new Date(iso), timeZone)} ${clock(new Date(iso), timeZone)}`;

/** Time to each phase: "报告 25 分钟；处置 未完成". */
export const phaseTimes = (evaluation: DrillEvaluation) =>
	evaluation.phases.map((phase) => `${phase.title} ${phase.minutes === null ? '未完成' : elapsed(phase.minutes)}`).join('；');

/** Typed text in Markdown: HTML is shown as text, never passed through to whoever renders the file. */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const cell = (text: string) => escapeHtml(text).replace(/\|/g, '｜').replace(/\n/g, ' ');

/** The record as a Markdown file for HR: who, which path, each item, each drill, and room to sign. */
export function sheetToMarkdown(sheet: RecordSheet, now: Date, timeZone?: string): string {
	return [
		`# 培训记录：${escapeHtml(sheet.name)}`,
		'',
		`- 姓名：${escapeHtml(sheet.name)}`,
		`- 岗位：${sheet.roleName}`,
		`- 学习路径：${sheet.pathTitle}`,
		`- 导出时间：${sheetTime(now.toISOString(), timeZone)}`,
		'',
		'## 学习项目',
		'',
		'| 阶段 | 项目 | 状态 | 版本 | 日期 | 成绩 |',
		'| --- | --- | --- | --- | --- | --- |',
		...sheet.items.map(
			(item) =>
				`| ${cell(item.stage)} | ${SHEET_KIND[item.kind]}：${cell(item.title)} | ${SHEET_STATUS[item.status]} | ${item.editionLabel} | ${sheetDay(item.at, timeZone)} | ${item.score} |`,
		),
		'',
		'## 演练记录',
		'',
		...(sheet.drills.length === 0
			? ['本设备上没有已结束的演练。']
			: [
					'| 清单 | 开始 | 用时 | 完成 | 超时 | 不适用 | 各阶段用时 |',
					'| --- | --- | --- | --- | --- | --- | --- |',
					...sheet.drills.map(({ title, finishedAt, evaluation: e }) =>
						e
							? `| ${cell(title)} | ${sheetTime(e.startedAt, timeZone)} | ${elapsed(e.minutes)} | ${e.done}/${e.total} | ${e.late} | ${e.notApplicable} | ${cell(phaseTimes(e))} |`
							: `| ${cell(title)} | 结束于 ${sheetTime(finishedAt, timeZone)} |  |  |  |  |  |`,
					),
				]),
		'',
		'本人签字：________________ 培训导师签字：________________ 日期：____________',
		'',
	].join('\n');
}
