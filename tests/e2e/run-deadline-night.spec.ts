import { expect, test, type Page } from '@playwright/test';
import { checklistPath } from '../../src/domain/routes.ts';
import { checklist, literally } from '../support/manual.ts';

/**
 * Deadline night: the tax bureau's site is down at 23:10 on a filing deadline, walked on a phone.
 * The run shows the calendar's deadline (not a recomputed one) and the cut-offs of the day, flags
 * the steps due after 24:00 that must beat it, refuses a discovery time in the future, takes a
 * hand-over link in a tab already on the page, and copies a summary a group chat can use. The
 * reader is in Shanghai.
 */
test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

const systemFailure = checklist('system-failure');
const dataLeak = checklist('cyber-data-leak');
const steps = systemFailure.runSteps();
const stepNamed = (id: string) => {
	const step = steps.find((candidate) => candidate.id === id);
	if (!step) throw new Error(`${systemFailure.id} needs the step ${id} for these tests`);
	return step;
};
const outage = stepNamed('tax-portal-outage');
const first = steps[0]!;
const running = (page: Page) => page.getByRole('status').filter({ hasText: '运行中' });
const row = (page: Page, id: string) => page.locator(`.checklist li.step[data-step="${id}"]`);
const stepBox = (page: Page, text: string) => page.getByRole('checkbox', { name: literally(text) });

test('at 23:10 on a deadline day the run counts down to the calendar deadline, says which cut-offs passed, and flags steps due after 24:00', async ({
	page,
}) => {
	// 15 November 2026 is a Sunday: content/calendar/2026.yaml moves that month's deadline to Monday the 16th.
	await page.clock.install({ time: new Date('2026-11-16T23:10:00+08:00') });
	await page.goto(checklistPath(systemFailure.id));
	await page.getByRole('button', { name: '开始执行' }).click();
	await expect(running(page)).toBeVisible();

	const bar = page.getByRole('region', { name: '法定时限' });
	await expect(bar.getByRole('listitem').filter({ hasText: '本期申报截止' })).toContainText('本期申报截止 11月16日 24:00 · 还剩 50 分钟');
	// The day's cut-offs: the ones passed say so, the one in force says what to do and links to how.
	const cutoffs = bar.getByRole('list', { name: '截止日当天的时间节点' });
	await expect(cutoffs.getByRole('listitem').nth(0)).toHaveText(/^已过 14:00 去办税服务厅的最后安排/);
	const evening = cutoffs.getByRole('listitem').nth(1);
	await expect(evening).toContainText('已过 17:00 办税服务厅下班（以当地公布为准）：之后只能在电子税务局提交');
	await expect(evening.getByRole('link', { name: /做法/ })).toHaveAttribute(
		'href',
		/\/emergency\/urgent-client-request\/#截止日-1700-以后$/,
	);
	await expect(cutoffs.getByRole('listitem').nth(2)).toContainText('24:00 申报截止 · 还剩 50 分钟 · 过后：不能再申请延期申报');

	// A step held to the filing deadline but due at 01:10 is flagged; one that is not held to it is not.
	await expect(row(page, outage.id)).toContainText('截止 11月17日 01:10（明天）');
	await expect(row(page, outage.id)).toContainText('期限晚于本期申报截止（11月16日 24:00）：须在截止前完成');
	await expect(row(page, first.id).locator('.run-late')).toBeHidden();
	// The after-hours procedure is linked from the step that needs it.
	await row(page, outage.id).getByText('说明与记录要求').click();
	await expect(row(page, outage.id).locator('a[href*="urgent-client-request/#截止日-1700-以后"]')).toBeVisible();
	// Done, the step is no longer flagged.
	await stepBox(page, outage.text).check();
	await expect(row(page, outage.id).locator('.run-late')).toBeHidden();

	// Past midnight the deadline that passed still counts, and what the law allows now is in front.
	await page.clock.runFor(60 * 60_000);
	await expect(bar.getByRole('listitem').filter({ hasText: '本期申报截止' })).toContainText('已过截止 10 分钟');
	await expect(cutoffs.getByRole('listitem').nth(2)).toContainText('已过 24:00 申报截止：不能再申请延期申报');

	// A checklist that serves no filing deadline shows none.
	await page.goto(checklistPath(dataLeak.id));
	await page.getByRole('button', { name: '开始执行' }).click();
	await expect(running(page)).toBeVisible();
	await expect(page.getByText('本期申报截止')).toHaveCount(0);
});

