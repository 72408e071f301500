import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { incidentEntries } from '../../src/domain/incidents.ts';
import { manual } from '../support/manual.ts';
import { dialogOf, openSearch, resultLinks, resultPaths, runQuery } from '../support/search-dialog.ts';

/** What the search dialog does besides ranking (search-relevance.spec.ts measures that). */
test('a sentence no page holds every word of finds its checklist, with the words it matched marked', async ({ page }) => {
	await page.goto('/');
	const dialog = await openSearch(page);
	// The example: Pagefind alone returns nothing, since no page holds 收不回来 with the rest.
	const sentence = '同事把整个客户的账套发到外面的邮箱了，现在收不回来';
	await runQuery(dialog, sentence);
	const top = (await resultPaths(dialog)).slice(0, 3);
	const expected = ['/emergency/cyber-data-leak/', '/checklists/cyber-data-leak/'];
	expect(
		top.some((path) => expected.includes(path)),
		top.join('、'),
	).toBe(true);
	// Every result shown says why: at least one marked word, and each marked word is in the sentence.
	const results = dialog.locator('.pagefind-ui__result');
	for (let at = 0; at < 3; at++) {
		const marks = await results.nth(at).locator('mark').allInnerTexts();
		expect(marks.length, `第 ${at + 1} 个结果没有标出匹配的词`).toBeGreaterThan(0);
		for (const mark of marks) expect(sentence).toContain(mark);
	}
});

test('when nothing matches, the dialog says so in Chinese and offers the incident entries, the contacts and a hint', async ({ page }) => {
	await page.goto('/operations/tax-filing/');
	const dialog = await openSearch(page);
	await runQuery(dialog, 'qwxz');
	await expect(dialog.locator('.pagefind-ui__message')).toHaveText('没有找到与“qwxz”相关的内容');
	const empty = dialog.locator('search-empty-state');
	await expect(empty).toBeVisible();
	await expect(empty).toContainText('少用几个词');
	// The home page's incident entries, each leading to its checklist, and the contacts page.
	const entries = incidentEntries(manual.checklists).flatMap((entry) => entry.checklists);
	await expect(empty.locator('[data-part="incidents"] a')).toHaveCount(entries.length);
	await expect(empty.getByRole('link', { name: '应急联系人' })).toHaveAttribute('href', '/contacts/');
	// An everyday question starts with the hint.
	await expect(empty.locator(':scope > *').first()).toHaveAttribute('data-part', 'fewer-words');
	// A query that reads like an incident starts with the incident entries: here 蓝屏 with the 培训
	// filter, which rules out every page that has the word.
	await runQuery(dialog, '新员工');
	await expect(empty).toBeHidden();
	await dialog.locator('summary', { hasText: '部分' }).click();
	await dialog.getByRole('checkbox', { name: /^培训 / }).check();
	await runQuery(dialog, '蓝屏');
	await expect(empty).toBeVisible();
	await expect(empty.locator(':scope > *').first()).toHaveAttribute('data-part', 'incidents');
	const first = entries[0]!;
	await empty.locator('[data-part="incidents"] a').first().click();
	await expect(page).toHaveURL(new RegExp(`/checklists/${first.id}/$`));
	// Clearing the box hides the empty state again.
	await openSearch(page);
	await dialog.getByRole('textbox', { name: '搜索' }).fill('');
	await expect(empty).toBeHidden();
});

test('each result says whether it is a chapter, a checklist or a term, and which part it is in', async ({ page }) => {
	await page.goto('/');
	const dialog = await openSearch(page);
	await runQuery(dialog, '数据泄露');
	const first = dialog.locator('.pagefind-ui__result').first();
	await expect(first.locator('.pagefind-ui__result-tag')).toHaveText(['类型: 章节', '部分: 应急']);
	await expect(dialog.locator('.pagefind-ui__result-tag', { hasText: '类型: 清单' }).first()).toBeVisible();
	// The word lists a page is matched by are never shown.
	for (const tags of await dialog.locator('.pagefind-ui__result-tags').allInnerTexts()) expect(tags).not.toMatch(/synonyms|summary/);
});

