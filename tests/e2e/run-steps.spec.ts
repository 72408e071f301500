import { expect, test, type Page } from '@playwright/test';
import { checklistPath } from '../../src/domain/routes.ts';
import { checklist, literally } from '../support/manual.ts';

/**
 * One rendering of a step: the run upgrades the page's own step rows in place, so nothing a
 * person is doing in a row (a note half typed, an opened <details>, focus) is lost when the run
 * changes under it. Each of these failed while the runner redrew its own list on every event.
 */
const systemFailure = checklist('system-failure');
const CHECKLIST = checklistPath(systemFailure.id);
const [first, second, third] = systemFailure.runSteps();
if (!first || !second || !third) throw new Error(`${systemFailure.id} needs three steps for these tests`);
const NOW = new Date('2026-12-15T16:40:00+08:00');

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
test.beforeEach(async ({ context }) => {
	await context.clock.install({ time: NOW });
});

const running = (page: Page) => page.getByRole('status').filter({ hasText: '运行中' });
const stepBox = (page: Page, text: string) => page.getByRole('checkbox', { name: literally(text) });
const row = (page: Page, id: string) => page.locator(`.checklist li.step[data-step="${id}"]`);
const noteField = (page: Page, text: string) => page.getByRole('textbox', { name: `“${text}”的备注` });

async function startRun(page: Page) {
	await page.goto(CHECKLIST);
	await page.getByRole('button', { name: '开始执行' }).click();
	await expect(running(page)).toBeVisible();
	// The address names the run once the device holds it.
	await expect(page).toHaveURL(/\?run=/);
}

test('the run is the page’s own step list: the checkbox sits in the served row, no second list', async ({ page }) => {
	await startRun(page);
	await expect(row(page, first.id).getByRole('checkbox')).toHaveCount(1);
	await expect(page.locator('li[data-step]:visible')).toHaveCount(systemFailure.runSteps().length);
	// The step's text is shown once in the list (the READ-DO card above it points at the next step).
	await expect(page.locator('.phases').getByText(first.text, { exact: true })).toHaveCount(1);
});

test('a typed note survives ticking its own step and another', async ({ page }) => {
	await startRun(page);
	await row(page, second.id).getByText('添加备注').click();
	await noteField(page, second.text).fill('已电话通知财务经理');
	await stepBox(page, first.text).check();
	await stepBox(page, second.text).check();
	await expect(noteField(page, second.text)).toHaveValue('已电话通知财务经理');
	await noteField(page, second.text).press('Enter');
	await expect(row(page, second.id)).toContainText('备注：已电话通知财务经理');
	// Saving a note leaves focus in the field, not on <body>.
	await expect(noteField(page, second.text)).toBeFocused();
	await expect(noteField(page, second.text)).toHaveValue('');
});

test('a draft note, an opened details and focus survive another tab’s write and the 20-second refresh', async ({ page, context }) => {
	await startRun(page);
	const other = await context.newPage();
	await other.goto(page.url());
	await expect(running(other)).toBeVisible();

	await row(page, third.id).getByText('说明与记录要求').click();
	await row(page, second.id).getByText('添加备注').click();
	await noteField(page, second.text).fill('等待供应商回电');
	await stepBox(other, first.text).check();
	await expect(stepBox(page, first.text)).toBeChecked();
	await expect(noteField(page, second.text)).toHaveValue('等待供应商回电');
	await expect(noteField(page, second.text)).toBeFocused();
	await expect(row(page, third.id).locator('details.run-details')).toHaveAttribute('open', '');

	// Focus leaves the field; the periodic refresh must not wipe it either.
	await page.locator('h1').click();
	await page.clock.runFor(25_000);
	await expect(noteField(page, second.text)).toHaveValue('等待供应商回电');
	await expect(row(page, third.id).locator('details.run-details')).toHaveAttribute('open', '');

	// A reload keeps the draft too (this tab's session).
	await page.reload();
	await expect(noteField(page, second.text)).toHaveValue('等待供应商回电');
});

test.describe('on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('a pasted long link in a note does not widen the page', async ({ page }) => {
		await startRun(page);
		await row(page, first.id).getByText('添加备注').click();
		await noteField(page, first.text).fill(`https://example.cn/${'a'.repeat(200)}?ticket=${'9'.repeat(60)}`);
		await noteField(page, first.text).press('Enter');
		await expect(row(page, first.id)).toContainText('备注：https://example.cn/');
		await page.getByText(/操作历史/).click();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	});
});

test('without JavaScript the served checklist is complete, its steps have no run controls, and the start form says why', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(CHECKLIST);
	await expect(row(page, first.id)).toContainText(first.text);
	if (first.detail) await expect(row(page, first.id)).toContainText(first.detail);
	await expect(page.locator('.phases').getByRole('checkbox')).toHaveCount(0);
	// The start form is served with the page (so the runner's upgrade moves nothing); without a script it says so.
	// (Playwright turns scripts off without telling the HTML parser, which then never shows <noscript>: read its markup.)
	expect(await page.locator('.run-start noscript').evaluate((element) => element.innerHTML)).toContain(
		'在网页上执行清单需要启用 JavaScript',
	);
	await context.close();
});
