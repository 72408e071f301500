import { z } from './zod-browser.ts';

/**
 * A checklist run as this device stores it (format version 3; src/domain/run/store.ts documents
 * the storage and the migrations from versions 1 and 2). Every value read from storage, another tab or
 * an imported file is parsed with these schemas before the page trusts it.
 *
 * `zod/mini` rather than `zod`: this schema ships to the browser with the runner, and the mini
 * build tree-shakes to a few kilobytes (the checklist page's own JavaScript has a budget).
 */
const text = (description: string) => z.string().check(z.describe(description));
const isoTime = (description: string) => z.iso.datetime({ offset: true }).check(z.describe(description));

export const SnapshotStepSchema = z.object({
	id: text('步骤编号，清单内唯一'),
	text: text('步骤内容'),
	detail: z.optional(text('步骤说明')),
	printDetail: z.optional(z.literal(true).check(z.describe('打印时也印出步骤说明；不写表示只印步骤本身'))),
	role: text('负责岗位的编号'),
	roleName: text('负责岗位的名称，开始运行时记下'),
	dueMinutes: z.int().check(z.nonnegative(), z.describe('期限：从起算时刻起的分钟数')),
	from: z.optional(z.enum(['start', 'discovery']).check(z.describe('期限从何时起算：开始运行或发现事件；不写为开始运行'))),
	statutory: z.optional(
		z
			.object({ law: text('法规名称'), article: z.optional(z.int().check(z.positive(), z.describe('条款号'))) })
			.check(z.describe('法定时限的依据')),
	),
	beats: z.optional(text('这一步必须赶在哪个法定截止时间之前完成，例如 monthly-filing（本期申报截止）')),
	critical: z.boolean().check(z.describe('是否为关键步骤')),
	severities: z.array(z.string()).check(z.describe('适用的级别编号；为空表示所有级别')),
	record: text('这一步要记录什么'),
	links: z.optional(
		z
			.array(z.object({ path: text('站内链接，写在清单中的样子，例如 /emergency/system-failure/'), title: text('链接指向的章节标题') }))
			.check(z.describe('相关章节链接；2026 年 12 月以前开始的运行没有记下')),
	),
});

/** One thing whoever discovers the incident does first, as the run started with it. */
export const SnapshotFirstActionSchema = z.object({
	label: text('类型的名称：先停、留证或报告'),
	text: text('要做的事'),
});

/**
 * The filing calendar as the run started with it, for a checklist that serves a filing deadline:
 * the real deadline days (rest-day shifts included) and the deadline day's cut-offs, Beijing time.
 */
export const FilingSnapshotSchema = z.object({
	deadline: text('清单服务的法定截止时间，例如 monthly-filing'),
	name: text('截止时间的名称，例如 本期申报截止'),
	deadlines: z
		.array(z.object({ day: text('申报截止日，YYYY-MM-DD（北京时间当天 24:00 截止）'), covers: text('本期申报的内容') }))
		.check(z.describe('申报日历中的截止日，按日期先后排列')),
	cutoffs: z
		.array(
			z.object({
				at: text('截止日当天的时刻，HH:MM，24:00 为截止时间本身'),
				title: text('这一时刻是什么'),
				rule: text('过了这一时刻怎么做'),
				link: text('讲这一做法的章节地址'),
			}),
		)
		.check(z.describe('截止日当天的时间节点，按时间先后排列')),
});

export const ChecklistSnapshotSchema = z.object({
	id: text('清单编号'),
	title: text('清单标题'),
	kind: text('清单类别：incident、routine、drill 等'),
	type: z.enum(['READ-DO', 'DO-CONFIRM']).check(z.describe('执行方式：逐条照做或做完核对')),
	edition: text('清单版本日期，YYYY-MM-DD'),
	severities: z
		.array(z.object({ id: text('级别编号'), name: text('级别名称'), when: text('判定条件') }))
		.check(z.describe('清单的级别，从高到低')),
	phases: z
		.array(z.object({ title: text('阶段名称'), steps: z.array(SnapshotStepSchema).check(z.describe('阶段中的步骤')) }))
		.check(z.describe('清单的阶段')),
	filing: z.optional(FilingSnapshotSchema.check(z.describe('清单服务申报截止时：开始运行时的申报日历'))),
	firstActions: z.optional(
		z
			.array(SnapshotFirstActionSchema)
			.check(
				z.describe(
					'发现者先做的几件事（可以为空）。记下它的副本冻结了运行显示的每一项；2026 年 12 月以前开始的运行没有这一项，也没有步骤的 links 和 printDetail',
				),
			),
	),
});

