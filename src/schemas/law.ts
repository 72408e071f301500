import { z } from 'zod';

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
});

export const LawsSchema = z.array(LawSchema).min(1).describe('已核实的法规登记表，至少一部法规');

export type Law = z.output<typeof LawSchema>;
