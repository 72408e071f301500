/**
 * Relevance in the bench (issue 24): each query set run through the real dialog, as the
 * relevance spec runs it, with the share whose page ranks in the top 3 and the top 8. The held-out
 * set is reported as written and never tuned on (tests/e2e/search-heldout.ts says how it was kept apart).
 */
import type { Browser } from '@playwright/test';
import { HELD_OUT_QUERIES } from '../../tests/e2e/search-heldout.ts';
import { SEARCH_QUERIES } from '../../tests/e2e/search-queries.ts';
import { FORMER_HELD_OUT_QUERIES } from '../../tests/e2e/search-seen.ts';
import { SENTENCE_QUERIES } from '../../tests/e2e/search-sentences.ts';
import { TUNING_QUERIES } from '../../tests/e2e/search-tuning.ts';
import { openSearch, rankCases, type RelevanceCase } from '../../tests/support/search-dialog.ts';

export interface RelevanceRow {
	set: string;
	total: number;
	top3: number;
	top8: number;
	empty: number;
	misses: string[];
}

const SETS: readonly (readonly [name: string, cases: readonly RelevanceCase[]])[] = [
	['短查询（自写）', SEARCH_QUERIES],
	['整句（盲写，第 13 号议题）', SENTENCE_QUERIES],
	['调优集（盲写，调优用）', TUNING_QUERIES],
	['前保留集（盲写，第二轮调优前已看过）', FORMER_HELD_OUT_QUERIES],
	['保留集（两轮调优后盲写，从未用于调优）', HELD_OUT_QUERIES],
];

export async function measureRelevance(browser: Browser, origin: string): Promise<RelevanceRow[]> {
	const rows: RelevanceRow[] = [];
	for (const [set, cases] of SETS) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${origin}/emergency/framework/`);
		rows.push({ set, ...(await rankCases(await openSearch(page), cases, 8)) });
		await context.close();
	}
	return rows;
}

export function relevanceLines(rows: readonly RelevanceRow[]): string[] {
	const share = (count: number, total: number) => `${count}/${total}（${Math.round((count / total) * 100)}%）`;
	return [
		'搜索相关性（经搜索对话框，期望页面的排名）：',
		'',
		'| 查询集 | 条数 | 前三 | 前八 | 无结果 |',
		'| --- | ---: | ---: | ---: | ---: |',
		...rows.map((r) => `| ${r.set} | ${r.total} | ${share(r.top3, r.total)} | ${share(r.top8, r.total)} | ${r.empty} |`),
		'',
		...rows.flatMap((r) => (r.misses.length ? [`${r.set}未进前三：`, ...r.misses.map((miss) => `- ${miss}`), ''] : [])),
	];
}
