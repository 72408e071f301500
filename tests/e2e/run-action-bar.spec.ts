import { expect, test, type Page } from '@playwright/test';
import { checklistPath } from '../../src/domain/routes.ts';
import { checklist, literally } from '../support/manual.ts';

/**
 * On a phone (360 px wide) the run's status and the three actions that matter (交给他人, 复制摘要,
 * 结束运行) stay on screen while the steps scroll, in one row of equal buttons with 结束运行 set
 * apart as the decisive one; the progress bar is a bar, not a loading animation, before any step
 * is done. The incident starts at 02:10 in Shanghai, as incidents do.
 */
const systemFailure = checklist('system-failure');
const steps = systemFailure.runSteps();
const last = steps.at(-1)!;
const NOW = new Date('2026-12-15T02:10:00+08:00');

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN', viewport: { width: 360, height: 740 } });

const bar = (page: Page) => page.getByRole('group', { name: '运行操作' });
const inViewport = async (page: Page, selector: string) =>
	page.locator(selector).evaluate((element) => {
		const box = element.getBoundingClientRect();
		return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
	});

test('at 360 px the status and the three actions stay on screen while the steps scroll', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.clock.install({ time: NOW });
	await page.goto(checklistPath(systemFailure.id));
	await page.getByRole('button', { name: '开始执行' }).click();
	const status = page.getByRole('status').filter({ hasText: '运行中' });
	await expect(status).toContainText(`完成 0/${steps.length}`);
	// Nothing done yet: a determinate bar at zero, not the indeterminate (animated) one.
	const progress = page.getByRole('progressbar', { name: '完成进度' });
	await expect(progress).toHaveAttribute('value', '0');
	expect(await progress.evaluate((element) => element.matches(':indeterminate'))).toBe(false);

	const buttons = bar(page).getByRole('button');
	await expect(buttons).toHaveText(['交给他人', '复制摘要', '结束运行']);
	// One row of equal buttons, each a finger high; the decisive one looks it.
	const boxes = await Promise.all([0, 1, 2].map(async (i) => (await buttons.nth(i).boundingBox())!));
	expect(new Set(boxes.map((box) => Math.round(box.height))).size).toBe(1);
	expect(new Set(boxes.map((box) => Math.round(box.y))).size).toBe(1);
	expect(boxes[0]!.height).toBeGreaterThanOrEqual(44);
	expect(boxes[2]!.x + boxes[2]!.width).toBeLessThanOrEqual(360);
	const fill = (i: number) => buttons.nth(i).evaluate((element) => getComputedStyle(element).backgroundColor);
	expect(await fill(2)).not.toBe(await fill(0));

	// Scrolled to the last step (thousands of pixels down), the bar is still on screen and works.
	const lastRow = page.locator(`li.step[data-step="${last.id}"]`);
	await lastRow.scrollIntoViewIfNeeded();
	expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(2_000);
	expect(await inViewport(page, '.run-sticky')).toBe(true);
	await expect(status).toBeInViewport();
	// The step itself is not hidden under the bar.
	await expect(page.getByRole('checkbox', { name: literally(last.text) })).toBeInViewport();
	await page.getByRole('checkbox', { name: literally(last.text) }).check();
	await expect(status).toContainText(`完成 1/${steps.length}`);
	await bar(page).getByRole('button', { name: '复制摘要' }).click();
	await expect(bar(page).getByRole('status')).toHaveText('已复制，可以粘贴到聊天软件');
	// The summary counts what is done and lists what is still open: the ticked step is no longer among them.
	const summary = await page.evaluate(() => navigator.clipboard.readText());
	expect(summary).toContain(`完成 1，`);
	expect(summary).not.toContain(`- ${last.text}（`);

	// Keyboard focus on a step above lands below the bar, not under it.
	await page.getByRole('checkbox', { name: literally(steps[3]!.text) }).focus();
	const [focused, sticky] = await Promise.all([
		page.getByRole('checkbox', { name: literally(steps[3]!.text) }).boundingBox(),
		page.locator('.run-sticky').boundingBox(),
	]);
	expect(focused!.y).toBeGreaterThanOrEqual(sticky!.y + sticky!.height);

	page.once('dialog', (dialog) => void dialog.accept());
	await bar(page).getByRole('button', { name: '结束运行' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已结束' })).toBeInViewport();
	await expect(bar(page).getByRole('button', { name: '重新打开' })).toBeVisible();
});