const eventFields = {
	id: z.string().check(z.minLength(1), z.describe('事件编号，合并两份记录时据此去重')),
	seq: z.int().check(z.positive(), z.describe('本次运行内的逻辑序号：见过的最大序号加一；相同序号按事件编号排序')),
	at: isoTime('事件发生时本设备的时钟时间，只用于显示'),
	by: z.optional(text('操作人，本设备上填写的姓名')),
};
const stepEvent = <T extends string>(type: T, description: string, noteDescription = '随操作填写的备注') =>
	z.object({
		...eventFields,
		type: z.literal(type).check(z.describe(description)),
		step: text('步骤编号'),
		note: z.optional(text(noteDescription)),
	});

/** The events of format version 2; version 3 adds `handover`. */
const V2_EVENTS = [
	z.object({ ...eventFields, type: z.literal('severity').check(z.describe('定级或改级')), severity: text('级别编号') }),
	stepEvent('check', '完成一步'),
	stepEvent('uncheck', '撤销完成'),
	z.object({
		...eventFields,
		type: z.literal('note').check(z.describe('为一步添加备注')),
		step: text('步骤编号'),
		note: text('备注内容'),
	}),
	z.object({
		...eventFields,
		type: z.literal('discovered').check(z.describe('记录或更正发现事件的时间')),
		discoveredAt: isoTime('发现事件的时间'),
	}),
	z.object({
		...eventFields,
		type: z.literal('not-applicable').check(z.describe('把一步标为不适用')),
		step: text('步骤编号'),
		reason: z.string().check(z.minLength(1), z.describe('不适用的理由，必填')),
		lead: z.optional(z.boolean().check(z.describe('由应急负责人决定：关键步骤只有这样才算不适用'))),
	}),
	z.object({
		...eventFields,
		type: z.literal('applicable').check(z.describe('撤销“不适用”，这一步重新适用')),
		step: text('步骤编号'),
	}),
	z.object({
		...eventFields,
		type: z.literal('title').check(z.describe('开始后填写或修改事件标题')),
		title: text('新的事件标题；空字符串表示清空'),
	}),
	z.object({
		...eventFields,
		type: z.literal('reporter').check(z.describe('开始后填写或修改报告人')),
		reportedBy: text('新的报告人；空字符串表示清空'),
	}),
	z.object({ ...eventFields, type: z.literal('finish').check(z.describe('结束运行')) }),
	z.object({ ...eventFields, type: z.literal('reopen').check(z.describe('重新打开')) }),
] as const;

/** A device handing the run over: from then on it shows the run as handed over (已交出) until a newer record comes back. */
export const HandoverEventSchema = z.object({
	...eventFields,
	type: z.literal('handover').check(z.describe('交给他人：本设备把运行交给另一台设备上的同事')),
	to: z.string().check(z.minLength(1), z.describe('接手人的姓名')),
	device: z.string().check(z.minLength(1), z.describe('交出记录的设备编号（本设备随机生成），只有这台设备显示“已交出”')),
});

export const RunEventSchema = z.discriminatedUnion('type', [...V2_EVENTS, HandoverEventSchema]);
const RunEventV2Schema = z.discriminatedUnion('type', [...V2_EVENTS]);

const runFields = {
	id: z.string().check(z.minLength(1), z.describe('运行编号')),
	checklist: ChecklistSnapshotSchema.check(z.describe('开始运行时冻结的清单副本')),
	startedAt: isoTime('开始运行的时间'),
	title: text('开始时填写的事件标题，可以为空；之后的修改记为 title 事件'),
	reportedBy: text('开始时填写的报告人，可以为空；之后的修改记为 reporter 事件'),
	drill: z.boolean().check(z.describe('是否为演练')),
};

export const ChecklistRunSchema = z.object({
	version: z.literal(3).check(z.describe('存储格式版本')),
	...runFields,
	events: z.array(RunEventSchema).check(z.describe('按逻辑序号排列的事件，只增不改')),
});

/** Version 2 (until 2027-01): the same record before the `handover` event existed. */
export const ChecklistRunV2Schema = z.object({
	version: z.literal(2).check(z.describe('存储格式版本')),
	...runFields,
	events: z.array(RunEventV2Schema).check(z.describe('按逻辑序号排列的事件，只增不改')),
});

/** Version 1 (until 2026-12): the same record without `seq`; events were ordered by wall-clock time. */
export const ChecklistRunV1Schema = z.object({
	version: z.literal(1).check(z.describe('存储格式版本')),
	...runFields,
	events: z
		.array(z.looseObject({ id: z.string().check(z.minLength(1)), at: isoTime('事件时间'), type: z.string() }))
		.check(z.describe('事件，按时钟时间排列')),
});

export type ChecklistSnapshot = z.output<typeof ChecklistSnapshotSchema>;
export type SnapshotStep = z.output<typeof SnapshotStepSchema>;
export type SnapshotFirstAction = z.output<typeof SnapshotFirstActionSchema>;
export type FilingSnapshot = z.output<typeof FilingSnapshotSchema>;
export type RunEvent = z.output<typeof RunEventSchema>;
export type ChecklistRun = z.output<typeof ChecklistRunSchema>;
export type ChecklistRunV1 = z.output<typeof ChecklistRunV1Schema>;
