import type { Locator, Page } from '@playwright/test';

/**
 * The search dialog as a reader uses it: open, type, wait for the results, press “show more”.
 * Shared by the search specs and the bench's relevance figures. Waits are checked on every frame
 * (`waitForFunction` with `raf`): an assertion's polling (100 ms, then up to a second between
 * tries) would spend longer waiting than the search itself takes, over hundreds of queries.
 */

/** Page links of the results, in rank order (sub-results left out). */
const RESULT_LINK = '.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link';

export function dialogOf(page: Page): Locator {
	return page.getByRole('dialog', { name: '搜索' });
}

export async function openSearch(page: Page): Promise<Locator> {
	await page.getByRole('button', { name: '搜索' }).click();
	return dialogOf(page);
}

/** Results settled: the message names this query, nothing is still loading. */
function settled(query: string): boolean {
	const dialog = document.querySelector('dialog[open]');
	const message = dialog?.querySelector('.pagefind-ui__message')?.textContent ?? '';
	return (
		message.includes(`“${query}”`) && !message.includes('正在搜索') && !dialog?.querySelector('.pagefind-ui__result .pagefind-ui__loading')
	);
}

/** Types a query and waits until its results (not a previous query's, not placeholders) are shown. */
export async function runQuery(dialog: Locator, query: string): Promise<void> {
	await dialog.getByRole('textbox', { name: '搜索' }).fill(query);
	await dialog.page().waitForFunction(settled, query, { polling: 'raf' });
}

export function resultLinks(dialog: Locator): Locator {
	return dialog.locator(RESULT_LINK);
}

export async function resultPaths(dialog: Locator): Promise<string[]> {
	return resultLinks(dialog).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** Presses “show more” until at least `count` results are listed or there are no more. */
export async function showAtLeast(dialog: Locator, count: number): Promise<void> {
	const more = dialog.locator('.pagefind-ui__button', { hasText: '显示更多结果' });
	while ((await resultLinks(dialog).count()) < count && (await more.isVisible())) {
		const before = await resultLinks(dialog).count();
		await more.click();
		await dialog
			.page()
			.waitForFunction(
				([selector, before]) =>
					document.querySelectorAll(`dialog[open] ${selector}`).length !== before &&
					!document.querySelector('dialog[open] .pagefind-ui__result .pagefind-ui__loading'),
				[RESULT_LINK, before] as const,
				{ polling: 'raf' },
			);
	}
}

/** A relevance case: the query, and the pages that answer it (any one counts). */
export interface RelevanceCase {
	query: string;
	expect: string | readonly string[];
}

export interface Relevance {
	total: number;
	top3: number;
	empty: number;
	/** Counted only when ranked 8 deep. */
	top8: number;
	/** Every case whose page is not in the top 3, with where it ranked and what ranked first. */
	misses: string[];
}

/**
 * Runs every case through the dialog and counts where its page ranks among the first `depth`
 * results (3: what the dialog shows before “show more”; 8: after pressing it twice).
 */
export async function rankCases(dialog: Locator, cases: readonly RelevanceCase[], depth: 3 | 8 = 8): Promise<Relevance> {
	const relevance: Relevance = { total: cases.length, top3: 0, top8: 0, empty: 0, misses: [] };
	for (const { query, expect } of cases) {
		const paths = typeof expect === 'string' ? [expect] : expect;
		await runQuery(dialog, query);
		let shown = (await resultPaths(dialog)).slice(0, depth);
		// “Show more” only when the first results miss: a hit there already counts for both depths.
		if (!shown.slice(0, 3).some((path) => paths.includes(path))) {
			await showAtLeast(dialog, depth);
			shown = (await resultPaths(dialog)).slice(0, depth);
		}
		const rank = shown.findIndex((path) => paths.includes(path));
		if (shown.length === 0) relevance.empty++;
		if (rank >= 0 && rank < 3) relevance.top3++;
		if (rank >= 0) relevance.top8++;
		if (rank < 0 || rank >= 3)
			relevance.misses.push(
				`${query} → 期望 ${paths.join(' 或 ')}，第 ${rank < 0 ? `${depth} 名以后` : rank + 1}；前三名：${shown.slice(0, 3).join('、') || '无结果'}`,
			);
	}
	return relevance;
}

/** One line of figures and every miss, as the specs and the bench print them. */
export function relevanceReport(name: string, { total, top3, top8, empty, misses }: Relevance, depth: 3 | 8 = 8): string {
	const share = (count: number) => `${count}/${total}（${Math.round((count / total) * 100)}%）`;
	return `${name}：前三 ${share(top3)}${depth === 8 ? `，前八 ${share(top8)}` : ''}，无结果 ${empty}${misses.length ? `；未进前三：\n  ${misses.join('\n  ')}` : ''}`;
}
