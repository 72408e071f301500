import { z } from 'zod';
import { symptomsSchema } from './symptoms.ts';
import { CalendarDaySchema } from './date.ts';
import { DURATION_PATTERN } from './duration.ts';
import { ChapterIdSchema, RoleIdSchema, slug } from './ids.ts';

/**
 * Incident categories: closed, so the home page can offer one entry per category. The order is
 * the home page's order (and the checklists page's): the most frequent and most time-critical first.
 */
export const INCIDENT_CATEGORIES = {
	'cyber-data-leak': '网络攻击与数据泄露',
	'fraud-impersonation': '冒充诈骗与可疑转账',
	'system-failure': '系统故障',
	'data-loss': '数据丢失',
	'tax-account-misuse': '办税账号与数电票',
	'certificate-expiry': '证书与 U 盾失效',
	'urgent-client-request': '客户紧急报账与申报',
	'tax-risk': '税务风险应对',
	'policy-change': '政策突变',
	'market-swing': '市场波动',
	'client-internal': '客户内部问题',
	'client-unreachable': '客户失联与非正常户',
	'natural-disaster': '自然灾害与办公场所中断',
	'key-staff-change': '关键人员变动',
	'remote-work': '远程办公应急',
	'media-crisis': '媒体危机',
} as const;
export type IncidentCategory = keyof typeof INCIDENT_CATEGORIES;
export const IncidentCategorySchema = z.enum(Object.keys(INCIDENT_CATEGORIES) as [IncidentCategory, ...IncidentCategory[]]);

export const CHECKLIST_KINDS = {
	incident: '应急',
	routine: '日常',
	drill: '演练',
	review: '复盘',
	onboarding: '入职',
} as const;
export type ChecklistKind = keyof typeof CHECKLIST_KINDS;

/**
 * Statutory deadlines the filing calendar (content/calendar/) sets, which a checklist can serve and
 * a step can be held to. The run takes the real dates, rest-day shifts included, from the calendar.
 */
export const CALENDAR_DEADLINES = {
	'monthly-filing': '本期申报截止',
} as const;
export type CalendarDeadline = keyof typeof CALENDAR_DEADLINES;
export const CalendarDeadlineSchema = z.enum(Object.keys(CALENDAR_DEADLINES) as [CalendarDeadline, ...CalendarDeadline[]]);

/** A deadline relative to the start of a run. */
const DUE_MESSAGE = '期限必须是 ISO 8601 时长，例如 PT15M（15 分钟）、PT4H（4 小时）、P1D（1 天）、P1DT12H；不接受年和月';
export const DueSchema = z
	.string()
	// A pattern, not a refinement, so the generated JSON Schema underlines bad values in the editor too.
	.regex(DURATION_PATTERN, DUE_MESSAGE)
	.describe('从启动清单起算的期限，ISO 8601 时长：PT15M、PT4H、P1D');

/** What a step's deadline counts from. */
export const DeadlineAnchorSchema = z
	.enum(['start', 'discovery'])
	.default('start')
	.describe('期限从何时起算：start 从启动清单起算（默认），discovery 从发现事件起算（法定时限多从发现起算）');

/** The law behind a statutory deadline; checked against content/laws/laws.yaml by the content check. */
export const StatutorySchema = z
	.strictObject({
		/** Name as registered in content/laws/laws.yaml. */
		law: z.string().min(2).describe('法规名称，须在 content/laws/laws.yaml 中登记（不含书名号）'),
		/** Article number, only when the register lists it as verified. */
		article: z.int().min(1).optional().describe('条款号，须是登记表中已核实的条款；登记表不引用条款号的法规不写'),
	})
	.describe('法定时限：这一步的期限由法规规定，运行时显示在“法定时限”栏中');

/** What a first action is for: the three things whoever discovers an incident must do at once. */
export const FIRST_ACTION_KINDS = { stop: '先停', capture: '留证', call: '报告' } as const;
export type FirstActionKind = keyof typeof FIRST_ACTION_KINDS;

/** One thing the person who discovers the incident does in the first minutes, before any role takes over. */
export const FirstActionSchema = z.strictObject({
	/** stop: what to stop or cut off; capture: what to write down or keep; call: whom to tell. */
	kind: z
		.enum(Object.keys(FIRST_ACTION_KINDS) as [FirstActionKind, ...FirstActionKind[]])
		.describe('类型：stop 先停（停止或切断什么）、capture 留证（记下或保留什么）、call 报告（马上告诉谁）'),
	/** Short imperative, readable at a glance. */
	text: z.string().min(4).max(40).describe('简短的祈使句，不超过 40 个字'),
});

