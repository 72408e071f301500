import type { Manual } from '../load.ts';
import { problem, type ContentProblem } from '../problem.ts';

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
