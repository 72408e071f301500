import { compareEvents, runState, severityName, type ChecklistRun, type RunEvent } from './model.ts';
import { countdown, dateTime, elapsed, recordTime } from './time.ts';

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

/** How long a chat summary may be: one message in the chat apps staff use, read on a phone. */
export const SUMMARY_BUDGET = 1500;

/** Who holds the run now: the operator of the latest event that names one. */
export function lastOperator(run: ChecklistRun): string | undefined {
	return [...run.events].sort(compareEvents).findLast((event) => event.by)?.by;
}

/**
 * The run as plain text for one chat message: no tables or markup, and what a group needs to take
 * the run over: what, how bad, since when, who holds it, how far, every note and not-applicable
 * reason with its step (ticket numbers, client names), and every open step with its deadline.
 * Times are local and short ("12月15日 23:10"). Past `budget` characters the lines that fit are
 * kept and the message says what is left out and where the whole record is.
 */
export function runSummary(run: ChecklistRun, now = new Date(), timeZone?: string, budget = SUMMARY_BUDGET): string {
	const state = runState(run, now);
	const at = (iso: string | Date) => dateTime(new Date(iso), timeZone);
	// Handed over and not yet acted on: the receiver holds it, though no event of theirs names them yet.
	const handedOver = state.handedOver;
	const holder = handedOver ? `${handedOver.to}（${at(handedOver.at)} 由${handedOver.by ?? '（未填写姓名）'}交接）` : lastOperator(run);
	const filing = state.filing;
	const head = [
		`${run.drill ? '【演练】' : ''}${run.checklist.title}${state.title ? `：${state.title}` : ''}`,
		...(state.reportedBy ? [`报告人：${state.reportedBy}`] : []),
		...(state.severity ? [`级别：${severityName(run.checklist, state.severity)}`] : []),
		`发现：${at(state.discoveredAt)}`,
		`开始：${at(run.startedAt)}，${state.finished ? `${at(state.finishedAt!)} 已结束，` : ''}用时 ${elapsed(state.elapsedMinutes)}`,
		`当前经手人：${holder ?? '（未填写姓名）'}`,
		`完成 ${state.done}，不适用 ${state.notApplicable}，未完成 ${state.open}${state.overdue ? `（其中超时 ${state.overdue}）` : ''}`,
		...(filing
			? [
					`${filing.name}：${filing.deadline.label}，${filing.left >= 0 ? countdown(filing.deadline.endsAt, now) : `已过截止 ${elapsed(Math.floor(-filing.left / 60_000))}`}`,
				]
			: []),
	];
	const noted = run.events
		.filter((event) => 'note' in event && event.note && 'step' in event)
		.sort(compareEvents)
		.map((event) => {
			const { step, note } = event as { step: string; note: string };
			return `- ${stepTitle(run, step)}：${note}${event.by ? `（${event.by}）` : ''}`;
		});
	const reasons = state.visible
		.filter((s) => s.notApplicable)
		.map((s) => `- ${s.step.text}：不适用，理由：${s.notApplicable!.reason}${s.notApplicable!.by ? `（${s.notApplicable!.by}）` : ''}`);
	const open = state.visible
		.filter((s) => !s.done && !s.notApplicable)
		.map(
			(s) =>
				`- ${s.step.text}（${s.step.roleName}）截止 ${at(s.dueAt)}${s.overdue ? '，已超时' : ''}${s.afterDeadline && filing ? `，晚于${filing.name}` : ''}`,
		);
	const sections = [
		...(noted.length + reasons.length > 0 ? [['备注与不适用理由：', ...noted, ...reasons]] : []),
		...(open.length > 0 ? [['未完成：', ...open]] : []),
	];
	const lines = [...head];
	const rest = sections.flat();
	const length = (list: readonly string[]) => list.join('\n').length;
	if (length([...lines, ...rest]) <= budget) return [...lines, ...rest].join('\n');
	// Too long for one message: as many lines as fit, in order, then what is missing and where it is.
	const cut = (left: number) =>
		`（摘要超过 ${budget} 字，另有 ${left} 条未列出。完整记录请在清单页的运行记录下点“导出 Markdown”或“导出 JSON”。）`;
	let kept = 0;
	while (kept < rest.length && length([...lines, ...rest.slice(0, kept + 1), cut(rest.length - kept - 1)]) <= budget) kept++;
	const shown = rest.slice(0, kept);
	// A heading with none of its lines says nothing.
	if (shown.at(-1)?.endsWith('：') && !shown.at(-1)?.startsWith('- ')) shown.pop();
	const missing = rest.slice(shown.length).filter((line) => line.startsWith('- ')).length;
	return [...lines, ...shown, cut(missing)].join('\n');
}