/** One severity level of a checklist, with the condition that defines it. */
export const SeveritySchema = z.strictObject({
	/** Stable id such as L1; steps refer to it. */
	id: z
		.string()
		.regex(/^L[1-9]$/, '级别 id 写成 L1、L2……，L1 最高')
		.describe('级别 id：L1 最高'),
	/** Name shown to staff, e.g. 一级. */
	name: z.string().min(1).describe('级别名称，例如 一级'),
	/** Measurable condition that puts an incident at this level. */
	when: z.string().min(4).describe('可量化的判定条件'),
});

/** A link from a step to a chapter page, optionally to a heading in it. */
export const InternalLinkSchema = z
	.string()
	.regex(/^\/[^\s]*$/, '链接写成站内绝对路径，例如 /emergency/system-failure/')
	.describe('站内链接，例如 /emergency/system-failure/');

export const StepSchema = z.strictObject({
	/** Stable id: runs are keyed on it, so it must not change once published. */
	id: slug('步骤 id').describe('步骤 id，发布后不要修改'),
	/** Short imperative instruction. */
	text: z.string().min(2).max(40).describe('简短的祈使句，不超过 40 个字'),
	/** Optional explanation shown under the step. */
	detail: z.string().optional().describe('补充说明（可选）'),
	/**
	 * Print the detail on paper too (default: the sheet prints the step's text only). For details
	 * the night needs: a rule or a number to act on (a cut-off hour, a hotline, "do not assume an
	 * extension"). Room on the A4 sheet is short: the content check refuses a sheet that would need
	 * a third page.
	 */
	printDetail: z
		.boolean()
		.default(false)
		.describe(
			'打印时也印出补充说明（detail）。只给应急当晚必须照着做的说明设 true：写有规则或数字的，例如“14:00 仍未恢复的去办税服务厅”“下班后拨 12366”“不自行认定顺延”。默认 false：纸上只印步骤本身。纸面有限，打印超过两页的清单不能通过内容检查',
		),
	/** Role responsible for the step. */
	role: RoleIdSchema.describe('负责岗位 id，见 content/roles/roles.yaml'),
	/** Deadline relative to the start of the run, or to the discovery with `from: discovery`. */
	due: DueSchema,
	/** What the deadline counts from: legal clocks usually run from discovery, not from starting the checklist. */
	from: DeadlineAnchorSchema,
	/** A deadline set by law: shown in the run's persistent 法定时限 bar. */
	statutory: StatutorySchema.optional(),
	/** The calendar deadline this step must be done before; the run flags the step when its own deadline falls after it. */
	beats: CalendarDeadlineSchema.optional().describe(
		'这一步必须赶在哪个法定截止时间之前完成：monthly-filing 本期申报截止（申报日历中的月度申报截止日 24:00）。运行时，这一步的期限晚于该截止时间的会标出；清单顶层须填写同样的 deadline',
	),
	/** A critical step must never be skipped. */
	critical: z.boolean().default(false).describe('是否关键步骤'),
	/** Severity levels the step applies to; empty means every level. */
	severities: z.array(z.string()).default([]).describe('适用的级别 id；不写表示所有级别'),
	/** What must be written down when the step is done. */
	record: z.string().min(2).describe('完成时要记录的内容'),
	/** Chapters or sections that explain the step. */
	links: z.array(InternalLinkSchema).default([]).describe('相关章节链接'),
});

export const PhaseSchema = z.strictObject({
	/** Pause point name, e.g. 报告与定级. */
	title: z.string().min(2).describe('阶段名称'),
	/** Steps in the order they are done. */
	steps: z.array(StepSchema).min(1).describe('本阶段的步骤'),
});

