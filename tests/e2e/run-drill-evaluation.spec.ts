import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { checklistPath } from '../../src/domain/routes.ts';
import { checklist, literally } from '../support/manual.ts';

/**
 * A drill, finished, evaluates itself: time from the start to each phase, the steps late against
 * their deadlines and by how much, steps set aside (with the reason) or left undone, the notes; on
 * the page, on paper and in the exported files. Steps are ticked at known times of a clock fixed
 * at 16:40 in Shanghai, so every figure is known in advance.
 */
const systemFailure = checklist('system-failure');
const steps = systemFailure.runSteps();
const [first, second, third] = steps;
const setAside = steps.find((step, index) => index > 3 && !step.critical);
if (!first || !second || !third || !setAside) throw new Error(`${systemFailure.id} needs four steps and a later non-critical one`);
const firstPhase = systemFailure.data.phases[0]!;
const NOW = new Date('2026-12-15T16:40:00+08:00');
/** Minutes of the drill: the first tick, the second, the finish. */
const [FIRST_AT, SECOND_AT, FINISH_AT] = [10, second.dueMinutes + 5, third.dueMinutes + 20];
if (FIRST_AT > first.dueMinutes || SECOND_AT >= FINISH_AT || FINISH_AT >= 60)
	throw new Error(`${systemFailure.id}'s first deadlines no longer fit this drill's timeline`);

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
test.beforeEach(async ({ context }) => {
	await context.clock.install({ time: NOW });
});

const row = (page: Page, id: string) => page.locator(`.checklist li.step[data-step="${id}"]`);
const evaluation = (page: Page) => page.getByRole('region', { name: '演练评估' });
const part = (page: Page, heading: string) => evaluation(page).getByRole('region', { name: heading });
/** "2026年12月15日 17:15 GMT+8", the clock NOW + `minutes` as the record writes it (Shanghai has no DST). */
const at = (minutes: number) => {
	const date = new Date(NOW.getTime() + minutes * 60_000 + 8 * 3_600_000);
	return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日 ${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')} GMT+8`;
};

test('a finished drill shows, prints and exports its evaluation with the figures of its timeline', async ({ page }) => {
	await page.goto(checklistPath(systemFailure.id));
	await page.getByLabel('事件标题').fill('年度桌面推演');
	await page.getByLabel('这是演练').check();
	await page.getByRole('button', { name: '开始执行' }).click();
	await expect(page.getByRole('status').filter({ hasText: '【演练】运行中' })).toBeVisible();

	await page.clock.fastForward(FIRST_AT * 60_000);
	await page.getByRole('checkbox', { name: literally(first.text) }).check();
	await row(page, first.id).getByText('添加备注').click();
	await row(page, first.id).getByLabel(`“${first.text}”的备注`).fill('记录员晚到 3 分钟');
	await row(page, first.id).getByRole('button', { name: '保存备注' }).click();
	await page.clock.fastForward((SECOND_AT - FIRST_AT) * 60_000);
	await page.getByRole('checkbox', { name: literally(second.text) }).check();
	await row(page, setAside.id).getByText('不适用', { exact: true }).click();
	await row(page, setAside.id).getByLabel(`“${setAside.text}”不适用的理由`).fill('演练不联系真实服务商');
	await row(page, setAside.id).getByRole('button', { name: '标为不适用' }).click();
	// Not finished yet: no evaluation.
	await expect(evaluation(page)).toBeHidden();

	await page.clock.fastForward((FINISH_AT - SECOND_AT) * 60_000);
	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByRole('button', { name: '结束运行' }).click();
	await expect(evaluation(page)).toBeVisible();

	await expect(part(page, '总用时')).toContainText(`${at(0)} 开始，${at(FINISH_AT)} 结束，共 ${FINISH_AT} 分钟`);
	await expect(part(page, '各阶段用时（从开始起算）').getByRole('listitem').first()).toHaveText(
		`阶段 1 ${firstPhase.title}：首步完成 第 ${FIRST_AT} 分钟（${FIRST_AT} 分钟），全部完成 未完成`,
	);
	const late = part(page, '超过时限的步骤');
	await expect(late).toContainText(
		`${second.text}：截止 ${at(second.dueMinutes)}，${at(SECOND_AT)} 完成，超时 ${SECOND_AT - second.dueMinutes} 分钟`,
	);
	await expect(late).toContainText(
		`${third.text}：截止 ${at(third.dueMinutes)}，结束时仍未完成，超时 ${FINISH_AT - third.dueMinutes} 分钟`,
	);
	await expect(late).not.toContainText(first.text);
	await expect(part(page, '标为不适用的步骤')).toContainText(`${setAside.text}：演练不联系真实服务商`);
	await expect(part(page, '未完成的步骤')).toContainText(third.text);
	await expect(part(page, '未完成的步骤')).not.toContainText(setAside.text);
	await expect(part(page, '备注')).toContainText(`${first.text}：记录员晚到 3 分钟`);

	const [markdownFile] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '导出评估 Markdown' }).click(),
	]);
	expect(markdownFile.suggestedFilename()).toBe(`${systemFailure.id}-20261215-1640-drill-evaluation.md`);
	const markdown = readFileSync((await markdownFile.path())!, 'utf8');
	expect(markdown).toContain(`# 演练评估：${systemFailure.data.title}：年度桌面推演`);
	expect(markdown).toContain(
		`- ${second.text}：截止 ${at(second.dueMinutes)}，${at(SECOND_AT)} 完成，超时 ${SECOND_AT - second.dueMinutes} 分钟`,
	);
	const [jsonFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出评估 JSON' }).click()]);
	const json = JSON.parse(readFileSync((await jsonFile.path())!, 'utf8')).演练评估;
	expect(json.总用时分钟).toBe(FINISH_AT);
	expect(json.各阶段[0]).toEqual({ 阶段: firstPhase.title, 首步完成分钟: FIRST_AT, 全部完成分钟: null });
	expect(json.超时步骤.find((s: { 步骤编号: string }) => s.步骤编号 === second.id).超时分钟).toBe(SECOND_AT - second.dueMinutes);
	expect(json.不适用步骤).toEqual([{ 步骤编号: setAside.id, 步骤: setAside.text, 理由: '演练不联系真实服务商', 操作人: null }]);

	// On paper: the evaluation is printed, its buttons are not.
	await page.emulateMedia({ media: 'print' });
	await expect(evaluation(page)).toBeVisible();
	await expect(late).toContainText(`超时 ${SECOND_AT - second.dueMinutes} 分钟`);
	await expect(page.getByRole('button', { name: '导出评估 Markdown' })).toBeHidden();

	// Reopened, it is no longer a finished drill's evaluation.
	await page.emulateMedia({ media: 'screen' });
	await page.getByRole('button', { name: '重新打开' }).click();
	await expect(evaluation(page)).toBeHidden();
});
