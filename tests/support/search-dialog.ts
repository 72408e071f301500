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

/** The first `depth` pages the dialog lists for a query, pressing “show more” only when the first three miss. */
async function dialogPaths(dialog: Locator, query: string, answers: readonly string[], depth: number): Promise<string[]> {
	await runQuery(dialog, query);
	const shown = (await resultPaths(dialog)).slice(0, depth);
	// “Show more” only when the first results miss: a hit there already counts for both depths.
	if (shown.slice(0, 3).some((path) => answers.includes(path))) return shown;
	await showAtLeast(dialog, depth);
	return (await resultPaths(dialog)).slice(0, depth);
}

/**
 * The first `depth` pages the dialog lists for each query, read in one call from the search API
 * the open dialog itself loaded: the query planner behind Pagefind's API, with the options the
 * dialog set. The dialog lists a search's results in the order the API returns them and drops
 * none (Pagefind UI shows three, then three more per “show more”), so these are its lists without
 * a render, three fragment loads and up to two presses per query; over the relevance sets'
 * 230 queries that was two minutes of browser time. The dialog must be open: focusing its field
 * loads the API, sets its options and then reads the filters, which is what this waits for.
 */
export async function plannedPaths(page: Page, queries: readonly string[], depth: number): Promise<string[][]> {
	await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/pagefind/filter/')));
	return page.evaluate(
		async ([queries, depth]) => {
			const loaded = performance
				.getEntriesByType('resource')
				.find((entry) => new URL(entry.name).pathname.endsWith('/search-api/pagefind.js'));
			if (!loaded) throw new Error('the search dialog has not loaded its search API');
			type Result = { data: () => Promise<{ url: string; meta?: { url?: string } }> };
			const api = (await import(loaded.name)) as { search: (term: string, options: object) => Promise<{ results: Result[] } | null> };
			const lists: string[][] = [];
			for (const query of queries) {
				// As the dialog calls it: no filter chosen.
				const response = await api.search(query, { filters: {} });
				const shown = await Promise.all((response?.results ?? []).slice(0, depth).map((result) => result.data()));
				lists.push(shown.map((data) => new URL(data.meta?.url || data.url, location.href).pathname));
			}
			return lists;
		},
		[queries, depth] as const,
	);
}

/** Where each case's page ranks in the list shown for it, counted within the first `depth`. */
export function scoreCases(cases: readonly RelevanceCase[], lists: readonly (readonly string[])[], depth: 3 | 8): Relevance {
	const relevance: Relevance = { total: cases.length, top3: 0, top8: 0, empty: 0, misses: [] };
	cases.forEach(({ query, expect }, index) => {
		const paths = answersOf(expect);
		const shown = (lists[index] ?? []).slice(0, depth);
		const rank = shown.findIndex((path) => paths.includes(path));
		if (shown.length === 0) relevance.empty++;
		if (rank >= 0 && rank < 3) relevance.top3++;
		if (rank >= 0) relevance.top8++;
		if (rank < 0 || rank >= 3)
			relevance.misses.push(
				`${query} → 期望 ${paths.join(' 或 ')}，第 ${rank < 0 ? `${depth} 名以后` : rank + 1}；前三名：${shown.slice(0, 3).join('、') || '无结果'}`,
			);
	});
	return relevance;
}

const answersOf = (expect: RelevanceCase['expect']): readonly string[] => (typeof expect === 'string' ? [expect] : expect);

/**
 * Runs every case through the dialog and counts where its page ranks among the first `depth`
 * results (3: what the dialog shows before “show more”; 8: after pressing it twice).
 */
export async function rankCases(dialog: Locator, cases: readonly RelevanceCase[], depth: 3 | 8 = 8): Promise<Relevance> {
	const lists: string[][] = [];
	for (const { query, expect } of cases) lists.push(await dialogPaths(dialog, query, answersOf(expect), depth));
	return scoreCases(cases, lists, depth);
}

/**
 * The same figures from `plannedPaths`, on the page's search, after checking that the dialog,
 * typed into and pressed as a reader does, lists what the API returned for the set's first
 * `checked` queries; where the two differ the figures would not be the dialog's, and this throws.
 * What a search finds depends on the searches before it (a word's index chunk loaded for an
 * earlier query can hold longer words that begin with it), so the dialog is checked on the page
 * reloaded, its queries in the same order from the same start as the API's.
 */
export async function rankCasesPlanned(page: Page, cases: readonly RelevanceCase[], depth: 3 | 8, checked = 3): Promise<Relevance> {
	await openSearch(page);
	const lists = await plannedPaths(
		page,
		cases.map(({ query }) => query),
		depth,
	);
	await page.reload();
	const dialog = await openSearch(page);
	for (const [index, { query }] of cases.slice(0, checked).entries()) {
		await runQuery(dialog, query);
		await showAtLeast(dialog, depth);
		const shown = (await resultPaths(dialog)).slice(0, depth);
		if (shown.join() !== lists[index]!.join())
			throw new Error(`“${query}”: the dialog lists ${shown.join('、') || '无结果'}, the API ${lists[index]!.join('、') || '无结果'}`);
	}
	return scoreCases(cases, lists, depth);
}

/** One line of figures and every miss, as the specs and the bench print them. */
export function relevanceReport(name: string, { total, top3, top8, empty, misses }: Relevance, depth: 3 | 8 = 8): string {
	const share = (count: number) => `${count}/${total}（${Math.round((count / total) * 100)}%）`;
	return `${name}：前三 ${share(top3)}${depth === 8 ? `，前八 ${share(top8)}` : ''}，无结果 ${empty}${misses.length ? `；未进前三：\n  ${misses.join('\n  ')}` : ''}`;
}