test('a discovery time in the future is refused in the start form, which still takes the real time after being left open', async ({
	page,
}) => {
	await page.clock.install({ time: new Date('2026-12-15T23:10:00+08:00') });
	await page.goto(checklistPath(systemFailure.id));
	// The form is left open for half an hour.
	await page.clock.runFor(30 * 60_000);
	const discovered = page.getByLabel('发现时间');
	await discovered.fill('2026-12-15T23:55');
	await page.getByRole('button', { name: '开始执行' }).click();
	await expect(page.getByRole('alert')).toContainText('发现时间 12月15日 23:55 晚于现在（23:40），不能是将来的时间');
	await expect(discovered).toBeFocused();
	await expect(discovered).toHaveAttribute('aria-invalid', 'true');
	await expect(running(page)).toHaveCount(0);
	// The picker's latest time is now, not the moment the page loaded.
	await expect(discovered).toHaveAttribute('max', '2026-12-15T23:40');

	// 23:35 is after the page loaded and before now: taken.
	await discovered.fill('2026-12-15T23:35');
	await expect(page.getByRole('alert')).toHaveCount(0);
	await page.getByRole('button', { name: '开始执行' }).click();
	await expect(running(page)).toContainText('12月15日 23:35 发现');
});

test('after the start a future discovery time is refused and not recorded: the legal clock stays', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-12-15T23:10:00+08:00') });
	const report = dataLeak.runSteps().find((step) => step.statutory && step.from === 'discovery');
	if (!report) throw new Error('cyber-data-leak needs a discovery-anchored statutory step');
	await page.goto(checklistPath(dataLeak.id));
	await page.getByLabel('发现时间').fill('2026-12-15T23:00');
	await page.getByRole('button', { name: '开始执行' }).click();
	const item = page.getByRole('region', { name: '法定时限' }).getByRole('listitem').filter({ hasText: report.text });
	await expect(item).toContainText('截止 12月16日 03:00（明天）');

	// A slip of the day: tomorrow night instead of tonight.
	await page.getByLabel('发现时间').fill('2026-12-16T23:00');
	await expect(page.getByRole('alert')).toContainText('发现时间 12月16日 23:00 晚于现在（23:10），不能是将来的时间');
	await expect(item).toContainText('截止 12月16日 03:00（明天）');
	await page.getByText(/操作历史/).click();
	await expect(page.locator('.run-history li').filter({ hasText: '发现时间记为 12月16日 23:00' })).toHaveCount(0);

	// The right time is taken, and the message goes.
	await page.getByLabel('发现时间').fill('2026-12-15T22:50');
	await expect(page.getByRole('alert')).toBeHidden();
	await expect(item).toContainText('截止 12月16日 02:50（明天）');
	await page.reload();
	await expect(page.getByRole('region', { name: '法定时限' }).getByRole('listitem').filter({ hasText: report.text })).toContainText(
		'截止 12月16日 02:50',
	);
});

