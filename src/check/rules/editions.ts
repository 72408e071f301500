import { durationMinutes } from '../../domain/duration.ts';
import type { Manual } from '../load.ts';
import { problem, type ContentProblem } from '../problem.ts';

/**
 * A checklist's edition is the day it was settled: a future one makes the printed copy claim to be
 * newer than the site and hides the next real change. (Chapters' review dates: chapters.ts.)
 */
export function editionProblems(manual: Manual, today: Date): ContentProblem[] {
	const endOfToday = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
	const day = (date: Date) => date.toISOString().slice(0, 10);
	return manual.checklists.flatMap(({ file, data, locate }) =>
		data.edition.getTime() > endOfToday
			? [
					problem('change/edition-in-future', {
						file,
						field: 'edition',
						value: day(data.edition),
						hint: `今天是 ${day(new Date(endOfToday))}：edition 写这一版实际定稿的日期（今天或更早）。纸质版和运行记录靠它分清版本。`,
						...locate(['edition']),
					}),
				]
			: [],
	);
}

/** A step due in no time: the run would show it overdue the moment the checklist starts. */
export function zeroDueProblems(manual: Manual): ContentProblem[] {
	return manual.checklists.flatMap(({ file, data, locate }) =>
		data.phases.flatMap((phase, p) =>
			phase.steps.flatMap((step, s) =>
				durationMinutes(step.due) === 0
					? [
							problem('checklist/zero-due', {
								file,
								field: `phases[${p}].steps[${s}].due`,
								value: step.due,
								hint: '期限为 0，清单一开始这一步就显示“已超时”：写完成这一步实际需要的时间，例如 PT15M（15 分钟）；要求立即做的写 PT5M。',
								...locate(['phases', p, 'steps', s, 'due']),
							}),
						]
					: [],
			),
		),
	);
}
