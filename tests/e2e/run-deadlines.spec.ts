import { expect, test, type Page } from '@playwright/test';
import { checklistPath } from '../../src/domain/routes.ts';
import { checklist, literally } from '../support/manual.ts';

/**
 * True deadlines: a date when the deadline is not today, and legal clocks that count from the
 * discovery, shown in a persistent 法定时限 bar. The reader is in Shanghai; the clock is fixed at
 * 16:40 on 15 December 2026.
 */
const NOW = new Date('2026-12-15T16:40:00+08:00');
test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
test.beforeEach(async ({ context }) => {
	await context.clock.install({ time: NOW });
});

const running = (page: Page) => page.getByRole('status').filter({ hasText: '运行中' });
const row = (page: Page, id: string) => page.locator(`.checklist li.step[data-step="${id}"]`);

test('a deadline three days or eight hours away shows its date, not only the hour', async ({ page }) => {
	const systemFailure = checklist('system-failure');
	const steps = systemFailure.runSteps();
	const threeDays = steps.find((step) => step.dueMinutes === 3 * 24 * 60);
	const eightHours = steps.find((step) => step.dueMinutes === 8 * 60);
	if (!threeDays || !eightHours) throw new Error('system-failure needs a 3-day and an 8-hour step for this test');
	await page.goto(checklistPath(systemFailure.id));
	await page.getByRole('button', { name: '开始执行' }).click();
	await expect(running(page)).toBeVisible();
	await expect(row(page, threeDays.id)).toContainText('截止 12月18日 16:40（3 天后）');
	await expect(row(page, eightHours.id)).toContainText('截止 12月16日 00:40（明天）');
	await expect(row(page, steps[0]!.id)).toContainText(/截止 \d\d:\d\d(?!（)/);
});

test('the 网信 report counts down from the discovery in the 法定时限 bar, whatever step is next', async ({ page }) => {
	const cyber = checklist('cyber-data-leak');
	const legal = cyber.runSteps().filter((step) => step.statutory);
	const [report] = legal;
	if (!report || report.from !== 'discovery') throw new Error('cyber-data-leak needs a discovery-anchored statutory step');
	await page.goto(checklistPath(cyber.id));
	// Discovered an hour before the checklist was opened.
	await page.getByLabel('发现时间').fill('2026-12-15T15:40');
	await page.getByRole('button', { name: '开始执行' }).click();
	await expect(running(page)).toContainText('12月15日 15:40 发现');

	const bar = page.getByRole('region', { name: '法定时限' });
	const item = bar.getByRole('listitem').filter({ hasText: report.text });
	await expect(item).toContainText(`《${report.statutory!.law}》`);
	await expect(item).toContainText('截止 19:40（发现起算）');
	await expect(item).toContainText('还剩 3 小时 0 分');
	await expect(page.getByRole('region', { name: '下一步' })).not.toContainText(report.text);
	// The step's own row counts from the discovery too.
	await expect(row(page, report.id)).toContainText('截止 19:40');

	await page.clock.runFor(3 * 60 * 60_000 + 30 * 60_000);
	await expect(item).toContainText('已超时 30 分钟');

	// The discovery time is corrected later: the legal clock moves with it, and the change is in the record.
	await page.getByLabel('发现时间').fill('2026-12-15T17:00');
	await expect(item).toContainText('截止 21:00（发现起算）');
	await page.getByText(/操作历史/).click();
	await expect(page.locator('.run-history li').filter({ hasText: '发现时间记为 12月15日 17:00' })).toHaveCount(1);

	await page.reload();
	await expect(page.getByRole('region', { name: '法定时限' }).getByRole('listitem').filter({ hasText: report.text })).toContainText(
		'截止 21:00',
	);
	await expect(row(page, report.id).locator('.step-meta')).toContainText(literally('发现后 4 小时内'));
});
