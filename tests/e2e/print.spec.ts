import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { contactsFor } from '../../src/domain/incidents.ts';
import { sheetLayout } from '../../src/domain/printed-sheet.ts';
import { pdfPageLines } from '../support/pdf.ts';
import { checklist, manual } from '../support/manual.ts';

/** Pages in a PDF produced by Chromium (each page object is "/Type /Page"). */
function pdfPages(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

test('every routine checklist prints on one A4 page', async ({ page }) => {
	// One PDF per checklist: about a second each.
	test.setTimeout(180_000);
	let measured = 0;
	for (const entry of manual.checklists.filter((candidate) => candidate.data.kind !== 'incident')) {
		await page.goto(`/checklists/${entry.id}/`);
		measured++;
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdfPages(pdf), entry.id).toBe(1);
	}
	expect(measured).toBeGreaterThan(10);
});

/**
 * Every incident checklist on paper: the details it marks `printDetail` (the rules and numbers the
 * night needs) are printed, at 8 pt or more, and the sheet takes the pages the content check
 * estimated: one, or two whose second starts with a line saying it continues which checklist.
 */
test('every incident checklist prints its marked details at 8 pt, on one A4 page or two with the second headed', async ({ page }) => {
	test.setTimeout(180_000);
	const roles = new Map(manual.roles!.data.map((role) => [role.id, role.name]));
	const incidents = manual.checklists.filter((entry) => entry.data.kind === 'incident');
	const counts: string[] = [];
	for (const entry of incidents) {
		const layout = sheetLayout(entry.data, (id) => roles.get(id) ?? id);
		const marked = entry.data.phases.flatMap((phase) => phase.steps.filter((step) => step.printDetail && step.detail));
		expect(marked.length, `${entry.id} marks no detail for paper`).toBeGreaterThan(0);
		await page.goto(`/checklists/${entry.id}/`);
		await page.emulateMedia({ media: 'print' });
		const sizes = await page
			.locator('.checklist .step-detail-print')
			.evaluateAll((details) => details.map((d) => parseFloat(getComputedStyle(d).fontSize)));
		expect(sizes).toHaveLength(marked.length);
		// 8 pt is 10.67 CSS pixels.
		for (const size of sizes) expect(size, entry.id).toBeGreaterThanOrEqual((8 * 96) / 72 - 0.01);
		const file = test.info().outputPath(`${entry.id}.pdf`);
		writeFileSync(file, await page.pdf({ format: 'A4' }));
		const pages = pdfPageLines(file);
		counts.push(`${entry.id}: ${pages.length}`);
		expect(pages.length, `${entry.id}: the content check estimated ${layout.pages}`).toBe(layout.pages);
		expect(pages.length, entry.id).toBeLessThanOrEqual(2);
		const text = pages.map((lines) => lines.join('').replace(/\s+/g, '')).join('');
		for (const step of marked) expect(text, `${entry.id}: ${step.id}`).toContain(step.detail!.replace(/\s+/g, ''));
		// Unmarked details stay off the sheet.
		const unmarked = entry.data.phases.flatMap((phase) => phase.steps.filter((step) => !step.printDetail && step.detail));
		for (const step of unmarked) expect(text, `${entry.id}: ${step.id}`).not.toContain(step.detail!.replace(/\s+/g, ''));
		if (pages.length === 2) {
			expect(pages[1]![0], entry.id).toBe(`《${entry.data.title}》续页 · 第 2 页，共 2 页`);
			// The step the estimate put first on page 2 is there, not on page 1.
			const first = layout.continuedBefore!;
			const step = entry.data.phases[first.phase]!.steps[first.index]!;
			expect(pages[1]!.join(''), entry.id).toContain(step.text);
			expect(pages[0]!.join(''), entry.id).not.toContain(step.text);
		}
	}
	test.info().annotations.push({ type: 'pages', description: counts.join(', ') });
	console.log(`Printed pages of the incident checklists: ${counts.join(', ')}`);
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
