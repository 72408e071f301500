import { z } from 'zod';
import { CalendarDaySchema } from './date.ts';
import { InternalLinkSchema } from './checklist.ts';
import { slug } from './ids.ts';

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

/**
 * A moment of a filing deadline's last day after which the way to file changes (the service hall
 * closes, the deadline itself passes), Beijing time. A run of a checklist that serves the filing
 * deadline shows these as the clock nears them, each with what to do and where it is explained.
 */
export const DeadlineCutoffSchema = z
	.strictObject({
		/** Time of day on the deadline day, 24-hour; 24:00 is the deadline itself. */
		at: z
			.string()
			.regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, '时刻写成 24 小时制的 HH:MM，例如 14:00；截止时间本身写 24:00')
			.describe('截止日当天的时刻（北京时间），24 小时制，例如 14:00；截止时间本身写 24:00'),
		/** What happens at that moment, short. */
		title: z.string().min(2).max(24).describe('这一时刻是什么，不超过 24 个字，例如 办税服务厅下班'),
		/** What to do once it has passed; may be left out when `fact` gives it. */
		rule: z.string().min(4).optional().describe('过了这一时刻怎么做；填写 fact 时可以不写'),
		/** A fact of the lateFiling table in content/facts/legal-facts.yaml that says what the law allows after it. */
		fact: slug('事实 id')
			.optional()
			.describe('content/facts/legal-facts.yaml 中 lateFiling 表的事实 id：过了这一时刻的法定办法取自它的 short'),
		/** The chapter section that explains the procedure. */
		link: InternalLinkSchema.describe('讲这一做法的章节链接，例如 /emergency/urgent-client-request/#截止日-1700-以后'),
	})
	.refine((cutoff) => cutoff.rule !== undefined || cutoff.fact !== undefined, {
		message: '每个时间节点要写 rule（过了这一时刻怎么做），或写 fact 引用 lateFiling 表中的事实',
		path: ['rule'],
	});

/** A year's filing calendar: `content/calendar/<year>.yaml`. */
export const FilingCalendarSchema = z.strictObject({
	/** Calendar year. */
	year: z.int().min(2000).max(2100).describe('年份'),
	/** Where the dates come from. */
	source: z.string().min(4).describe('依据的文件'),
	/** Monthly deadlines. */
	monthly: z.array(FilingDeadlineSchema).length(12).describe('每月申报截止日，12 条'),
	/** The deadline day's cut-offs, earliest first: the same every month of the year. */
	deadlineDay: z
		.array(DeadlineCutoffSchema)
		.default([])
		.describe('申报截止日当天的时间节点（每月相同），按时间先后排列：运行申报相关清单时，截止日当天显示它们和各自的做法'),
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
export type DeadlineCutoff = z.output<typeof DeadlineCutoffSchema>;
