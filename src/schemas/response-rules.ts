import { z } from 'zod';
import { DueSchema, IncidentCategorySchema } from './checklist.ts';
import { RoleIdSchema, slug } from './ids.ts';

/**
 * The first decisions of every incident, answered once: what level it is, who must hear of it and
 * how soon, who is told first and who decides. `content/facts/response.yaml`; chapters render it
 * with `<ResponseRules>` and the content check holds checklists' levels to it, so two pages can
 * no longer give two answers.
 */
export const LEVEL_IDS = ['L1', 'L2', 'L3', 'L4'] as const;
export const LevelIdSchema = z.enum(LEVEL_IDS).describe('内部级别 id：L1 最高，L4 最低');

/** One row of the grading table: a dimension and its threshold at each level, highest first. */
export const CriterionSchema = z.strictObject({
	/** What is measured, e.g. 受影响客户数. */
	dimension: z.string().min(2).describe('判定维度，例如 受影响客户数'),
	/** Threshold at 一级, 二级, 三级, 四级, in that order. */
	thresholds: z
		.tuple([z.string().min(1), z.string().min(1), z.string().min(1), z.string().min(1)])
		.describe('一级至四级的门槛，按顺序四项'),
});

/** Days to the nearest affected filing deadline that put an incident at a level. */
export const DeadlineBandSchema = z.strictObject({
	level: LevelIdSchema,
	/** The band ends here: an incident this many days or fewer before the deadline is at least this level. */
	maxDays: z.int().min(0).max(60).describe('距申报截止日不超过几天（含截止当天为 0 天）即至少为该级'),
});

/** How fast each level must be answered: the agency's own targets, not law. */
export const TargetSchema = z.strictObject({
	level: LevelIdSchema,
	leadOnDuty: z.string().min(2).describe('应急负责人到位的时限，例如 15 分钟内'),
	managerInformed: z.string().min(2).describe('总经理知悉的时限'),
	clientsFirstNotice: z.string().min(2).describe('首次通知受影响客户的时限'),
	staffBriefing: z.string().min(2).describe('向全员通报的时限'),
	updates: z.string().min(2).describe('进展更新频率：分别写向总经理和向受影响客户多久更新一次'),
});

/** Who hears of an event first, and within what time of its discovery. */
export const FirstReportSchema = z.strictObject({
	id: slug('首报事项 id').describe('首报事项 id，例如 possible-leak'),
	/** The event as staff would describe it. */
	event: z.string().min(2).describe('发生了什么，例如 疑似客户资料或个人信息泄露'),
	/** The role told first; nobody else needs to be told before it. */
	reportTo: RoleIdSchema.describe('第一个被告知的岗位 id，见 content/roles/roles.yaml'),
	/** From discovery. */
	within: DueSchema.describe('从发现起算的时限，ISO 8601 时长，例如 PT15M'),
	/** What the reporter does not do, or does next. */
	note: z.string().min(2).optional().describe('补充说明（可选）'),
	/**
	 * The incident categories whose checklists open with this report: their first `call` action must
	 * name `reportTo` and `within`. A category listed nowhere opens with the first report of the list.
	 */
	categories: z
		.array(IncidentCategorySchema)
		.default([])
		.describe('哪些类别的应急清单以这一条作为第一个“报告”动作；没有列出的类别用 firstReports 的第一条'),
});

/** A decision that has exactly one owner. */
export const DecisionSchema = z.strictObject({
	id: slug('决定事项 id').describe('决定事项 id，例如 notify-individuals'),
	decision: z.string().min(2).describe('要作出的决定，例如 是否通知受影响的个人'),
	decidedBy: RoleIdSchema.describe('作决定的岗位 id'),
	/** Who must be heard first or what the decision rests on. */
	note: z.string().min(2).optional().describe('决定前要听取谁的意见、依据什么（可选）'),
});

/** A standing answer to a question pages used to answer differently. */
export const StandingAnswerSchema = z.strictObject({
	id: slug('问答 id').describe('问答 id，例如 bank-keys'),
	question: z.string().min(4).describe('问题，按员工会问的样子写'),
	answer: z.string().min(4).describe('唯一的答案'),
});

export const ResponseRulesSchema = z.strictObject({
	/** Level names, highest first. */
	levels: z
		.array(z.strictObject({ id: LevelIdSchema, name: z.string().min(2).describe('级别名称，例如 一级') }))
		.length(4)
		.describe('四个内部级别，从高到低'),
	criteria: z.array(CriterionSchema).min(1).describe('定级表：任一行达到某级即至少为该级'),
	/** An incident that makes any filing late is always the highest level. */
	deadlineBands: z.array(DeadlineBandSchema).min(1).describe('距申报截止日的天数对应的级别；已逾期一律按一级'),
	targets: z.array(TargetSchema).length(4).describe('各级响应时限（本公司规定）'),
	firstReports: z.array(FirstReportSchema).min(1).describe('谁先被告知；第一条是所有事件的默认首报'),
	decisions: z.array(DecisionSchema).min(1).describe('谁作决定'),
	answers: z.array(StandingAnswerSchema).default([]).describe('曾经各页说法不一、现在统一的答案'),
});

export type ResponseRules = z.output<typeof ResponseRulesSchema>;
export type LevelId = z.output<typeof LevelIdSchema>;
export type FirstReport = z.output<typeof FirstReportSchema>;
