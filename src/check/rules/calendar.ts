import type { Manual } from '../load.ts';
import { problem, type ContentProblem } from '../problem.ts';

/** A deadline-day cut-off that quotes a fact names one the lateFiling table has. */
export function cutoffFactProblems(manual: Manual): ContentProblem[] {
	const facts = manual.legalFacts?.data.lateFiling;
	if (!facts) return [];
	const known = facts.map((fact) => fact.id);
	return manual.calendars.flatMap(({ file, data, locate }) =>
		data.deadlineDay.flatMap((cutoff, index) =>
			cutoff.fact === undefined || known.includes(cutoff.fact)
				? []
				: [
						problem('calendar/cutoff-fact', {
							file,
							field: `deadlineDay[${index}].fact`,
							value: cutoff.fact,
							hint: `lateFiling 表中的事实 id 有：${known.join('、')}。请改成其中之一，或删除 fact 改写 rule。`,
							...locate(['deadlineDay', index, 'fact']),
						}),
					],
		),
	);
}

/** A month's filing deadline falls in that month of the calendar's year (it may move later within it, never out). */
export function calendarProblems(manual: Manual): ContentProblem[] {
	return manual.calendars.flatMap(({ file, data, locate }) =>
		data.monthly.flatMap((entry, index) => {
			const { deadline, month } = entry;
			if (deadline.getUTCFullYear() === data.year && deadline.getUTCMonth() + 1 === month) return [];
			const day = deadline.toISOString().slice(0, 10);
			const hint = `month: ${month} 的截止日应在 ${data.year} 年 ${month} 月之内；请核对日期，或改正 month。`;
			return [
				problem('calendar/deadline-month', {
					file,
					field: `monthly[${index}].deadline`,
					value: day,
					hint,
					...locate(['monthly', index, 'deadline']),
				}),
			];
		}),
	);
}