test('a hand-over link opened in a tab already on the checklist page is taken in, and merged into the run it shows', async ({
	page,
	browser,
}) => {
	const NOW = new Date('2026-12-15T16:40:00+08:00');
	await page.clock.install({ time: NOW });
	await page.goto(checklistPath(systemFailure.id));
	await page.getByLabel('事件标题').fill('电子税务局无法提交');
	await page.getByRole('button', { name: '开始执行' }).click();
	await stepBox(page, first.text).check();
	const linkOf = async (from: Page, to: string) => {
		await from.getByRole('button', { name: '交给他人' }).click();
		const panel = from.getByRole('region', { name: '交给他人' });
		await panel.getByRole('textbox', { name: '交给谁（接手人的姓名）' }).fill(to);
		await panel.getByRole('button', { name: '交出并生成链接' }).click();
		return panel.getByRole('textbox', { name: /交接链接/ }).inputValue();
	};
	const link = await linkOf(page, '王五');

	// The supervisor's phone already shows this checklist's page when the link arrives.
	const phone = await browser.newContext({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN', serviceWorkers: 'block' });
	const other = await phone.newPage();
	await other.clock.install({ time: new Date(NOW.getTime() + 5 * 60_000) });
	await other.goto(checklistPath(systemFailure.id));
	await expect(other.getByRole('button', { name: '开始执行' })).toBeVisible();
	await other.goto(link);
	await expect(running(other)).toContainText('电子税务局无法提交');
	await expect(stepBox(other, first.text)).toBeChecked();
	await expect(other.getByRole('status').filter({ hasText: '新导入 1 条运行记录' })).toBeVisible();
	const prompt = other.getByRole('form', { name: '接手这次运行：你是谁？' });
	await prompt.getByRole('button', { name: '确认接手' }).click();
	await expect(prompt).toHaveCount(0);

	// The phone ticks another step and hands it back; the desk, still showing the run, takes the new link in the same tab.
	const second = steps[1]!;
	await stepBox(other, second.text).check();
	const back = await linkOf(other, '张三');
	expect(back).not.toBe(link);
	await page.evaluate((hash) => (location.hash = hash), new URL(back).hash);
	await expect(stepBox(page, second.text)).toBeChecked();
	await expect(page.getByRole('status').filter({ hasText: /合并了 \d+ 条新操作/ })).toBeVisible();
	await phone.close();
});

test('复制摘要 holds the notes, the not-applicable reasons, the open steps with their deadlines and who holds the run, in local times', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.clock.install({ time: new Date('2026-12-15T23:10:00+08:00') });
	const skipped = steps.find((step) => !step.critical)!;
	await page.goto(checklistPath(systemFailure.id));
	await page.getByLabel('事件标题').fill('电子税务局无法提交');
	await page.getByLabel('我的姓名（记录为操作人）').fill('张三');
	await page.getByRole('button', { name: '开始执行' }).click();
	await stepBox(page, first.text).check();
	await row(page, first.id).getByText('添加备注').click();
	await page.getByLabel(`“${first.text}”的备注`).fill('12366 工单 20261215-0042，客户甲公司');
	await row(page, first.id).getByRole('button', { name: '保存备注' }).click();
	await row(page, skipped.id).getByText('不适用', { exact: true }).click();
	await page.getByLabel(`“${skipped.text}”不适用的理由`).fill('厂商已主动来电');
	await row(page, skipped.id).getByRole('button', { name: '标为不适用' }).click();
	await expect(row(page, skipped.id)).toContainText('不适用：厂商已主动来电');

	await page.getByRole('button', { name: '复制摘要' }).click();
	await expect(page.getByText('已复制', { exact: false })).toBeVisible();
	const text = await page.evaluate(() => navigator.clipboard.readText());
	const lines = text.split('\n');
	expect(lines[0]).toBe(`${systemFailure.data.title}：电子税务局无法提交`);
	expect(lines).toContain('发现：12月15日 23:10');
	expect(lines).toContain('开始：12月15日 23:10，用时 0 分钟');
	expect(lines).toContain('当前经手人：张三');
	expect(text).toMatch(/^完成 1，不适用 1，未完成 \d+$/m);
	expect(lines).toContain('本期申报截止：12月15日 24:00，还剩 50 分钟');
	expect(lines).toContain(`- ${first.text}：12366 工单 20261215-0042，客户甲公司（张三）`);
	expect(lines).toContain(`- ${skipped.text}：不适用，理由：厂商已主动来电（张三）`);
	expect(lines).toContain(`- ${outage.text}（${outage.roleName}）截止 12月16日 01:10，晚于本期申报截止`);
	expect(text).not.toMatch(/GMT|\||^#|\*\*/m);
	expect(text.length).toBeLessThanOrEqual(1500);
});
