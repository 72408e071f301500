import { z } from 'zod';
import { CalendarDaySchema } from './date.ts';

/** One filing deadline in a year's calendar. */
export const FilingDeadlineSchema = z.strictObject({
	/** Month the deadline falls in, 1–12. */
	month: z.int().min(1).max(12).describe('月份'),
	/** Last day to file, YYYY-MM-DD. */
	deadline: CalendarDaySchema.describe('申报截止日，YYYY-MM-DD'),
	/** What is due: e.g. 增值税、个人所得税（月度、季度）. */
	covers: z.string().min(2).describe('本期申报的内容'),
	/** Why the date differs from the 15th, if it does. */
	note: z.string().optional().describe('顺延原因等说明'),
});

/** A year's filing calendar: `content/calendar/<year>.yaml`. */
export const FilingCalendarSchema = z.strictObject({
	/** Calendar year. */
	year: z.int().min(2000).max(2100).describe('年份'),
	/** Where the dates come from. */
	source: z.string().min(4).describe('依据的文件'),
	/** Monthly deadlines. */
	monthly: z.array(FilingDeadlineSchema).length(12).describe('每月申报截止日，12 条'),
	/** Annual deadlines (汇算清缴, 工商年报…). */
	annual: z
		.array(
			z.object({
				name: z.string().min(2).describe('事项名称，例如 企业所得税汇算清缴'),
				from: CalendarDaySchema.optional().describe('开始日期（可选），YYYY-MM-DD'),
				deadline: CalendarDaySchema.describe('截止日期，YYYY-MM-DD'),
				basis: z.string().min(2).describe('依据的法规或文件'),
			}),
		)
		.default([])
		.describe('年度事项'),
});

export type FilingCalendar = z.output<typeof FilingCalendarSchema>;
