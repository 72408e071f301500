import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { checklistPath } from '../../src/domain/routes.ts';
import { checklist } from '../support/manual.ts';

/**
 * The start form says the title and the reporter can be left empty and filled in later (稍后再补):
 * after the start they are fields of the run, each change an event in the record, shown in the
 * history, the export and the print, and carried to another tab like any other event.
 */
const systemFailure = checklist('system-failure');
const NOW = new Date('2026-12-15T16:40:00+08:00');

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
test.beforeEach(async ({ context }) => {
	await context.clock.install({ time: NOW });
});

const bar = (page: Page) => page.getByRole('status').filter({ hasText: '运行中' });
const controls = (page: Page) => page.locator('.run-controls');

test('title and reporter filled in after the start are kept, recorded, exported, printed and seen by another tab', async ({
	page,
	context,
}) => {
	await page.goto(checklistPath(systemFailure.id));
	await expect(page.getByText('以下内容可以留空，稍后再补')).toBeVisible();
	await page.getByLabel('我的姓名（记录为操作人）').fill('张三');
	await page.getByRole('button', { name: '开始执行' }).click();
	await expect(bar(page)).toBeVisible();
	await expect(page).toHaveURL(/\?run=/);
	await expect(bar(page).getByRole('heading')).toHaveText('运行中');

	// Ten minutes in, the title and the reporter are known.
	await page.clock.fastForward(10 * 60_000);
	await controls(page).getByLabel('事件标题').fill('财务软件无法登录');
	await controls(page).getByLabel('事件标题').press('Enter');
	await expect(bar(page).getByRole('heading')).toHaveText('运行中：财务软件无法登录');
	await controls(page).getByLabel('报告人').fill('前台王五');
	await controls(page).getByLabel('报告人').blur();
	await expect(bar(page)).toContainText('报告人 前台王五');

	// Another tab sees both and corrects the title; this tab follows.
	const other = await context.newPage();
	await other.goto(page.url());
	await expect(bar(other).getByRole('heading')).toHaveText('运行中：财务软件无法登录');
	await expect(controls(other).getByLabel('报告人')).toHaveValue('前台王五');
	await controls(other).getByLabel('事件标题').fill('财务软件与网盘都无法登录');
	await controls(other).getByLabel('事件标题').blur();
	await expect(bar(page).getByRole('heading')).toHaveText('运行中：财务软件与网盘都无法登录');
	await expect(controls(page).getByLabel('事件标题')).toHaveValue('财务软件与网盘都无法登录');

	await page.reload();
	await expect(bar(page).getByRole('heading')).toHaveText('运行中：财务软件与网盘都无法登录');
	await page.getByText(/操作历史/).click();
	const history = page.locator('.run-history li');
	await expect(history.filter({ hasText: '16:50 事件标题改为“财务软件无法登录” — 张三' })).toHaveCount(1);
	await expect(history.filter({ hasText: '报告人改为 前台王五 — 张三' })).toHaveCount(1);
	await expect(history.filter({ hasText: '事件标题改为“财务软件与网盘都无法登录”' })).toHaveCount(1);

	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Markdown' }).click()]);
	const markdown = readFileSync((await file.path())!, 'utf8');
	expect(markdown).toContain(`# ${systemFailure.data.title}：财务软件与网盘都无法登录`);
	expect(markdown).toContain('- 报告人：前台王五');
	const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 JSON' }).click()]);
	const exported = JSON.parse(readFileSync((await json.path())!, 'utf8'));
	expect(exported.summary.title).toBe('财务软件与网盘都无法登录');
	expect(exported.summary.reportedBy).toBe('前台王五');
	expect(exported.events.filter((event: { type: string }) => event.type === 'title')).toHaveLength(2);

	await page.emulateMedia({ media: 'print' });
	await expect(bar(page).getByRole('heading')).toHaveText('运行中：财务软件与网盘都无法登录');
	await expect(page.locator('.run-print-facts')).toContainText('报告人 前台王五');
	await expect(controls(page)).toBeHidden();

	// Clearing is a change too: the title goes, the record says so.
	await page.emulateMedia({ media: 'screen' });
	await controls(page).getByLabel('事件标题').fill('');
	await controls(page).getByLabel('事件标题').blur();
	await expect(bar(page).getByRole('heading')).toHaveText('运行中');
	await expect(history.filter({ hasText: '清空事件标题 — 张三' })).toHaveCount(1);
});
