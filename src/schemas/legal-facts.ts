import { z } from 'zod';
import { slug } from './ids.ts';

/**
 * A way of stating a fact that contradicts it, e.g. applying for an extension after the deadline:
 * one sentence that names any `when` and any `says`, and none of the negations in `unless`.
 */
export const MisstatementSchema = z.strictObject({
	/** The circumstance, e.g. 次日, 截止日后. */
	when: z.array(z.string().min(1)).min(1).describe('错误说法中的情形，例如 次日、截止日后'),
	/** What is wrongly said to be possible then, e.g. 申请延期申报. */
	says: z.array(z.string().min(1)).min(1).describe('错误说法中的做法，例如 申请延期申报'),
	/** Words that turn the sentence into a correct warning, e.g. 不能. */
	unless: z.array(z.string().min(1)).default([]).describe('句中有这些词时不算错误说法（否定或警示），例如 不能、已无'),
	/** The correct statement, shown in the report. */
	correct: z.string().min(4).describe('正确的说法，显示在检查报告中'),
});

/**
 * Legal figures that several chapters need (tax penalties, data-protection fines, archive
 * retention), kept once in `content/facts/legal-facts.yaml` and rendered with `<LegalTable>` or
 * `<LegalFact>`. `mentions` and `values` tell the content check what a hand-written copy of the
 * fact looks like, so a chapter that restates it is caught.
 */
export const LegalFactSchema = z.strictObject({
	id: slug('事实 id').describe('事实 id，章节用 <LegalFact id="…" /> 引用'),
	/** What the fact is about, the table's first column. */
	subject: z.string().min(2).describe('适用的情形或档案种类，表格第一列'),
	/** The rule in full, as the table shows it. */
	rule: z.string().min(2).describe('规则的完整表述'),
	/** The figure alone, for use inside a sentence; the rule is used when absent. */
	short: z.string().min(1).optional().describe('句中引用时显示的简短数值（可选），例如 万分之五'),
	/** Law and article; must be registered in content/laws/laws.yaml. */
	basis: z.string().min(2).describe('依据，例如 《税收征收管理法》第三十二条；条款须在 laws.yaml 登记'),
	/** Words that name the subject in prose. */
	mentions: z.array(z.string().min(2)).min(1).describe('正文提到这一事实时会用的词，例如 滞纳金'),
	/** The figures as a writer would type them; spaces and thousands separators are ignored. */
	values: z.array(z.string().min(1)).min(1).describe('这一事实的数值的各种写法，例如 万分之五、0.05%'),
	/** Wrong restatements the check refuses in chapters and checklists. */
	misstatements: z.array(MisstatementSchema).default([]).describe('与这一事实相反的常见说法：章节和清单里出现即报错'),
});

export const LEGAL_TABLES = {
	taxPenalties: '逾期申报和缴税的法律后果',
	dataFines: '个人信息和数据安全的罚款',
	retention: '会计档案的保管期限',
	lateFiling: '申报截止日前后报不上时的法定办法',
} as const;
export type LegalTableName = keyof typeof LEGAL_TABLES;

export const LegalFactsSchema = z.strictObject({
	taxPenalties: z.array(LegalFactSchema).min(1).describe(LEGAL_TABLES.taxPenalties),
	dataFines: z.array(LegalFactSchema).min(1).describe(LEGAL_TABLES.dataFines),
	retention: z.array(LegalFactSchema).min(1).describe(LEGAL_TABLES.retention),
	lateFiling: z.array(LegalFactSchema).min(1).describe(LEGAL_TABLES.lateFiling),
	/** Where the figures come from and when they were last checked. */
	source: z.string().min(4).describe('核实说明'),
});

export type LegalFact = z.output<typeof LegalFactSchema>;
export type Misstatement = z.output<typeof MisstatementSchema>;
export type LegalFacts = z.output<typeof LegalFactsSchema>;
