import { expect, test } from '@playwright/test';
import { checklistPath } from '../../src/domain/routes.ts';
import { checklist, literally } from '../support/manual.ts';

/**
 * Sharing people can read: 复制摘要 gives plain text a chat app shows as it is, with visible
 * feedback; exported files are named by the local time. The reader is in Shanghai at 16:40.
 */
const systemFailure = checklist('system-failure');
const [first, second] = systemFailure.runSteps();
if (!first || !second) throw new Error(`${systemFailure.id} needs two steps for these tests`);
const NOW = new Date('2026-12-15T16:40:00+08:00');

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
test.beforeEach(async ({ context }) => {
	await context.clock.install({ time: NOW });
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('复制摘要 puts a readable plain-text summary on the clipboard and says 已复制', async ({ page }) => {
	await page.goto(checklistPath(systemFailure.id));
	await page.getByLabel('事件标题').fill('财务软件无法登录');
	await page.getByLabel('发现时间').fill('2026-12-15T16:10');
	await page.getByRole('button', { name: '开始执行' }).click();
	await page.getByRole('checkbox', { name: first.text }).check();
	await page.getByRole('button', { name: '复制摘要' }).click();
	await expect(page.getByText('已复制', { exact: false })).toBeVisible();
	const text = await page.evaluate(() => navigator.clipboard.readText());
	const lines = text.split('\n');
	expect(lines[0]).toBe(`${systemFailure.data.title}：财务软件无法登录`);
	expect(text).toContain('级别：');
	// Times as the clock on the wall reads them, without a time-zone label.
	expect(lines).toContain('发现：12月15日 16:10');
	expect(lines).toContain('开始：12月15日 16:40，用时 0 分钟');
	expect(text).toMatch(/^完成 1，不适用 0，未完成 \d+$/m);
	// The open steps with their deadlines, the one done not among them.
	expect(text).toMatch(new RegExp(`^- ${literally(second.text).source}（.+）截止 12月15日 \\d\\d:\\d\\d`, 'm'));
	expect(text).not.toContain(`- ${first.text}（`);
	expect(text).not.toContain('GMT');
	// Nothing a chat app would show as markup.
	expect(text).not.toMatch(/\||^#|\*\*/m);
});

test('exported files are named by the local start time', async ({ page }) => {
	await page.goto(checklistPath(systemFailure.id));
	await page.getByRole('button', { name: '开始执行' }).click();
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 JSON' }).click()]);
	expect(file.suggestedFilename()).toBe(`${systemFailure.id}-20261215-1640.json`);
});
