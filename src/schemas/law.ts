import { z } from 'zod';
import { slug } from './ids.ts';

/**
 * A list of contents the law itself requires of a document, e.g. the five things a notice under
 * 个人信息保护法 art. 57 must say. Document templates name a list by id and say which section
 * covers each item; the content check refuses a template that leaves an item uncovered.
 */
export const LegalContentsSchema = z.strictObject({
	/** Stable id templates refer to, e.g. breach-notice. */
	id: slug('内容清单 id').describe('内容清单 id，文书模板的 basis.contents 引用它'),
	/** The article that sets the list; only a verified one (see `articles`). */
	article: z.int().min(1).optional().describe('规定这些内容的条款号，须在本法规的 articles 中；登记表不引用条款号的法规不写'),
	/** What the list is, e.g. 通知应当包括的事项. */
	title: z.string().min(2).describe('这份清单是什么，例如：通知应当包括的事项'),
	/** The items, in the law's order. */
	items: z
		.array(
			z.strictObject({
				id: slug('事项 id').describe('事项 id，模板各部分的 covers 引用它'),
				text: z.string().min(2).describe('事项内容，用自己的话概括原文'),
			}),
		)
		.min(1)
		.describe('法规要求写明的事项，按原文顺序'),
});

/** A law or regulation the manual may cite, with the articles verified against its source. */
export const LawSchema = z.strictObject({
	/** Short name as written between 《》. */
	name: z.string().min(2).describe('法规名称（不含书名号）'),
	/** Other ways the manual writes the name, e.g. with 中华人民共和国. */
	aliases: z.array(z.string().min(2)).default([]).describe('其他写法'),
	/** Where the facts come from. */
	source: z.string().min(2).describe('出处或核实说明'),
	/** Article numbers that have been verified and may be cited. */
	articles: z.array(z.int().min(1)).describe('已核实、可以引用的条款号'),
	/** What documents under this law must contain, verified like the articles; empty for most laws. */
	contents: z.array(LegalContentsSchema).default([]).describe('文书必须写明的法定事项（已核实原文）'),
});

export const LawsSchema = z.array(LawSchema).min(1).describe('已核实的法规登记表，至少一部法规');

export type Law = z.output<typeof LawSchema>;
export type LegalContents = z.output<typeof LegalContentsSchema>;
