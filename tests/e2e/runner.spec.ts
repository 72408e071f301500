import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { checklist, literally, manual } from '../support/manual.ts';

// Step texts, ids, titles and editions come from content/, so rewording a step never breaks these tests.
const systemFailure = checklist('system-failure');
const CHECKLIST = `/checklists/${systemFailure.id}/`;
const [first, second] = systemFailure.runSteps();
if (!first || !second) throw new Error(`${systemFailure.id} needs two steps for these tests`);
// A DO-CONFIRM list long enough to show the whole-list view (the test ticks its fourth box).
const doConfirm = manual.checklists.find(
	(entry) => entry.data.type === 'DO-CONFIRM' && entry.data.phases.flatMap((p) => p.steps).length > 10,
)!;

async function startRun(page: Page, path = CHECKLIST) {
	await page.goto(path);
	await page.getByRole('button', { name: '开始执行' }).click();
	await expect(page.getByRole('status').filter({ hasText: '运行中' })).toBeVisible();
	// The address names the run once the device holds it.
	await expect(page).toHaveURL(/\?run=/);
}

const stepBox = (page: Page, text: RegExp) => page.getByRole('checkbox', { name: text });

test('a run records checks with their time and survives a reload', async ({ page }) => {
	await startRun(page);
	await expect(page).toHaveURL(/\?run=[a-z0-9]+$/);
	// READ-DO: the next step is in front; completing it moves on to the next one.
	const next = page.getByRole('region', { name: '下一步' });
	await expect(next).toContainText(first.text);
	await next.getByRole('button', { name: '完成此步' }).click();
	await expect(next).toContainText(second.text);
	await stepBox(page, literally(second.text)).check();
	await expect(page.getByRole('status').filter({ hasText: '运行中' })).toContainText('完成 2/');

	await page.reload();
	await expect(page.getByRole('status').filter({ hasText: '运行中' })).toContainText('完成 2/');
	await expect(stepBox(page, literally(first.text))).toBeChecked();
	await expect(page.locator(`.run-step[data-step="${first.id}"]`)).toContainText(/\d\d:\d\d 完成/);
});

test('unchecking is kept in the history', async ({ page }) => {
	await startRun(page);
	await stepBox(page, literally(first.text)).check();
	await stepBox(page, literally(first.text)).uncheck();
	await page.getByText(/操作历史/).click();
	const history = page.locator('.run-history li');
	await expect(history.filter({ hasText: `撤销完成：${first.text}` })).toHaveCount(1);
	await expect(history.filter({ hasText: `完成：${first.text}` })).toHaveCount(2);
});

test('a second tab sees the change', async ({ page, context }) => {
	await startRun(page);
	const other = await context.newPage();
	await other.goto(page.url());
	await stepBox(page, literally(first.text)).check();
	await expect(stepBox(other, literally(first.text))).toBeChecked();
	await stepBox(other, literally(second.text)).check();
	await expect(stepBox(page, literally(second.text))).toBeChecked();
});

test('severity: unsure starts at the highest level, and raising the level adds its steps', async ({ page }) => {
	await page.goto(CHECKLIST);
	await page.getByRole('combobox', { name: '级别' }).selectOption('L3');
	await page.getByRole('button', { name: '开始执行' }).click();
	const lowSteps = await page.locator('.run-step:visible').count();
	await page.getByRole('combobox', { name: '级别' }).selectOption('L1');
	await expect(page.locator('.run-step:visible')).not.toHaveCount(lowSteps);
	expect(await page.locator('.run-step:visible').count()).toBeGreaterThan(lowSteps);

	await page.goto(CHECKLIST + '?start=');
	await expect(page.getByRole('combobox', { name: '级别' })).toHaveValue('L1');
});

test('the exported record contains every step time, and a drill is marked as one', async ({ page }) => {
	await page.goto(CHECKLIST);
	await page.getByLabel('事件标题').fill('财务软件无法登录');
	await page.getByLabel('这是演练').check();
	await page.getByRole('button', { name: '开始执行' }).click();
	await stepBox(page, literally(first.text)).check();
	const time = (await page.locator(`.run-step[data-step="${first.id}"] .run-meta`).first().textContent())?.match(/(\d\d:\d\d) 完成/)?.[1];
	expect(time).toBeTruthy();

	const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Markdown' }).click()]);
	const text = readFileSync((await markdown.path())!, 'utf8');
	expect(text).toContain(`# 【演练】${systemFailure.data.title}：财务软件无法登录`);
	expect(text).toContain(`☑ | ${first.text}`);
	expect(text).toMatch(new RegExp(`${literally(first.text).source}.*${time}`));
	expect(markdown.suggestedFilename()).toMatch(new RegExp(`^${systemFailure.id}-.*-drill\\.md$`));

	const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 JSON' }).click()]);
	const record = JSON.parse(readFileSync((await json.path())!, 'utf8'));
	expect(record.drill).toBe(true);
	expect(record.summary.steps.find((s: { id: string }) => s.id === first.id).doneAt).toMatch(/T\d\d:\d\d/);
});

