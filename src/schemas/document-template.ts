import { z } from 'zod';
import { IncidentCategorySchema } from './checklist.ts';
import { ChecklistIdSchema } from './ids.ts';

/**
 * A document an incident may require (a notice, a report, a letter, a review), as a template the
 * run fills in: one file a kind in content/documents/, the file name its id. Editors own the
 * wording; the content check holds it to the law (every item of the named legal contents list
 * covered by a section) and to the fields a run provides (src/domain/documents/fields.ts).
 */

/** The law a document rests on: a reference into content/laws/laws.yaml. */
export const DocumentBasisSchema = z.strictObject({
	/** Name as registered in content/laws/laws.yaml. */
	law: z.string().min(2).describe('法规名称，须在 content/laws/laws.yaml 中登记（不含书名号）'),
	/** Article, only when the register lists it as verified. */
	article: z.int().min(1).optional().describe('条款号，须是登记表中已核实的条款；登记表不引用条款号的法规不写'),
	/** A contents list the law sets for this document, by its id in the register: every item must be covered. */
	contents: z.string().min(1).optional().describe('法规规定的必备事项清单 id（见 laws.yaml 中该法规的 contents）；写了就必须逐项覆盖'),
});

/** One part of the document: a heading and its text with named fields. */
export const DocumentSectionSchema = z.strictObject({
	/** Heading as printed, e.g. 一、发生了什么. */
	heading: z.string().min(2).describe('这一部分的标题，例如：一、发生了什么'),
	/** Items of the basis' contents lists that this part says. */
	covers: z.array(z.string().min(1)).default([]).describe('这一部分写明了哪些法定事项（事项 id）'),
	/** The text: {{字段名}} is filled from the run, {{填写：说明}} is a blank the drafter fills in. */
	text: z.string().min(2).describe('正文。{{发现时间}} 等字段从运行记录填入；{{填写：受影响的人数}} 是起草人在页面上填写的空白；一行一段'),
});

export const DocumentTemplateSchema = z.strictObject({
	/** Title as printed, e.g. 个人信息泄露告知书. */
	title: z.string().min(2).max(30).describe('文书标题，打印在首行'),
	/** When to use it, shown in the list of templates. */
	summary: z.string().min(4).max(80).describe('什么时候用这份文书，显示在“起草文书”的列表中'),
	/** Incident categories whose runs offer this document; `all` for every incident. */
	categories: z
		.array(z.union([IncidentCategorySchema, z.literal('all')]))
		.min(1)
		.describe('哪些应急类别的运行可以起草这份文书；all 表示全部应急类别'),
	/** Checklists besides those categories whose runs offer it (e.g. the review checklist). */
	checklists: z.array(ChecklistIdSchema).default([]).describe('另外适用的清单 id（可选）'),
	/** The law or laws the document rests on. */
	basis: z.array(DocumentBasisSchema).min(1).describe('法律依据，至少一项'),
	/** Addressee line, e.g. 致：受影响的个人. */
	recipient: z.string().min(2).optional().describe('抬头的收件人，例如：尊敬的客户；可以含字段'),
	/** The document's parts, in order. */
	sections: z.array(DocumentSectionSchema).min(1).describe('正文各部分，按顺序'),
	/** Who signs, printed above the signature line. */
	signer: z.string().min(2).describe('落款签字的人，例如：总经理'),
	/** May several run records of one incident be merged into this document (the review's timeline). */
	merges: z.boolean().default(false).describe('是否可以合并同一事件的几份运行记录（复盘报告的时间线）'),
});

export type DocumentTemplateInput = z.input<typeof DocumentTemplateSchema>;
export type DocumentTemplate = z.output<typeof DocumentTemplateSchema>;
export type DocumentSection = z.output<typeof DocumentSectionSchema>;
