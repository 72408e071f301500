import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { correctIndexes, shownOptions } from '../../src/domain/training/questions.ts';
import { manual } from '../support/manual.ts';

// Titles, questions, answers and editions come from content/, so rewording never breaks these tests.
const accountant = manual.paths.find((path) => path.data.role === 'accountant')!;
const core = manual.paths.find((path) => path.id === accountant.data.includes[0])!;
const chapterId = core.data.stages[0]!.chapters[0]!;
const chapter = manual.chapters.find((entry) => entry.id === chapterId)!;
const selfCheck = manual.selfChecks.find((entry) => entry.data.chapter === chapterId)!.data;
const edition = createHash('sha256').update(readFileSync(chapter.file, 'utf8')).digest('hex').slice(0, 12);
const roleName = manual.roles!.data.find((role) => role.id === 'accountant')!.name;

test.use({ viewport: { width: 360, height: 740 } });

test('a new hire opens their path from home, reads and confirms a chapter, takes its self-check and sees progress', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-12-01T09:30:00+08:00') });
	await page.goto('/');
	// One tap from the home page's training entry to the role's path.
	await page.getByRole('navigation', { name: '按岗位的学习路径' }).getByRole('link', { name: roleName, exact: true }).click();
	await expect(page).toHaveURL(/\/training\/paths\/accountant\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(accountant.data.title);
	await expect(page.getByRole('status').first()).toContainText('已完成 0/');

	// The common core comes first: its first chapter is the first thing to read.
	await page
		.getByText('下一步：')
		.getByRole('link', { name: `阅读：${chapter.title}` })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
	await page.getByLabel('你的姓名').fill('王小明');
	await page.getByRole('button', { name: '我已阅读并理解' }).click();
	await expect(page.getByText(`王小明 已于`)).toContainText(`（${edition}）`);

	// Answer the first question wrongly and the rest rightly.
	const [first, ...rest] = selfCheck.questions;
	const wrongIndex = shownOptions(first!).findIndex((_, index) => !correctIndexes(first!).includes(index));
	const group = (id: string) => page.locator(`fieldset[data-question="${id}"]`);
	await group(first!.id).locator(`input[value="${wrongIndex}"]`).check();
	for (const question of rest)
		for (const index of correctIndexes(question)) await group(question.id).locator(`input[value="${index}"]`).check();
	// Before answering, the why stays hidden.
	await expect(group(first!.id).getByText(first!.why)).toBeHidden();
	await page.getByRole('button', { name: '提交答案' }).click();
	await expect(group(first!.id)).toContainText('答错了');
	await expect(group(first!.id).getByText(first!.why)).toBeVisible();
	const sectionLink = group(first!.id).getByRole('link', { name: `本章「${first!.section}」一节` });
	await expect(sectionLink).toHaveAttribute('href', `#${encodeURIComponent(first!.section)}`);
	const total = selfCheck.questions.length;
	await expect(page.getByText(`答对 ${total - 1}/${total} 题`)).toBeVisible();
	await sectionLink.click();
	await expect(page.locator(`[id="${first!.section}"]`)).toBeInViewport();

	// Back on the path the chapter is read; the self-check shows its result.
	await page.goto('/training/paths/accountant/');
	const row = page.locator(`li[data-kind="chapter"][data-id="${chapterId}"]`).first();
	await expect(row).toContainText('已读');
	const passed = (total - 1) * 100 >= selfCheck.passMark * total && !first!.mustBeRight;
	await expect(page.locator(`li[data-kind="selfCheck"][data-id="${chapterId}"]`).first()).toContainText(passed ? '已通过' : '未通过');
	await expect(page.getByRole('status').first()).toContainText(`已完成 ${passed ? 2 : 1}/`);
	await page.screenshot({ path: 'test-results/training-path-360.png', fullPage: true });
});

