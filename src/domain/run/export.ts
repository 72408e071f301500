import { runState, severityName, type ChecklistRun, type RunEvent } from './model.ts';
import { dateTime, elapsed, recordTime } from './time.ts';

const EVENT_LABELS = {
	severity: '定级',
	check: '完成',
	uncheck: '撤销完成',
	note: '备注',
	finish: '结束运行',
	reopen: '重新打开',
	discovered: '发现时间',
	'not-applicable': '标为不适用',
	applicable: '恢复适用',
	title: '事件标题',
	reporter: '报告人',
	handover: '交给',
} as const;

function stepTitle(run: ChecklistRun, stepId: string): string {
	for (const phase of run.checklist.phases) for (const step of phase.steps) if (step.id === stepId) return step.text;
	return stepId;
}

function eventText(run: ChecklistRun, event: RunEvent, timeZone?: string): string {
	switch (event.type) {
		case 'severity':
			return `定级为 ${severityName(run.checklist, event.severity)}`;
		case 'finish':
		case 'reopen':
			return EVENT_LABELS[event.type];
		case 'discovered':
			return `发现时间记为 ${dateTime(new Date(event.discoveredAt), timeZone)}`;
		case 'not-applicable':
			return `${EVENT_LABELS[event.type]}：${stepTitle(run, event.step)}（理由：${event.reason}${event.lead ? '；应急负责人决定' : ''}）`;
		case 'applicable':
			return `${EVENT_LABELS[event.type]}：${stepTitle(run, event.step)}`;
		case 'title':
			return event.title ? `${EVENT_LABELS[event.type]}改为“${event.title}”` : `清空${EVENT_LABELS[event.type]}`;
		case 'handover':
			return `${EVENT_LABELS[event.type]} ${event.to}`;
		case 'reporter':
			return event.reportedBy ? `${EVENT_LABELS[event.type]}改为 ${event.reportedBy}` : `清空${EVENT_LABELS[event.type]}`;
		default:
			return `${EVENT_LABELS[event.type]}：${stepTitle(run, event.step)}${event.note ? `（${event.note}）` : ''}`;
	}
}

/** One line of a run's history, as the page and every export show it: time, what, who. */
export function historyLine(run: ChecklistRun, event: RunEvent, timeZone?: string, time = dateTime): string {
	return `${time(new Date(event.at), timeZone)} ${eventText(run, event, timeZone)}${event.by ? ` — ${event.by}` : ''}`;
}

/** Typed text in Markdown: HTML is shown as text, never passed through to whoever renders the file. */
export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const cell = (text: string) => escapeHtml(text).replace(/\|/g, '｜').replace(/\n/g, ' ');

/** The run's record in Markdown: every step with time, who and notes, then the full history. */
export function runToMarkdown(run: ChecklistRun, now = new Date(), timeZone?: string): string {
	const state = runState(run, now);
	const at = (iso: string) => recordTime(new Date(iso), timeZone);
	const lines = [
		`# ${run.drill ? '【演练】' : ''}${run.checklist.title}${state.title ? `：${escapeHtml(state.title)}` : ''}`,
		'',
		`- 清单版本：${run.checklist.edition}`,
		`- 发现时间：${at(state.discoveredAt)}`,
		`- 启动时间：${at(run.startedAt)}`,
		...(state.reportedBy ? [`- 报告人：${escapeHtml(state.reportedBy)}`] : []),
		...(state.severity ? [`- 级别：${severityName(run.checklist, state.severity)}`] : []),
		`- 状态：${state.finished ? `已结束（${at(state.finishedAt!)}）` : '进行中'}，完成 ${state.done}/${state.total}${state.notApplicable ? `，不适用 ${state.notApplicable}` : ''}，用时 ${elapsed(state.elapsedMinutes)}`,
		...(run.drill ? ['- 本记录为演练记录，不是真实事件。'] : []),
		'',
		'## 步骤',
		'',
		'| 状态 | 步骤 | 负责岗位 | 截止 | 完成时间 | 完成人 | 备注 |',
		'| --- | --- | --- | --- | --- | --- | --- |',
		...state.visible.map(
			(s) =>
				`| ${s.done ? '☑' : s.notApplicable ? '— 不适用' : s.overdue ? '☐ 超时' : '☐'} | ${cell(s.step.text)}${s.step.critical ? '（关键）' : ''} | ${s.step.roleName} | ${at(s.dueAt.toISOString())} | ${s.doneAt ? at(s.doneAt) : ''} | ${cell(s.doneBy ?? s.notApplicable?.by ?? '')} | ${cell([...(s.notApplicable ? [`不适用理由：${s.notApplicable.reason}`] : []), ...s.notes].join('；'))} |`,
		),
		'',
		'## 操作历史',
		'',
		...run.events.map((event) => `- ${escapeHtml(historyLine(run, event, timeZone, recordTime))}`),
		'',
	];
	return lines.join('\n');
}

/** The run as JSON: the stored record plus the derived step states, for archives and tools. */
export function runToJson(run: ChecklistRun, now = new Date()): string {
	const state = runState(run, now);
	return JSON.stringify(
		{
			...run,
			summary: {
				title: state.title,
				reportedBy: state.reportedBy,
				severity: state.severity,
				finished: state.finished,
				done: state.done,
				total: state.total,
				notApplicable: state.notApplicable,
				steps: state.visible.map((s) => ({
					id: s.step.id,
					text: s.step.text,
					done: s.done,
					doneAt: s.doneAt ?? null,
					doneBy: s.doneBy ?? null,
					dueAt: s.dueAt.toISOString(),
					overdue: s.overdue,
					notApplicable: s.notApplicable ?? null,
					notes: s.notes,
				})),
			},
		},
		null,
		2,
	);
}

/**
 * The run as plain text for a chat app: no tables or markup, the facts a supervisor asks for
 * first (what, how bad, since when, how far, what next) and the last few events.
 */
export function runSummary(run: ChecklistRun, now = new Date(), timeZone?: string, recent = 3): string {
	const state = runState(run, now);
	const at = (iso: string) => recordTime(new Date(iso), timeZone);
	const next = state.finished ? undefined : state.next;
	const counts = [`完成 ${state.done}/${state.total}`, `超时 ${state.overdue}`, `不适用 ${state.notApplicable}`].join('，');
	return [
		`${run.drill ? '【演练】' : ''}${run.checklist.title}${state.title ? `：${state.title}` : ''}`,
		...(state.reportedBy ? [`报告人：${state.reportedBy}`] : []),
		...(state.severity ? [`级别：${severityName(run.checklist, state.severity)}`] : []),
		`发现：${at(state.discoveredAt)}`,
		`开始：${at(run.startedAt)}，${state.finished ? '已结束，' : ''}用时 ${elapsed(state.elapsedMinutes)}`,
		counts,
		...(next ? [`下一步：${next.step.text}（${next.step.roleName}，截止 ${at(next.dueAt.toISOString())}）`] : []),
		...(run.events.length > 0 ? ['最近：', ...run.events.slice(-recent).map((event) => historyLine(run, event, timeZone))] : []),
	].join('\n');
}