const ChecklistObject = z.strictObject({
	/** Title printed at the top. */
	title: z.string().min(2).describe('清单标题'),
	/** One-line summary: when and why this checklist is used. */
	summary: z.string().min(4).describe('一句话说明'),
	/** What sort of checklist it is. */
	kind: z
		.enum(Object.keys(CHECKLIST_KINDS) as [ChecklistKind, ...ChecklistKind[]])
		.describe('清单种类：incident 应急、routine 日常、drill 演练、review 复盘、onboarding 入职'),
	/** Incident category; required for, and only for, incident checklists. */
	category: IncidentCategorySchema.optional().describe('应急类别（仅应急清单）'),
	/** The calendar deadline the checklist serves: its run shows that deadline's clock and the deadline day's cut-offs. */
	deadline: CalendarDeadlineSchema.optional().describe(
		'本清单服务的法定截止时间：monthly-filing 本期申报截止，即申报日历（content/calendar/）中下一个月度申报截止日 24:00。填写后，运行时在“法定时限”栏显示它的倒计时和截止日当天的时间节点（办税服务厅、17:00 以后、24:00 以后的做法）',
	),
	/** READ-DO: read each step, then do it. DO-CONFIRM: work from memory, then confirm. */
	type: z.enum(['READ-DO', 'DO-CONFIRM']).describe('READ-DO 逐条读后执行；DO-CONFIRM 做完后逐条确认'),
	/** Edition date printed on paper copies, YYYY-MM-DD. */
	edition: CalendarDaySchema.describe('版本日期，YYYY-MM-DD'),
	/** When to start this checklist. */
	trigger: z.string().min(4).describe('什么时候启动这张清单'),
	/**
	 * One short line under the incident category on the home page, read at a glance on a phone:
	 * when this checklist applies. The summary is shown when it is absent.
	 */
	appliesWhen: z
		.string()
		.min(4)
		.max(30)
		.optional()
		.describe('首页应急入口下的一句话：什么情况用这张清单，不超过 30 个字；不写时显示 summary'),
	/** What staff see or say when this checklist applies (`./symptoms.ts`). */
	symptoms: symptomsSchema('清单'),
	/** For whoever discovers the incident: at most five things to do in the first minutes (incident checklists). */
	firstActions: z
		.array(FirstActionSchema)
		.max(5, '发现者的第一步最多 5 条：多了就记不住')
		.default([])
		.describe('发现事件的人在最初几分钟要做的事，最多 5 条（应急清单）'),
	/** Chapters that explain this checklist. */
	chapters: z.array(ChapterIdSchema).default([]).describe('相关章节 id，例如 emergency/system-failure'),
	/** Severity levels from highest to lowest. */
	severities: z.array(SeveritySchema).default([]).describe('级别，从高到低排列'),
	/** Phases (pause points) in order. */
	phases: z.array(PhaseSchema).min(1).describe('阶段'),
});

/** Steps one checklist may have: what fits on one printed A4 sheet. */
export const MAX_STEPS = 20;

/** A checklist file: `content/checklists/<id>.yaml`, the id being the file name. */
export const ChecklistSchema = ChecklistObject.superRefine((checklist, context) => {
	if (checklist.kind === 'incident' && !checklist.category)
		context.addIssue({ code: 'custom', path: ['category'], message: '应急清单必须填写 category（应急类别）', input: undefined });
	if (checklist.kind !== 'incident' && checklist.category)
		context.addIssue({
			code: 'custom',
			path: ['category'],
			message: '只有 kind 为 incident 的清单才填写 category',
			input: checklist.category,
		});
	// One printed A4 page holds 20 steps; a longer procedure is two checklists.
	const steps = checklist.phases.reduce((sum, phase) => sum + phase.steps.length, 0);
	if (steps > MAX_STEPS)
		context.addIssue({
			code: 'custom',
			path: ['phases'],
			message: `清单共有 ${steps} 步，超过 ${MAX_STEPS} 步，打印时放不进一页 A4：请合并步骤或拆成两张清单`,
			input: steps,
		});
	if (checklist.kind !== 'incident' && checklist.firstActions.length > 0)
		context.addIssue({
			code: 'custom',
			path: ['firstActions'],
			message: '只有 kind 为 incident 的清单才填写 firstActions（发现者的第一步）',
			input: checklist.firstActions,
		});
	checklist.phases.forEach((phase, p) =>
		phase.steps.forEach((step, s) => {
			if (step.beats && step.beats !== checklist.deadline)
				context.addIssue({
					code: 'custom',
					path: ['phases', p, 'steps', s, 'beats'],
					message: `步骤 ${step.id} 要赶在 ${step.beats}（${CALENDAR_DEADLINES[step.beats]}）之前，但清单${checklist.deadline ? `服务的是 ${checklist.deadline}` : '没有填写 deadline'}：请在清单顶层写 deadline: ${step.beats}，或删除这一步的 beats`,
					input: step.beats,
				});
			if (step.printDetail && !step.detail)
				context.addIssue({
					code: 'custom',
					path: ['phases', p, 'steps', s, 'printDetail'],
					message: 'printDetail 为 true 时要印出补充说明，但这一步没有 detail：请填写 detail，或删去 printDetail',
					input: step.printDetail,
				});
		}),
	);
	if (checklist.kind === 'incident' && checklist.severities.length === 0)
		context.addIssue({ code: 'custom', path: ['severities'], message: '应急清单必须定义级别及其判定条件', input: [] });
});

export type ChecklistUserInput = z.input<typeof ChecklistSchema>;
export type Checklist = z.output<typeof ChecklistSchema>;
export type ChecklistStep = z.output<typeof StepSchema>;
export type ChecklistPhase = z.output<typeof PhaseSchema>;
export type Severity = z.output<typeof SeveritySchema>;
export type Statutory = z.output<typeof StatutorySchema>;
export type FirstAction = z.output<typeof FirstActionSchema>;
