import { expect, test, type Page } from '@playwright/test';
import { PRINTED_SOURCES, printedEdition } from '../../src/manual/printed-editions.ts';
import { checklist, manual } from '../support/manual.ts';
import { expectedModules, svgModules } from '../support/qr.ts';

/**
 * A printed sheet carries a QR code of its page with the edition it was printed from; whoever
 * scans it later learns whether the paper is still current. Editions come from the manual.
 */
const site = manual.organisation!.data.site.url.replace(/\/$/, '');
const dataLoss = checklist('data-loss');
const NOW = new Date('2026-12-01T09:00:00');

/** The day before `day` (YYYY-MM-DD): an edition older than the current one. */
const dayBefore = (day: string) => new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10);

test.beforeEach(async ({ page }) => {
	await page.clock.install({ time: NOW });
});

async function printedCode(page: Page, scope: string): Promise<{ url: string; modules: boolean[][] }> {
	const code = page.locator(`${scope} .printed-edition-code`).first();
	return {
		url: (await code.locator('figcaption span').textContent()) ?? '',
		modules: svgModules(await code.locator('svg').evaluate((svg) => svg.outerHTML)),
	};
}

test('a printed checklist carries a QR code of its page and edition, on paper only', async ({ page }) => {
	const expected = `${site}/checklists/${dataLoss.id}/?edition=${dataLoss.edition}`;
	await page.goto(`/checklists/${dataLoss.id}/`);
	await expect(page.locator('.printed-edition-code')).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.printed-edition-code')).toBeVisible();
	const { url, modules } = await printedCode(page, '.checklist');
	// The address is printed under the code for typing in, and the code itself decodes to it.
	expect(url).toBe(expected);
	expect(modules).toEqual(expectedModules(expected));
});

test('a printed checklist opened from its code says whether the paper is current, and where the changes are', async ({ page }) => {
	const older = dayBefore(dataLoss.edition);
	await page.goto(`/checklists/${dataLoss.id}/?edition=${older}`);
	const notice = page.locator('printed-edition');
	await expect(notice).toContainText(`您手上的是 ${older} 版，当前为 ${dataLoss.edition} 版`);
	// Not on the paper printed from this page.
	await page.emulateMedia({ media: 'print' });
	await expect(notice).toBeHidden();
	await page.emulateMedia({ media: 'screen' });
	await notice.getByRole('link', { name: '内容状态与版本记录' }).click();
	await expect(page).toHaveURL(new RegExp(`/status/#edition-${dataLoss.id}$`));
	await expect(page.getByRole('heading', { name: dataLoss.data.title })).toBeInViewport();

	await page.goto(`/checklists/${dataLoss.id}/?edition=${dataLoss.edition}`);
	await expect(notice).toContainText(`您手上的是 ${dataLoss.edition} 版，就是当前版本`);
	await expect(notice.getByRole('link')).toBeHidden();

	// Opened from the site rather than from paper: nothing to say.
	await page.goto(`/checklists/${dataLoss.id}/`);
	await expect(notice).toBeHidden();
});

test('the paper kit carries its own edition and code, besides each sheet’s', async ({ page }) => {
	const edition = printedEdition(PRINTED_SOURCES.emergencyKit);
	const expected = `${site}/emergency-kit/?edition=${edition}`;
	await page.goto(`/emergency-kit/?edition=${dayBefore(edition)}`);
	await expect(page.locator('printed-edition')).toContainText(`当前为 ${edition} 版`);
	await page.emulateMedia({ media: 'print' });
	const cover = await printedCode(page, '.kit-cover');
	expect(cover.url).toBe(expected);
	expect(cover.modules).toEqual(expectedModules(expected));
	// Each sheet in the kit points to its own checklist, as the single sheet does.
	await expect(page.locator('.kit-item .printed-edition-code')).toHaveCount(await page.locator('.kit-item').count());
});
