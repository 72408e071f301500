/**
 * What a run record says for each field a template may name (./fields.ts): times as a document
 * prints them ("2026年12月15日 16:40", in the drafter's time zone), lists one item a line. A
 * list the record has nothing for reads 无 (the record says so); a single value it lacks (no
 * title, not finished) is undefined, and the document shows a blank to fill in.
 */
import { historyLine } from '../run/export.ts';
import { compareEvents, runState, severityName, type ChecklistRun, type RunEvent, type StepState } from '../run/model.ts';
import { clock, dayOf, elapsed } from '../run/time.ts';
import type { RunFieldName } from './fields.ts';

export interface DocumentSource {
	/** The organisation's name, printed in the header. */
	organisation: string;
	/** The run the draft belongs to first; more runs of the same incident only for documents that merge. */
	runs: readonly ChecklistRun[];
	/** The drafting time. */
	now: Date;
	timeZone?: string | undefined;
}

/** "2026年12月15日". */
export function documentDate(date: Date, timeZone?: string): string {
	const [year, month, day] = dayOf(date, timeZone).split('-').map(Number);
	return `${year}年${month}月${day}日`;
}

/** "2026年12月15日 16:40". */
export const documentTime = (date: Date, timeZone?: string) => `${documentDate(date, timeZone)} ${clock(date, timeZone)}`;

const numbered = (items: readonly string[]) => (items.length ? items.map((item, index) => `${index + 1}. ${item}`).join('\n') : '无');

/** Late or on time, for a step that has a deadline. */
function deadlineLine(state: StepState, now: Date, at: (iso: string | Date) => string): string {
	const due = `期限 ${at(state.dueAt)}`;
	if (state.notApplicable) return `${state.step.text}：${due}，不适用（${state.notApplicable.reason}）`;
	if (state.done && state.doneAt) {
		const late = Math.floor((Date.parse(state.doneAt) - state.dueAt.getTime()) / 60_000);
		return `${state.step.text}：${due}，${at(state.doneAt)} 完成（${late > 0 ? `超时 ${elapsed(late)}` : '按时'}）`;
	}
	const over = Math.floor((now.getTime() - state.dueAt.getTime()) / 60_000);
	return `${state.step.text}：${due}，未完成${over > 0 ? `（已超时 ${elapsed(over)}）` : ''}`;
}

/** Every run's events in clock order (runs on several devices share no logical clock), each once, with each run's start. */
function timeline(runs: readonly ChecklistRun[], timeZone: string | undefined, at: (iso: string | Date) => string): string[] {
	const several = new Set(runs.map((run) => run.id)).size > 1;
	const seen = new Set<string>();
	const entries: { at: string; order: number; text: string }[] = [];
	let order = 0;
	for (const run of runs) {
		const label = several ? `【${run.checklist.title}】` : '';
		if (!seen.has(`start:${run.id}`)) {
			seen.add(`start:${run.id}`);
			const state = runState(run);
			entries.push({
				at: run.startedAt,
				order: order++,
				text: `${at(run.startedAt)} ${label}开始执行《${run.checklist.title}》${state.reportedBy ? `，报告人 ${state.reportedBy}` : ''}`,
			});
		}
		for (const event of [...run.events].sort(compareEvents)) {
			if (seen.has(event.id)) continue;
			seen.add(event.id);
			entries.push({ at: event.at, order: order++, text: eventLine(run, event, timeZone, at, label) });
		}
	}
	return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.order - b.order).map((entry) => entry.text);
}

function eventLine(
	run: ChecklistRun,
	event: RunEvent,
	timeZone: string | undefined,
	at: (iso: string | Date) => string,
	label: string,
): string {
	const line = historyLine(run, event, timeZone, (date) => at(date));
	const time = at(event.at);
	return label ? `${time} ${label}${line.slice(time.length + 1)}` : line;
}

/** The value of every run field for the runs in `source`: the first run speaks for the incident. */
export function runFieldValues({ organisation, runs, now, timeZone }: DocumentSource): Record<RunFieldName, string | undefined> {
	const at = (time: string | Date) => documentTime(typeof time === 'string' ? new Date(time) : time, timeZone);
	const run = runs[0];
	const base = { 机构名称: organisation, 起草日期: documentDate(now, timeZone) };
	if (!run)
		return {
			...base,
			事件标题: undefined,
			清单名称: undefined,
			级别: undefined,
			发现时间: undefined,
			启动时间: undefined,
			结束时间: undefined,
			报告人: undefined,
			已采取的措施: undefined,
			已完成的步骤: undefined,
			不适用的步骤: undefined,
			未完成的步骤: undefined,
			备注: undefined,
			处置经过: undefined,
			参与人员: undefined,
			期限执行情况: undefined,
			法定时限: undefined,
			事件时间线: undefined,
		};
	const state = runState(run, now);
	const visible = state.visible;
	const done = visible.filter((step) => step.done && step.doneAt).sort((a, b) => Date.parse(a.doneAt!) - Date.parse(b.doneAt!));
	const notes = (step: StepState) => (step.notes.length ? `（${step.notes.join('；')}）` : '');
	const people = new Set<string>();
	for (const each of runs) {
		const eachState = runState(each, now);
		if (eachState.reportedBy) people.add(eachState.reportedBy);
		for (const event of each.events) if (event.by) people.add(event.by);
	}
	return {
		...base,
		事件标题: state.title || undefined,
		清单名称: run.checklist.title,
		级别: state.severity ? severityName(run.checklist, state.severity) : undefined,
		发现时间: at(state.discoveredAt),
		启动时间: at(run.startedAt),
		结束时间: state.finishedAt ? at(state.finishedAt) : undefined,
		报告人: state.reportedBy || undefined,
		已采取的措施: numbered(done.map((step) => `${at(step.doneAt!)} ${step.step.text}${notes(step)}`)),
		已完成的步骤: numbered(
			done.map((step) => `${at(step.doneAt!)} ${step.step.text}${step.doneBy ? ` — ${step.doneBy}` : ''}${notes(step)}`),
		),
		不适用的步骤: numbered(
			visible
				.filter((step) => step.notApplicable)
				.map(
					(step) => `${step.step.text}：${step.notApplicable!.reason}${step.notApplicable!.by ? `（${step.notApplicable!.by} 决定）` : ''}`,
				),
		),
		未完成的步骤: numbered(
			visible
				.filter((step) => !step.done && !step.notApplicable)
				.map((step) => `${step.step.text}（${step.step.roleName}，期限 ${at(step.dueAt)}）`),
		),
		备注: numbered(visible.filter((step) => step.notes.length).map((step) => `${step.step.text}：${step.notes.join('；')}`)),
		处置经过: numbered(timeline([run], timeZone, at)),
		参与人员: people.size ? [...people].join('、') : undefined,
		期限执行情况: numbered(visible.map((step) => deadlineLine(step, now, at))),
		法定时限: numbered(
			state.statutory.map(
				(step) =>
					`${deadlineLine(step, now, at)}；依据《${step.step.statutory!.law}》${step.step.statutory!.article ? `第${step.step.statutory!.article}条` : ''}`,
			),
		),
		事件时间线: numbered(timeline(runs, timeZone, at)),
	};
}
