import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { checklistPath, RUN_HISTORY_PAGE } from '../../src/domain/routes.ts';
import { checklist, literally } from '../support/manual.ts';

/**
 * The device's run history: every run on this device, unfinished and finished, drills marked;
 * export of all, import, and delete after a confirmation. The home page still lists only the
 * unfinished ones. The reader is in Shanghai; the drill starts at 16:40.
 */
const drillList = checklist('system-failure');
const incident = checklist('cyber-data-leak');
const NOW = new Date('2026-12-15T16:40:00+08:00');

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

const running = (page: Page) => page.getByRole('status').filter({ hasText: '运行中' });
const stored = (page: Page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
const entry = (page: Page, title: string) =>
	page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

test('the run history lists finished drills and unfinished runs; runs are exported, deleted after confirming, and imported back', async ({
	page,
}) => {
	await page.clock.install({ time: NOW });
	// A drill, finished 25 minutes later.
	await page.goto(checklistPath(drillList.id));
	await page.getByLabel('事件标题').fill('季度演练');
	await page.getByLabel('这是演练').check();
	await page.getByRole('button', { name: '开始执行' }).click();
	await expect(running(page)).toBeVisible();
	await page.clock.fastForward('25:00');
	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByRole('button', { name: '结束运行' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已结束' })).toBeVisible();
	// A real incident, still running.
	await page.goto(checklistPath(incident.id));
	await page.getByLabel('事件标题').fill('客户资料外发');
	await page.getByRole('button', { name: '开始执行' }).click();
	await expect(running(page)).toBeVisible();

	// Home lists only the unfinished run, and leads to the whole history.
	await page.goto('/');
	const unfinished = page.locator('unfinished-runs');
	await expect(unfinished.getByRole('link', { name: new RegExp(literally(incident.data.title).source) })).toBeVisible();
	await expect(unfinished.getByRole('link', { name: new RegExp(literally(drillList.data.title).source) })).toHaveCount(0);
	await unfinished.getByRole('link', { name: /本设备上的全部运行记录/ }).click();
	await expect(page).toHaveURL(RUN_HISTORY_PAGE);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('本设备上的运行记录');

	await expect(page.getByRole('heading', { name: /运行记录 共 2 条/ })).toBeVisible();
	const open = entry(page, incident.data.title);
	await expect(open).toContainText('进行中');
	await expect(open).toContainText('客户资料外发');
	await expect(open).toContainText('开始2026年12月15日 17:05');
	await expect(open).toContainText('结束尚未结束');
	await expect(open).not.toContainText('演练');
	const drill = entry(page, drillList.data.title);
	await expect(drill).toContainText('演练');
	await expect(drill).toContainText('已结束');
	await expect(drill).toContainText('开始2026年12月15日 16:40');
	await expect(drill).toContainText('结束2026年12月15日 17:05');
	await expect(drill).toContainText('用时25 分钟');
	// Newest first.
	await expect(page.getByRole('listitem').getByRole('heading', { level: 3 })).toHaveText([incident.data.title, drillList.data.title]);

	// Export of all: one file, named by the local time.
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出全部（JSON）' }).click()]);
	expect(download.suggestedFilename()).toBe('runs-20261215-1705.json');
	const file = { name: download.suggestedFilename(), mimeType: 'application/json', buffer: readFileSync((await download.path())!) };
	expect((JSON.parse(file.buffer.toString('utf8')) as { runs: unknown[] }).runs).toHaveLength(2);
	await expect(page.getByRole('status').filter({ hasText: '已导出 2 条运行记录' })).toBeVisible();

	// Delete asks first, from the keyboard; cancelling keeps the run.
	const before = await stored(page);
	await drill.getByRole('button', { name: /^删除/ }).focus();
	await page.keyboard.press('Enter');
	const confirmation = page.getByRole('group', { name: /确认删除/ });
	await expect(confirmation).toContainText('删除后无法恢复');
	await expect(confirmation.getByRole('button', { name: '取消' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(confirmation).toHaveCount(0);
	await expect(drill.getByRole('button', { name: /^删除/ })).toBeFocused();
	expect(await stored(page)).toBe(before);
	await page.keyboard.press('Enter');
	await confirmation.getByRole('button', { name: '确定删除' }).click();
	await expect(page.getByRole('status').filter({ hasText: `已删除：${drillList.data.title} · 季度演练` })).toBeVisible();
	await expect(entry(page, drillList.data.title)).toHaveCount(0);
	await expect(page.getByRole('heading', { name: /运行记录 共 1 条/ })).toBeFocused();
	// Gone from the device, not only from the list.
	await page.reload();
	await expect(entry(page, drillList.data.title)).toHaveCount(0);
	await expect(entry(page, incident.data.title)).toBeVisible();

	// A bad file is refused and changes nothing; the export brings the deleted drill back, once.
	const input = page.getByLabel('导入运行记录文件（JSON）');
	const status = page.locator('.run-import-status');
	const kept = await stored(page);
	await input.setInputFiles({
		name: 'runs.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"format":"manual-runs","runs":[{"version":7}]}'),
	});
	await expect(status).toHaveText(/文件中的第 1 条记录的格式版本为 7.*本设备上的记录没有改动/);
	expect(await stored(page)).toBe(kept);
	await input.setInputFiles(file);
	await expect(status).toHaveText(/新导入 1 条运行记录。$/);
	await expect(entry(page, drillList.data.title)).toContainText('演练');
	const imported = await stored(page);
	await input.setInputFiles(file);
	await expect(status).toHaveText(/已是最新，没有新的操作/);
	expect(await stored(page)).toBe(imported);
	await expect(page.getByRole('heading', { name: /运行记录 共 2 条/ })).toBeVisible();
});

test('the checklists page links to the run history, which says when there is nothing yet', async ({ page }) => {
	await page.goto('/checklists/');
	await page.getByRole('link', { name: /本设备上的全部运行记录/ }).click();
	await expect(page).toHaveURL(RUN_HISTORY_PAGE);
	await expect(page.getByText('本设备上还没有运行记录。')).toBeVisible();
	await expect(page.getByRole('heading', { name: /运行记录 共 0 条/ })).toBeVisible();
});
