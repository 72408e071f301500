import { z } from 'zod';

/** Phrases one checklist or chapter may list: enough for the ways staff say it, few enough to read. */
export const MAX_SYMPTOMS = 30;

/**
 * What staff see or say when a procedure applies (“邮件发错人了”, “共享盘打不开”), in their own words:
 * listed on the page under “遇到这些情况时用本清单/本章” and indexed for search as hidden, weighted
 * words. Checklists and incident chapters both carry them; a phrase belongs to one of them only, so a
 * search for it leads to one page (`npm run check`: checklist/duplicate-symptom).
 */
export function symptomsSchema(page: '清单' | '章') {
	return z
		.array(z.string().trim().min(2).max(16).describe('一条情况，2 至 16 个字，用员工自己的说法'))
		.max(MAX_SYMPTOMS)
		.default([])
		.describe(
			`遇到这些情况时用本${page}：员工描述情况的短语，每条 2 至 16 个字，最多 ${MAX_SYMPTOMS} 条；同一条不要写进两张清单或两个章节`,
		);
}
