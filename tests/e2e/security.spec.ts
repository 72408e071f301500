import { expect, test, type Page } from '@playwright/test';
import { checklist } from '../support/manual.ts';
import { PAGE_TYPES } from '../support/page-types.ts';

/**
 * The Content-Security-Policy every page carries (Astro's `security.csp`: hashes for what must
 * stay inline, `'wasm-unsafe-eval'` only for Pagefind) holds while people use the page: every
 * violation the browser reports fails the test.
 */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __violations: string[] }).__violations = seen;
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
		);
	});
	return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

const systemFailure = checklist('system-failure');
const [first] = systemFailure.runSteps();

test('every page type runs under its policy without a violation', async ({ page }) => {
	// Twenty page loads, each until the network is quiet, a run and a search: more than the default 30 s on a busy core.
	test.setTimeout(120_000);
	const violations = await watchViolations(page);
	const seen: Record<string, string[]> = {};
	const visit = async (name: string, path: string) => {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		seen[name] = await violations();
	};
	await visit('home', '/');
	await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute(
		'content',
		/script-src 'self' 'wasm-unsafe-eval'/,
	);
	for (const [name, path] of PAGE_TYPES) await visit(name, path);

	await visit('checklist before a run', `/checklists/${systemFailure.id}/`);
	await page.getByRole('button', { name: '开始执行' }).click();
	await page.getByRole('checkbox', { name: first!.text }).check();
	seen['checklist during a run'] = await violations();
	// Finishing with steps open asks first: the run is finished only when that is confirmed.
	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByRole('button', { name: '结束运行' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已结束' })).toBeVisible();
	seen['checklist after a run'] = await violations();
	// The hand-over panel loads its code and the QR encoder, and draws the code once the run is handed over.
	await page.getByRole('button', { name: '交给他人' }).click();
	await page.getByRole('textbox', { name: '交给谁（接手人的姓名）' }).fill('王五');
	await page.getByRole('button', { name: '交出并生成链接' }).click();
	await expect(page.getByRole('img', { name: '交接链接的二维码' })).toBeVisible();
	seen['hand-over panel'] = await violations();

	await visit('search', '/');
	await page.getByRole('button', { name: '搜索' }).click();
	await page.getByRole('dialog', { name: '搜索' }).getByRole('textbox', { name: '搜索' }).fill('数据泄露');
	await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
	seen['search with results'] = await violations();

	expect(Object.values(seen).flat()).toEqual([]);
});

test('an internal manual asks not to be indexed, sends no referrer outside, and publishes no sitemap', async ({ page, request }) => {
	await page.goto('/emergency/framework/');
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
	await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'same-origin');
	const robots = await request.get('/robots.txt');
	expect(await robots.text()).toBe('User-agent: *\nDisallow: /\n');
	expect((await request.get('/sitemap-index.xml')).status()).toBe(404);
	expect((await request.get('/sitemap-0.xml')).status()).toBe(404);
});
