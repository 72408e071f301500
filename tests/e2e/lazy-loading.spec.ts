import { expect, test, type Page } from '@playwright/test';
import { TRAINING_PATH_GUIDES, TRIAGE_LEVELS } from '../../src/domain/routes.ts';
import { manual } from '../support/manual.ts';
import { dialogOf } from '../support/search-dialog.ts';

/**
 * What only some readers need loads only for them (issue 28: pages as light as bare Starlight's):
 * the run store and its validation (Zod) only on a device that holds a run, the learning paths
 * only under a chapter opened from one, every checklist's levels only when the home page's triage
 * is opened. The pages that do need them are walked in home.spec.ts
 * (unfinished runs) and phone.spec.ts (回到学习路径 · 下一项).
 */

/**
 * Every script the page fetched that carries Zod, and every request for the path guides; `settled()`
 * waits until each response seen so far has been read, so that an assertion never runs ahead of one.
 */
async function watch(page: Page): Promise<{ zod: string[]; guides: string[]; settled: () => Promise<unknown> }> {
	const reading: Promise<void>[] = [];
	const seen = { zod: [] as string[], guides: [] as string[], settled: () => Promise.all(reading) };
	page.on('response', (response) => {
		const url = new URL(response.url());
		if (url.pathname === TRAINING_PATH_GUIDES) seen.guides.push(url.pathname);
		if (url.pathname.endsWith('.js'))
			reading.push(
				response
					.text()
					.catch(() => '')
					.then((text) => void (text.includes('ZodError') && seen.zod.push(url.pathname))),
			);
	});
	return seen;
}

const onPath = manual.paths.flatMap((path) => path.data.stages.flatMap((stage) => stage.chapters))[0]!;

test('a chapter opened on its own loads neither the run store nor the learning paths', async ({ page }) => {
	const seen = await watch(page);
	await page.goto(`/${onPath}/`);
	await expect(page.locator('chapter-training[data-ready]')).toBeAttached();
	await page.waitForLoadState('networkidle');
	await seen.settled();
	expect({ zod: seen.zod, guides: seen.guides }).toEqual({ zod: [], guides: [] });
});

test('the home page on a device without runs does not load the run store; with one it does and lists it', async ({ page }) => {
	const seen = await watch(page);
	await page.goto('/');
	await expect(page.getByRole('region', { name: '出事了？先点事件类别' })).toBeVisible();
	await page.waitForLoadState('networkidle');
	await seen.settled();
	expect(seen.zod).toEqual([]);
	await expect(page.getByRole('region', { name: '本设备上未完成的运行' })).toBeHidden();

	// A run started elsewhere in this browser: the home page now needs the store, and shows the run.
	await page.goto('/checklists/system-failure/');
	await page.getByRole('button', { name: '开始执行' }).click();
	await expect(page.getByRole('status').filter({ hasText: '运行中' })).toBeVisible();
	seen.zod.length = 0;
	await page.goto('/');
	await expect(page.getByRole('region', { name: '本设备上未完成的运行' }).getByRole('link')).toHaveCount(1);
	await seen.settled();
	expect(seen.zod.length).toBeGreaterThan(0);
});

test('the home page fetches the triage’s levels only when the triage is opened', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname === TRIAGE_LEVELS) fetched.push(request.url());
	});
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	expect(fetched).toEqual([]);
	await page.getByText('不确定有多严重？回答几个是或否的问题').click();
	await expect(page.locator('severity-triage').getByText('是哪一类事件？')).toBeVisible();
	expect(fetched).toHaveLength(1);
});

test('the search dialog’s code loads only when a reader opens the search, and what is typed at once is searched', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (request) => void (request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname)));
	await page.goto('/emergency/framework/');
	await expect(page.getByRole('button', { name: '搜索' })).toBeEnabled();
	await page.waitForLoadState('networkidle');
	// Starlight builds its search on every page once idle; the dialog itself is not drawn for that.
	expect(scripts.filter((path) => path.includes('planned-ui'))).toEqual([]);
	await expect(page.locator('#starlight__search input')).toHaveCount(0);

	// `/` and the words straight after it, before the dialog's code has arrived.
	await page.keyboard.press('/');
	await page.keyboard.type('数据泄露');
	const dialog = dialogOf(page);
	await expect(dialog.locator('.pagefind-ui__search-input')).toHaveValue('数据泄露');
	await expect(dialog.locator('.pagefind-ui__search-input')).toBeFocused();
	await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible();
	await expect(dialog.locator('.search-stand-in')).toHaveCount(0);
	expect(scripts.some((path) => path.includes('planned-ui'))).toBe(true);
});

test('a search opened before the page is idle, when Starlight builds it, takes what is typed and searches it once built', async ({
	page,
}) => {
	// The page never idle until the test says so, as a busy phone.
	await page.addInitScript(() => {
		const waiting: IdleRequestCallback[] = [];
		(window as unknown as { idleNow: () => void }).idleNow = () => waiting.splice(0).forEach((callback) => callback({} as IdleDeadline));
		window.requestIdleCallback = (callback) => waiting.push(callback);
	});
	await page.goto('/emergency/framework/');
	await expect(page.getByRole('button', { name: '搜索' })).toBeEnabled();
	await page.keyboard.press('/');
	const dialog = dialogOf(page);
	const field = dialog.getByRole('textbox', { name: '搜索' });
	await expect(field).toBeFocused();
	await page.keyboard.type('数据泄露');
	await expect(field).toHaveValue('数据泄露');
	await expect(dialog.locator('.pagefind-ui__search-input')).toHaveCount(0);

	await page.evaluate(() => (window as unknown as { idleNow: () => void }).idleNow());
	await expect(dialog.locator('.pagefind-ui__search-input')).toHaveValue('数据泄露');
	await expect(dialog.locator('.pagefind-ui__search-input')).toBeFocused();
	await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible();
	await expect(dialog.locator('.search-stand-in')).toHaveCount(0);
});
