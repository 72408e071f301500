import { expect, test, type Locator, type Page } from '@playwright/test';
import { checklistPath } from '../../src/domain/routes.ts';
import { checklist } from '../support/manual.ts';

/**
 * A run walked with the keyboard alone, as a screen-reader or keyboard user does it: Tab to each
 * control, Enter or Space to act, never a click. After every action focus must stay where the
 * user is working (never dropped to <body>, which sends them back to the top of the page).
 */
const systemFailure = checklist('system-failure');
const [first, second] = systemFailure.runSteps();
const optional = systemFailure.runSteps().find((step) => !step.critical && step !== first && step !== second);
if (!first || !second || !optional) throw new Error('system-failure needs two steps and a non-critical third for this test');
const NOW = new Date('2026-12-15T16:40:00+08:00');

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
test.beforeEach(async ({ context }) => {
	await context.clock.install({ time: NOW });
});

const row = (page: Page, id: string) => page.locator(`.checklist li.step[data-step="${id}"]`);
const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement);
const focusLost = (page: Page) => page.evaluate(() => !document.activeElement || document.activeElement === document.body);

/** Presses Tab until `target` has focus; fails if focus ever falls to <body> on the way. */
async function tabTo(page: Page, target: Locator, limit = 400): Promise<void> {
	await expect(target).toBeVisible();
	for (let presses = 0; presses < limit; presses++) {
		if (await isFocused(target)) return;
		await page.keyboard.press('Tab');
		if (presses > 0) expect(await focusLost(page), 'focus fell to <body> while tabbing').toBe(false);
	}
	throw new Error(`Tab never reached ${target.toString()}`);
}

/** Focus after an action: still inside `scope` (the row or panel the user acted on). */
async function expectFocusWithin(scope: Locator): Promise<void> {
	await expect.poll(() => scope.evaluate((element) => element.contains(document.activeElement))).toBe(true);
}

test('a run walked with the keyboard alone: start, tick, note, not applicable and back, export', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 360, height: 780 });
	await page.goto(checklistPath(systemFailure.id));

	// Start.
	await tabTo(page, page.getByRole('button', { name: '开始执行' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: '运行中' })).toBeVisible();
	expect(await focusLost(page)).toBe(false);

	// Tick the first step with Space: it is done and focus stays on its box.
	const box = page.getByRole('checkbox', { name: first.text });
	await tabTo(page, box);
	await page.keyboard.press('Space');
	await expect(box).toBeChecked();
	await expect(row(page, first.id)).toContainText('完成');
	expect(await isFocused(box)).toBe(true);

	// A note on the second step, saved with Enter: it shows, and focus stays in that step.
	const noteRow = row(page, second.id);
	await tabTo(page, noteRow.getByText('添加备注', { exact: true }));
	await page.keyboard.press('Enter');
	await tabTo(page, noteRow.getByRole('textbox', { name: `“${second.text}”的备注` }));
	await page.keyboard.type('打了两次电话，无人接听');
	await page.keyboard.press('Enter');
	await expect(noteRow).toContainText('打了两次电话，无人接听');
	await expectFocusWithin(noteRow);

	// Not applicable, with its reason: marked, and focus stays in that step.
	const naRow = row(page, optional.id);
	await tabTo(page, naRow.getByText('不适用', { exact: true }));
	await page.keyboard.press('Enter');
	await tabTo(page, naRow.getByRole('textbox', { name: `“${optional.text}”不适用的理由` }));
	await page.keyboard.type('本次没有外部厂商');
	await tabTo(page, naRow.getByRole('button', { name: '标为不适用' }));
	await page.keyboard.press('Enter');
	await expect(naRow).toContainText('不适用：本次没有外部厂商');
	await expectFocusWithin(naRow);
	// Undone again from the 恢复适用 button that took the form's place.
	expect(await isFocused(naRow.getByRole('button', { name: '恢复适用' }))).toBe(true);
	await page.keyboard.press('Enter');
	await expect(naRow).not.toContainText('不适用：');
	await expectFocusWithin(naRow);

	// Export the record with Enter.
	const download = page.waitForEvent('download');
	await tabTo(page, page.getByRole('button', { name: '导出 JSON' }));
	await page.keyboard.press('Enter');
	expect((await download).suggestedFilename()).toMatch(/\.json$/);
	expect(await focusLost(page)).toBe(false);
});
