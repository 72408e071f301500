import { expect, test } from '@playwright/test';
import { PRINTED_SOURCES, printedEdition } from '../../src/manual/printed-editions.ts';
import { manual } from '../support/manual.ts';
import { expectedModules, svgModules } from '../support/qr.ts';

/** Laying out the whole manual takes Paged.js one to three minutes on a shared core. */
const LAYOUT_MS = 300_000;

test('the 合订本 lays out as pages under the CSP, opened from its code says whether the copy is current', async ({ page }) => {
	test.setTimeout(LAYOUT_MS + 60_000);
	const violations: string[] = [];
	await page.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (event) =>
			console.error(`csp: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
		),
	);
	page.on('console', (message) => message.text().startsWith('csp:') && violations.push(message.text()));
	await page.clock.install({ time: new Date('2026-12-01T09:00:00') });
	const edition = printedEdition(PRINTED_SOURCES.boundManual);
	await page.goto(`/bound/?edition=2020-01-01`);
	await expect(page.locator('[data-bound-status]')).toContainText('正在排版');
	await page.locator('html[data-bound-pages]').waitFor({ state: 'attached', timeout: LAYOUT_MS });
	await expect(page.locator('[data-bound-status]')).toContainText(/排版完成：共 \d+ 页/);
	// Paged.js applies print rules on screen: the notice outside the pages must still show.
	await expect(page.locator('printed-edition')).toBeVisible();
	await expect(page.locator('printed-edition')).toContainText(`您手上的是 2020-01-01 版，当前为 ${edition} 版`);
	// The cover, now the first page, carries the code of this page with its edition.
	const site = manual.organisation!.data.site.url.replace(/\/$/, '');
	const expected = `${site}/bound/?edition=${edition}`;
	const code = page.locator('.pagedjs_page').first().locator('.printed-edition-code');
	await expect(code).toBeVisible();
	expect(await code.locator('figcaption span').textContent()).toBe(expected);
	expect(svgModules(await code.locator('svg').evaluate((svg) => svg.outerHTML))).toEqual(expectedModules(expected));
	// Its stylesheets went through the CSS object model, never as blocked inline styles.
	expect(violations).toEqual([]);
});