test('the dialog filters results by type (章节 / 清单 / 术语) and by part', async ({ page }) => {
	await page.goto('/');
	const dialog = await openSearch(page);
	// Pagefind loads each filter's data lazily and reports only the filters loaded when a search
	// returns: on a slow first search one group can be missing until the next search.
	await expect(async () => {
		await dialog.getByRole('textbox', { name: '搜索' }).fill('');
		await runQuery(dialog, '备份');
		await expect(dialog.locator('summary', { hasText: '类型' })).toBeVisible({ timeout: 2000 });
	}).toPass({ timeout: 20_000 });
	await dialog.locator('summary', { hasText: '类型' }).click();
	await dialog.locator('summary', { hasText: '部分' }).click();
	const option = (value: string) => dialog.getByRole('checkbox', { name: new RegExp(`^${value} \\((\\d+)\\)$`) });
	for (const value of ['章节', '清单', '术语', '应急', '运营']) await expect(option(value)).toBeVisible();

	/** Ticks one filter value and waits until the results are the filtered ones. */
	async function only(value: string): Promise<void> {
		await option(value).check();
		// Pagefind re-renders after a filter change; the count in the message may be announced before the list.
		await expect(dialog.locator('.pagefind-ui__message')).toContainText('个结果');
		await expect(dialog.locator('.pagefind-ui__result .pagefind-ui__loading')).toHaveCount(0);
	}

	await only('清单');
	await expect(async () => {
		const tags = await dialog.locator('.pagefind-ui__result-tag[data-pagefind-ui-meta="类型"]').allInnerTexts();
		expect(tags.length).toBeGreaterThan(0);
		expect(new Set(tags)).toEqual(new Set(['类型: 清单']));
	}).toPass({ timeout: 10_000 });
	await option('清单').uncheck();

	await only('术语');
	await expect(resultLinks(dialog)).toHaveText(['术语表'], { timeout: 10_000 });
	await expect(dialog.locator('.pagefind-ui__result-tag')).toHaveText(['类型: 术语']);
	await option('术语').uncheck();

	await only('运营');
	await expect(async () => {
		for (const path of await resultPaths(dialog)) expect(path).toMatch(/^\/(operations|checklists)\//);
	}).toPass({ timeout: 10_000 });
});

test('the / key and Ctrl+K open the search; / typed in a field stays text', async ({ page }) => {
	await page.goto('/emergency/framework/');
	const dialog = dialogOf(page);
	// The page is ready for the keys once Starlight's search element has enabled its button.
	await expect(page.getByRole('button', { name: '搜索' })).toBeEnabled();
	await page.keyboard.press('/');
	await expect(dialog).toBeVisible();
	const input = dialog.getByRole('textbox', { name: '搜索' });
	await expect(input).toBeFocused();
	await page.keyboard.type('3/2');
	await expect(input).toHaveValue('3/2');
	await page.keyboard.press('Escape');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await page.keyboard.press('Control+k');
	await expect(dialog).toBeVisible();
	await expect(page.getByRole('button', { name: '搜索' })).toHaveAttribute('aria-keyshortcuts', /\//);
});

test('a checklist step’s own text finds the checklist', async ({ page }) => {
	await page.goto('/');
	const dialog = await openSearch(page);
	// A step of the backup restore test checklist, written nowhere else.
	await runQuery(dialog, '清除测试环境中的客户数据');
	expect((await resultPaths(dialog)).slice(0, 3)).toContain('/checklists/backup-restore-test/');
	await expect(dialog.locator('.pagefind-ui__result-nested mark', { hasText: '测试' }).first()).toBeVisible();
});

test('nothing interactive, printed form or page furniture is indexed', async ({ page, request }) => {
	// Pagefind reads the static HTML: every control inside an indexed body must be excluded.
	// Every page of the build (an internal manual publishes no sitemap to list them); the editors'
	// rule help pages are left out of the index as a whole.
	const paths = readdirSync('dist', { recursive: true })
		.map(String)
		.filter((name) => name.endsWith('index.html') && !name.startsWith('help/'))
		.map((name) => `/${name.replace(/index\.html$/, '')}`);
	expect(paths.length).toBeGreaterThan(60);
	await page.goto('/');
	for (const path of paths) {
		const html = await (await request.get(path)).text();
		const indexed = await page.evaluate((source) => {
			const document = new DOMParser().parseFromString(source, 'text/html');
			const controls = 'button, input, select, textarea, form, [role="button"], [role="timer"], [contenteditable]';
			return [...document.querySelectorAll(`[data-pagefind-body] :is(${controls})`)]
				.filter((element) => !element.closest('[data-pagefind-ignore]'))
				.map((element) => element.outerHTML.slice(0, 80));
		}, html);
		expect(indexed, path).toEqual([]);
	}

	// The text Pagefind stored for every indexed page has no page furniture or paper-form prompts.
	const pages = await page.evaluate(async () => {
		const bundle = '/pagefind/pagefind.js';
		const pagefind = await import(bundle);
		const all = await pagefind.search(null);
		return Promise.all(all.results.map(async (result: { data: () => Promise<{ url: string; content: string }> }) => result.data()));
	});
	expect(pages.length).toBeGreaterThan(60);
	for (const { url, content } of pages) {
		const text = content.replaceAll('\u200b', '');
		const furniture = [
			'编辑此页',
			'最近更新',
			'上一页',
			'下一页',
			'打印者',
			...(url.startsWith('/checklists/') ? ['记录：', '应急联系人'] : []),
		];
		for (const words of furniture) expect(text, `${url} 的索引文字含“${words}”`).not.toContain(words);
	}
	expect(pages.map(({ url }) => url)).not.toContain('/');
	expect(pages.map(({ url }) => url)).not.toContain('/checklists/');
});

test('synonyms are in the index only: never visible on the page or read by screen readers', async ({ page }) => {
	await page.goto('/emergency/system-failure/');
	// 宕机 is one of the page’s glossary words but not in its text.
	await expect(page.locator('main')).not.toContainText('死机');
	await expect(page.locator('body [data-pagefind-meta]')).toHaveCount(0);
	const meta = page.locator('head meta[data-pagefind-meta="synonyms[content]"]');
	await expect(meta).toHaveAttribute('content', /死机/);
	const dialog = await openSearch(page);
	await runQuery(dialog, '死机');
	expect((await resultPaths(dialog)).slice(0, 2).sort()).toEqual(['/checklists/system-failure/', '/emergency/system-failure/']);
	await expect(dialog.locator('.pagefind-ui__result-excerpt').first()).not.toContainText('死机');
});

test('an incident chapter lists its own symptoms as 遇到这些情况时用本章, and a search for one finds the chapter', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-12-01T09:00:00+08:00') });
	const chapter = manual.chapters.find((entry) => entry.id.startsWith('emergency/') && (entry.fields?.symptoms.length ?? 0) >= 8);
	expect(chapter, 'an incident chapter with symptoms').toBeDefined();
	const symptoms = chapter!.fields!.symptoms;
	await page.goto(`/${chapter!.id}/`);
	// Shown in staff's words under its heading, above the chapter text.
	const list = page.getByRole('region', { name: '遇到这些情况时用本章' });
	await expect(list.getByRole('listitem')).toHaveText([...symptoms]);
	// Indexed as the weighted hidden words, not a second time as text.
	await expect(page.locator('head meta[data-pagefind-meta="symptoms[content]"]')).toHaveAttribute('content', new RegExp(symptoms[0]!));
	await expect(list).toHaveAttribute('data-pagefind-ignore', '');
	const dialog = await openSearch(page);
	await runQuery(dialog, symptoms[0]!);
	expect((await resultPaths(dialog)).slice(0, 3)).toContain(`/${chapter!.id}/`);
});
