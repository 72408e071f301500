import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { checklistPath } from '../../src/domain/routes.ts';
import { checklist } from '../support/manual.ts';

/**
 * 不适用 with a reason: a step that does not fit this incident is set aside on the record, is not
 * overdue, is not counted as open when finishing, and shows in the printed and exported record.
 * A critical step needs the incident lead's decision.
 */
const systemFailure = checklist('system-failure');
const steps = systemFailure.runSteps();
const optional = steps.find((step) => !step.critical);
const critical = steps.find((step) => step.critical);
if (!optional || !critical) throw new Error('system-failure needs a critical and a non-critical step for this test');
const NOW = new Date('2026-12-15T16:40:00+08:00');

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
test.beforeEach(async ({ context }) => {
	await context.clock.install({ time: NOW });
});

const row = (page: Page, id: string) => page.locator(`.checklist li.step[data-step="${id}"]`);
const bar = (page: Page) => page.getByRole('status').filter({ hasText: '运行中' });

test('a step marked not applicable is kept out of overdue and open counts, and shows in print and export', async ({ page }) => {
	await page.goto(checklistPath(systemFailure.id));
	await page.getByRole('button', { name: '开始执行' }).click();
	await expect(bar(page)).toBeVisible();

	// 恢复适用 shows only on a step set aside.
	await expect(row(page, optional.id).getByRole('button', { name: '恢复适用' })).toBeHidden();
	await row(page, optional.id).getByText('不适用', { exact: true }).click();
	await row(page, optional.id).getByLabel(`“${optional.text}”不适用的理由`).fill('误发邮件，没有受感染设备');
	await row(page, optional.id).getByRole('button', { name: '标为不适用' }).click();
	await expect(row(page, optional.id)).toContainText('不适用：误发邮件，没有受感染设备');
	await expect(row(page, optional.id).getByRole('button', { name: '恢复适用' })).toBeVisible();
	await expect(row(page, optional.id).getByRole('button', { name: '标为不适用' })).toBeHidden();
	await expect(bar(page)).toContainText('不适用 1');

	// A critical step: the reason alone is not enough.
	await row(page, critical.id).getByText('不适用', { exact: true }).click();
	await row(page, critical.id).getByLabel(`“${critical.text}”不适用的理由`).fill('已由总部处理');
	await row(page, critical.id).getByRole('button', { name: '标为不适用' }).click();
	await expect(row(page, critical.id)).not.toContainText('不适用：');
	await row(page, critical.id).getByLabel('这是关键步骤：由应急负责人决定不适用').check();
	await row(page, critical.id).getByRole('button', { name: '标为不适用' }).click();
	await expect(row(page, critical.id)).toContainText('不适用：已由总部处理');

	// Every deadline passes: the two set-aside steps are not overdue, the others are.
	await page.clock.fastForward(31 * 24 * 60 * 60_000);
	await expect(row(page, optional.id)).not.toHaveClass(/overdue/);
	await expect(row(page, critical.id)).not.toHaveClass(/overdue/);
	const overdueRows = await page.locator('li.step.overdue:visible').count();
	await expect(bar(page)).toContainText(`${overdueRows} 步已超时`);
	expect(overdueRows).toBe(steps.length - 2);

	let message = '';
	page.once('dialog', (dialog) => {
		message = dialog.message();
		void dialog.dismiss();
	});
	await page.getByRole('button', { name: '结束运行' }).click();
	await expect.poll(() => message).toContain(`还有 ${steps.length - 2} 步未完成`);

	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Markdown' }).click()]);
	const markdown = readFileSync((await file.path())!, 'utf8');
	expect(markdown).toContain(`| — 不适用 | ${optional.text}`);
	expect(markdown).toContain('不适用理由：误发邮件，没有受感染设备');
	expect(markdown).toContain('应急负责人决定');

	await page.emulateMedia({ media: 'print' });
	await expect(row(page, optional.id)).toContainText('不适用：误发邮件，没有受感染设备');
	await expect(row(page, optional.id).getByRole('button', { name: '标为不适用' })).toBeHidden();

	// Reloaded, the marks are still there; 恢复适用 puts the step back.
	await page.emulateMedia({ media: 'screen' });
	await page.reload();
	await expect(row(page, optional.id)).toContainText('不适用：误发邮件，没有受感染设备');
	await row(page, optional.id).getByRole('button', { name: '恢复适用' }).click();
	await expect(row(page, optional.id)).not.toContainText('不适用：');
	await expect(row(page, optional.id)).toHaveClass(/overdue/);
});