test('editing the checklist later does not change a run under way', async ({ page }) => {
	await startRun(page);
	const runUrl = page.url();
	const steps = await page.locator('.run-step:visible').count();
	// A new edition is deployed: one step removed, edition date changed.
	await page.route(`**${CHECKLIST}**`, async (route) => {
		const response = await route.fetch();
		const html = (await response.text())
			.replace(/(<script[^>]*data-snapshot[^>]*>)(.*?)(<\/script>)/s, (_, open: string, json: string, close: string) => {
				const copy = JSON.parse(json) as typeof systemFailure.snapshot;
				copy.edition = '2027-01-01';
				copy.phases = copy.phases.map((phase) => ({ ...phase, steps: phase.steps.filter((step) => step.id !== second.id) }));
				return `${open}${JSON.stringify(copy).replace(/</g, '\\u003c')}${close}`;
			})
			.replace(/data-edition="[^"]+"/, 'data-edition="2027-01-01"');
		expect(html).not.toContain(`"id":"${second.id}"`);
		await route.fulfill({ response, body: html });
	});
	await page.goto(runUrl);
	await expect(page.locator('.run-step:visible')).toHaveCount(steps);
	await expect(page.getByText(`本次运行使用 ${systemFailure.edition} 版清单；当前版本为 2027-01-01`)).toBeVisible();
});

test('without storage the run still works and says it is not saved', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('storage disabled', 'SecurityError');
			},
		});
	});
	await page.goto(CHECKLIST);
	await expect(page.getByRole('alert')).toContainText('本设备无法保存运行记录');
	await page.getByRole('button', { name: '开始执行' }).click();
	await stepBox(page, literally(first.text)).check();
	await expect(stepBox(page, literally(first.text))).toBeChecked();
	await expect(page.getByRole('alert')).toContainText('请随时导出');
});

test('keyboard only: start a run and check a step', async ({ page }) => {
	await page.goto(CHECKLIST);
	await page.getByRole('button', { name: '开始执行' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: '运行中' })).toBeVisible();
	await stepBox(page, literally(first.text)).focus();
	await page.keyboard.press('Space');
	await expect(stepBox(page, literally(first.text))).toBeChecked();
	// Focus stays on the box after the list re-renders, so the next Tab continues from there.
	await expect(stepBox(page, literally(first.text))).toBeFocused();
	await expect(page.locator('[data-run-announcer]')).toHaveText(`已完成：${first.text}`);
	// READ-DO by keyboard: Enter on "完成此步" completes the step and keeps focus on the next one's button.
	await page.getByRole('button', { name: '完成此步' }).focus();
	await page.keyboard.press('Enter');
	await expect(stepBox(page, literally(second.text))).toBeChecked();
	await expect(page.getByRole('button', { name: '完成此步' })).toBeFocused();
});

test('unfinished runs are listed on the checklists page, and clearing the device removes them', async ({ page }) => {
	await startRun(page);
	await page.goto('/checklists/');
	const resume = page.getByRole('link', { name: literally(systemFailure.data.title) }).first();
	await expect(resume).toHaveAttribute('href', /\?run=/);
	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: '清除本设备上的运行记录' }).click();
	await expect(page.getByText('本设备上没有未完成的运行。')).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: '已删除' })).toBeVisible();
});

test('a printed run shows the record, not the controls', async ({ page }) => {
	await startRun(page);
	await stepBox(page, literally(first.text)).check();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: '结束运行' })).toBeHidden();
	await expect(page.locator('header.header')).toBeHidden();
	await expect(page.locator(`.run-step[data-step="${first.id}"]`)).toContainText('完成');
});

test('DO-CONFIRM shows the whole list to confirm, without a next-step card', async ({ page }) => {
	await startRun(page, `/checklists/${doConfirm.id}/`);
	await expect(page.getByRole('region', { name: '下一步' })).toHaveCount(0);
	const boxes = page.locator('.run-step:visible input[type=checkbox]');
	expect(await boxes.count()).toBeGreaterThan(10);
	await boxes.nth(3).check();
	await expect(page.getByRole('status').filter({ hasText: '运行中' })).toContainText('完成 1/');
});
