import { z } from 'zod';
import { slug } from './ids.ts';

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
});

export const LEGAL_TABLES = {
	taxPenalties: '逾期申报和缴税的法律后果',
	dataFines: '个人信息和数据安全的罚款',
	retention: '会计档案的保管期限',
} as const;
export type LegalTableName = keyof typeof LEGAL_TABLES;

export const LegalFactsSchema = z.strictObject({
	taxPenalties: z.array(LegalFactSchema).min(1).describe(LEGAL_TABLES.taxPenalties),
	dataFines: z.array(LegalFactSchema).min(1).describe(LEGAL_TABLES.dataFines),
	retention: z.array(LegalFactSchema).min(1).describe(LEGAL_TABLES.retention),
	/** Where the figures come from and when they were last checked. */
	source: z.string().min(4).describe('核实说明'),
});

export type LegalFact = z.output<typeof LegalFactSchema>;
export type LegalFacts = z.output<typeof LegalFactsSchema>;
