import { expect, test } from '@playwright/test';
import { contactsFor } from '../../src/domain/incidents.ts';
import { checklist, manual } from '../support/manual.ts';

/** Pages in a PDF produced by Chromium (each page object is "/Type /Page"). */
function pdfPages(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

test('every checklist of up to 20 steps prints on one A4 page', async ({ page }) => {
	// One PDF per checklist: about a second each.
	test.setTimeout(180_000);
	await page.goto('/checklists/');
	const paths = await page.locator('.checklist-index a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
	let measured = 0;
	for (const path of paths) {
		await page.goto(path);
		const steps = await page.locator('.checklist .step').count();
		if (steps > 20) continue;
		measured++;
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdfPages(pdf), `${path}（${steps} 步）`).toBe(1);
	}
	expect(measured).toBeGreaterThan(10);
});

test('a printed checklist has a box, time and initials per step, its edition and URL, and no site chrome', async ({ page }) => {
	await page.goto('/checklists/data-loss/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('header.header')).toBeHidden();
	await expect(page.locator('#starlight__sidebar')).toBeHidden();
	await expect(page.locator('.run-panel')).toBeHidden();
	const header = page.locator('.print-header');
	await expect(header).toBeVisible();
	await expect(header).toContainText(`版本 ${checklist('data-loss').edition}`);
	await expect(header).toContainText('/checklists/data-loss/');
	const first = page.locator('.checklist .step').first();
	await expect(first.locator('.step-box')).toBeVisible();
	await expect(first.locator('.step-sign')).toContainText('时间');
	await expect(first.locator('.step-sign')).toContainText('签名');
});

test('the emergency kit prints every incident checklist, each from a new page', async ({ page }) => {
	await page.goto('/emergency-kit/');
	const items = page.locator('.kit-item');
	expect(await items.count()).toBeGreaterThanOrEqual(11);
	await page.emulateMedia({ media: 'print' });
	const breaks = await items.evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
	expect(new Set(breaks)).toEqual(new Set(['page']));
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdfPages(pdf)).toBeGreaterThanOrEqual((await items.count()) + 1);
	// Paper copies carry no run controls.
	await expect(page.getByRole('button', { name: '开始执行' })).toHaveCount(0);
});

test('an incident checklist shows its contacts near its top, on screen and on the printed sheet', async ({ page }) => {
	const { category } = checklist('cyber-data-leak').data;
	const contacts = contactsFor(manual.organisation!.data.contacts, [category!]);
	const withNumber = contacts.find((contact) => contact.external && /^\d+$/.test(contact.phone))!;
	const withWeb = contacts.find((contact) => contact.web)!;
	for (const media of ['screen', 'print'] as const) {
		await page.emulateMedia({ media });
		await page.goto('/checklists/cyber-data-leak/');
		const block = page.getByRole('region', { name: '应急联系人' });
		await expect(block).toBeVisible();
		// Above the levels and the first step: the numbers come before the work.
		const blockTop = (await block.boundingBox())!.y;
		expect(blockTop, media).toBeLessThan((await page.locator('.checklist .step').first().boundingBox())!.y);
		expect(blockTop, media).toBeLessThan((await page.locator('.severities').boundingBox())!.y);
		await expect(block.locator(`a[href="tel:${withNumber.phone}"]`)).toBeVisible();
		// On screen the web channel is a link; on paper the line is kept to the number.
		if (media === 'screen') await expect(block.getByRole('link', { name: withWeb.web! })).toBeVisible();
	}
});
