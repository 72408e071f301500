import type { Manual } from '../load.ts';
import { problem, type ContentProblem } from '../problem.ts';

/**
 * Statutory holidays on fixed dates (《全国年节及纪念日放假办法》: 元旦, 劳动节, 国庆节). The lunar
 * holidays move every year and are not known here; weekends and these dates are.
 */
const FIXED_HOLIDAYS: Record<string, string> = {
	'01-01': '元旦',
	'05-01': '劳动节',
	'05-02': '劳动节',
	'10-01': '国庆节',
	'10-02': '国庆节',
	'10-03': '国庆节',
};
const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** Why `day` is a rest day, or undefined on a working day. */
export function restDay(day: Date): string | undefined {
	const holiday = FIXED_HOLIDAYS[day.toISOString().slice(5, 10)];
	if (holiday) return holiday;
	const weekday = day.getUTCDay();
	return weekday === 0 || weekday === 6 ? WEEKDAYS[weekday] : undefined;
}

/** The next working day after `day`, for the hint. */
function nextWorkingDay(day: Date): Date {
	let next = new Date(day.getTime() + 86_400_000);
	while (restDay(next)) next = new Date(next.getTime() + 86_400_000);
	return next;
}

/** The rule that moves a deadline falling on a rest day: 实施细则第一百零九条, or a note that says 顺延. */
const MOVES = /第一百零九条|第109条|顺延/;

/**
 * A deadline whose entry cites the rule that moves it off a rest day (实施细则第一百零九条, or 顺延
 * in a monthly entry's note or an annual entry's basis) must not itself be a rest day: a date still
 * on a Saturday, Sunday or fixed holiday was not moved, or the weekday was misread.
 */
export function restDayProblems(manual: Manual): ContentProblem[] {
	const iso = (day: Date) => day.toISOString().slice(0, 10);
	return manual.calendars.flatMap(({ file, data, locate }) => {
		const entries = [
			...data.monthly.flatMap((entry, index) =>
				entry.note && MOVES.test(entry.note)
					? [{ path: ['monthly', index, 'deadline'], deadline: entry.deadline, cites: `说明写明“${MOVES.exec(entry.note)![0]}”` }]
					: [],
			),
			...data.annual.flatMap((entry, index) =>
				MOVES.test(entry.basis)
					? [{ path: ['annual', index, 'deadline'], deadline: entry.deadline, cites: `依据写明“${MOVES.exec(entry.basis)![0]}”` }]
					: [],
			),
		];
		return entries.flatMap(({ path, deadline, cites }) => {
			const why = restDay(deadline);
			if (!why) return [];
			return [
				problem('calendar/rest-day', {
					file,
					field: `${path[0]}[${path[1]}].deadline`,
					value: iso(deadline),
					message: `截止日 ${iso(deadline)} 是休息日（${why}）`,
					hint: `${cites}：截止日要顺延到休息日后的第一个工作日，一般是 ${iso(nextWorkingDay(deadline))}（遇调休以税务机关公布的日期为准）。请核对日期后改正。`,
					...locate(path),
				}),
			];
		});
	});
}