test('a confirmation of an older edition shows 需重读 on the path and the chapter', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-12-01T09:30:00+08:00') });
	await page.goto('/');
	// A record as an earlier build of this chapter left it on the device.
	await page.evaluate(
		([id]) =>
			localStorage.setItem(
				'manual.training.v1',
				JSON.stringify({
					version: 1,
					name: '王小明',
					reads: { [id!]: { edition: '000000000000', at: '2026-11-01T01:00:00.000Z' } },
					checks: {},
				}),
			),
		[chapterId],
	);
	await page.goto('/training/paths/accountant/');
	await expect(page.locator(`li[data-kind="chapter"][data-id="${chapterId}"]`).first()).toContainText('有更新，需重读');
	// The edition that changed is the next thing to do.
	await page
		.getByText('下一步：')
		.getByRole('link', { name: `阅读：${chapter.title}` })
		.click();
	await expect(page.getByText('有更新，需重读')).toContainText(edition);
});

test('the record prints on A4 and exports; the summary imports three files, reports the damaged one and tables the others', async ({
	page,
}) => {
	await page.clock.install({ time: new Date('2026-12-01T09:30:00+08:00') });
	await page.goto(`/${chapterId}/`);
	await page.getByLabel('你的姓名').fill('王小明');
	await page.getByRole('button', { name: '我已阅读并理解' }).click();
	await expect(page.getByText('王小明 已于')).toBeVisible();

	await page.goto('/training/paths/accountant/');
	await page.getByRole('link', { name: '我的培训记录（打印、导出）' }).click();
	const sheet = page.getByRole('region', { name: '培训记录' });
	await expect(sheet).toContainText('王小明');
	await expect(sheet).toContainText(accountant.data.title);
	const row = sheet.getByRole('row').filter({ hasText: `阅读：${chapter.title}` });
	await expect(row).toContainText('已读');
	await expect(row).toContainText(edition);

	// Print: A4, the controls left off the paper.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: '导出记录文件' })).toBeHidden();
	await page.screenshot({ path: 'test-results/training-record-print.png', fullPage: true });
	const pdf = await page.pdf({ preferCSSPageSize: true });
	expect(pdf.length).toBeGreaterThan(1000);
	await page.emulateMedia({ media: 'screen' });

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出记录文件' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^培训记录-王小明-2026-12-01\.json$/);
	const exported = readFileSync((await download.path())!, 'utf8');
	const own = JSON.parse(exported) as { record: { name: string; reads: Record<string, { edition: string }> } };
	expect(own.record.reads[chapterId]?.edition).toBe(edition);
	// A colleague's record that confirmed an older edition.
	const colleague = structuredClone(own);
	colleague.record.name = '李四';
	colleague.record.reads[chapterId]!.edition = '000000000000';

	await page.goto('/training/summary/');
	await page.getByLabel('培训记录文件').setInputFiles([
		{ name: '王小明.json', mimeType: 'application/json', buffer: Buffer.from(exported) },
		{ name: '坏文件.json', mimeType: 'application/json', buffer: Buffer.from(exported.slice(0, 50)) },
		{ name: '李四.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(colleague)) },
	]);
	await expect(page.getByRole('listitem').filter({ hasText: '坏文件.json' })).toContainText('文件已损坏');
	const rows = page.getByRole('table').getByRole('row');
	await expect(rows).toHaveCount(3);
	const wang = rows.filter({ hasText: '王小明' });
	const li = rows.filter({ hasText: '李四' });
	await expect(li.getByRole('cell').nth(2)).toContainText(chapter.title);
	await expect(wang.getByRole('cell').nth(2)).toHaveText('—');
	await expect(wang.getByRole('cell').nth(4)).toContainText(titleOfFirstDrill());
});

function titleOfFirstDrill(): string {
	const id = accountant.data.stages.flatMap((stage) => stage.checklists)[0]!;
	return manual.checklists.find((entry) => entry.id === id)!.data.title;
}
