/**
 * A drill's evaluation in words: the same sections on the page, on paper and in the exported
 * files, so what the review meeting reads is what the screen showed.
 */
import type { ChecklistRun } from './model.ts';
import type { DrillEvaluation } from './drill-evaluation.ts';
import { escapeHtml } from './export.ts';
import { elapsed, recordTime } from './time.ts';

export interface ReportSection {
	heading: string;
	/** One line per item; `empty` is shown instead when there are none. */
	lines: string[];
	empty: string;
}

const minutes = (n: number | undefined) => (n === undefined ? '未完成' : `第 ${n} 分钟（${elapsed(n)}）`);

/** The evaluation as sections of plain lines. */
export function evaluationSections(evaluation: DrillEvaluation, timeZone?: string): ReportSection[] {
	const at = (date: Date) => recordTime(date, timeZone);
	return [
		{
			heading: '总用时',
			lines: [`${at(evaluation.startedAt)} 开始，${at(evaluation.finishedAt)} 结束，共 ${elapsed(evaluation.totalMinutes)}`],
			empty: '',
		},
		{
			heading: '各阶段用时（从开始起算）',
			lines: evaluation.phases.map(
				(phase, index) =>
					`阶段 ${index + 1} ${phase.title}：首步完成 ${minutes(phase.firstDoneMinutes)}，全部完成 ${minutes(phase.completedMinutes)}`,
			),
			empty: '',
		},
		{
			heading: '超过时限的步骤',
			lines: evaluation.late.map(
				(late) =>
					`${late.step.text}：截止 ${at(late.dueAt)}，${late.doneAt ? `${at(late.doneAt)} 完成` : '结束时仍未完成'}，超时 ${elapsed(late.lateMinutes)}`,
			),
			empty: '没有步骤超过时限。',
		},
		{
			heading: '标为不适用的步骤',
			lines: evaluation.notApplicable.map((item) => `${item.step.text}：${item.reason}${item.by ? `（${item.by}）` : ''}`),
			empty: '没有。',
		},
		{
			heading: '未完成的步骤',
			lines: evaluation.undone.map((step) => `${step.text}（${step.roleName}）`),
			empty: '全部完成或已标为不适用。',
		},
		{
			heading: '备注',
			lines: evaluation.notes.map((item) => `${item.step.text}：${item.note}`),
			empty: '没有备注。',
		},
	];
}

/** The evaluation in Markdown, headed by the drill it evaluates. */
export function evaluationToMarkdown(run: ChecklistRun, evaluation: DrillEvaluation, title: string, timeZone?: string): string {
	return [
		`# 演练评估：${run.checklist.title}${title ? `：${escapeHtml(title)}` : ''}`,
		'',
		`- 清单版本：${run.checklist.edition}`,
		`- 运行编号：${run.id}`,
		'',
		...evaluationSections(evaluation, timeZone).flatMap((section) => [
			`## ${section.heading}`,
			'',
			...(section.lines.length > 0 ? section.lines.map((line) => `- ${escapeHtml(line)}`) : [section.empty]),
			'',
		]),
	].join('\n');
}

/** The evaluation as JSON under Chinese labels, figures as numbers and times as ISO strings, for archives and tools. */
export function evaluationToJson(run: ChecklistRun, evaluation: DrillEvaluation, title: string): string {
	return JSON.stringify(
		{
			演练评估: {
				清单: run.checklist.title,
				清单编号: run.checklist.id,
				清单版本: run.checklist.edition,
				运行编号: run.id,
				事件标题: title,
				开始时间: evaluation.startedAt.toISOString(),
				结束时间: evaluation.finishedAt.toISOString(),
				总用时分钟: evaluation.totalMinutes,
				各阶段: evaluation.phases.map((phase) => ({
					阶段: phase.title,
					首步完成分钟: phase.firstDoneMinutes ?? null,
					全部完成分钟: phase.completedMinutes ?? null,
				})),
				超时步骤: evaluation.late.map((late) => ({
					步骤编号: late.step.id,
					步骤: late.step.text,
					截止时间: late.dueAt.toISOString(),
					完成时间: late.doneAt?.toISOString() ?? null,
					超时分钟: late.lateMinutes,
				})),
				不适用步骤: evaluation.notApplicable.map((item) => ({
					步骤编号: item.step.id,
					步骤: item.step.text,
					理由: item.reason,
					操作人: item.by ?? null,
				})),
				未完成步骤: evaluation.undone.map((step) => ({ 步骤编号: step.id, 步骤: step.text, 负责岗位: step.roleName })),
				备注: evaluation.notes.map((item) => ({ 步骤编号: item.step.id, 步骤: item.step.text, 备注: item.note })),
			},
		},
		null,
		2,
	);
}
