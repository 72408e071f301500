import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { correctIndexes, shownOptions } from '../../src/domain/training/questions.ts';
import { checklist, literally, manual } from '../support/manual.ts';
import { editedEdition, REREAD_DIST, REREAD_EDIT, rereadChapter } from '../support/reread.ts';
import { serveBuild } from '../support/static-build.ts';
import { commitDays, CONTENT_HASH, newestEditionLabel } from '../support/editions.ts';

// Titles, questions, answers and editions come from content/, so rewording never breaks these tests.
const accountant = manual.paths.find((path) => path.data.role === 'accountant')!;
const core = manual.paths.find((path) => path.id === accountant.data.includes[0])!;
const chapterId = core.data.stages[0]!.chapters[0]!;
const chapter = manual.chapters.find((entry) => entry.id === chapterId)!;
const selfCheck = manual.selfChecks.find((entry) => entry.data.chapter === chapterId)!.data;
// The edition machines compare (the text's hash) and the one people read (the day of its last commit, from git).
const edition = createHash('sha256').update(readFileSync(chapter.file, 'utf8')).digest('hex').slice(0, 12);
const editionLabel = newestEditionLabel(commitDays(chapter.file));
const roleName = manual.roles!.data.find((role) => role.id === 'accountant')!.name;

// Staff read the manual in China: dates on the page and in file names are Beijing's.
test.use({ viewport: { width: 360, height: 740 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

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
	await expect(page.getByText(`王小明 已于`)).toContainText(`（${editionLabel}）`);
	// The confirmation is recorded against the hash; the reader never sees it.
	await expect(page.locator('chapter-training')).toHaveAttribute('data-edition', edition);
	expect(await page.locator('chapter-training').innerText()).not.toMatch(CONTENT_HASH);

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

test('the top of the sidebar leads to the paths, then straight to the path the reader opened, on a phone and on a desktop', async ({
	page,
}) => {
	await page.clock.install({ time: new Date('2026-12-01T09:30:00+08:00') });
	await page.goto('/');
	const sidebar = page.locator('#starlight__sidebar');
	const menu = page.getByRole('button', { name: '菜单' });
	// On a phone the sidebar is the menu: the training link heads it.
	await menu.click();
	await expect(sidebar.getByRole('link').first()).toHaveText('我的学习路径');
	await page.screenshot({ path: 'test-results/training-sidebar-360.png' });
	await sidebar.getByRole('link').first().click();
	await expect(page).toHaveURL(/\/training\/paths\/$/);
	await page.getByRole('link', { name: roleName, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(accountant.data.title);
	// The path's script has run (it writes the progress): the path opened is now the reader's.
	await expect(page.getByRole('status').first()).toContainText('已完成 0/');

	// From any page afterwards, one tap back to that path.
	await page.goto(`/${chapterId}/`);
	await menu.click();
	await expect(sidebar.getByRole('link').first()).toHaveText(`我的学习路径：${roleName}`);
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/checklists/');
	await expect(menu).toBeHidden();
	await sidebar.getByRole('link', { name: `我的学习路径：${roleName}` }).click();
	await expect(page).toHaveURL(/\/training\/paths\/accountant\/$/);
	await page.screenshot({ path: 'test-results/training-path-1280.png' });
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
	await expect(page.getByText('有更新，需重读')).toContainText(`本章现为 ${editionLabel}。`);
	// An edition this build has no record of is named as such, not by its hash.
	await expect(page.getByText('有更新，需重读')).toContainText('旧版本（未记入版本记录的版本）');
});

test('a site rebuilt with the chapter changed shows 有更新，需重读 and the commit that changed it, until the reader confirms again', async ({
	page,
}) => {
	await page.clock.install({ time: new Date('2026-12-01T09:30:00+08:00') });
	await page.goto(`/${chapterId}/`);
	await page.getByLabel('你的姓名').fill('王小明');
	await page.getByRole('button', { name: '我已阅读并理解' }).click();
	await expect(page.getByText('王小明 已于')).toContainText(`（${editionLabel}）`);

	// The manual is redeployed with this chapter edited and committed (npm run build:reread): same origin, same storage.
	expect(rereadChapter(manual).id).toBe(chapterId);
	await serveBuild(page, REREAD_DIST);
	await page.goto('/training/paths/accountant/');
	const row = page.locator(`li[data-kind="chapter"][data-id="${chapterId}"]`).first();
	await expect(row).toContainText('有更新，需重读');
	// What changed: the commit since the edition the reader confirmed, with its day, and nothing older.
	const changes = row.locator('.changes');
	// The copy's history is this checkout's plus the edit's commit: each edition reads as its commit's day.
	const newLabel = newestEditionLabel([new Date(REREAD_EDIT.date).toISOString().slice(0, 10), ...commitDays(chapter.file)]);
	await expect(changes).toContainText(`自你 2026-12-01 确认的版本（${editionLabel}）以来的修改`);
	await expect(changes.getByRole('listitem')).toHaveCount(1);
	await expect(changes.getByRole('listitem')).toHaveText(
		new RegExp(`^${literally(newLabel).source} ${literally(REREAD_EDIT.subject).source}$`),
	);
	// The commit stays for tools, out of the text.
	await expect(changes.getByRole('listitem')).toHaveAttribute('data-commit', /^[0-9a-f]{7}$/);
	await page.screenshot({ path: 'test-results/training-reread-360.png', fullPage: true });

	// The chapter page names both editions; confirming the new one clears the flag.
	await row.getByRole('link', { name: `阅读：${chapter.title}` }).click();
	const newEdition = editedEdition(chapter.file);
	await expect(page.getByText('有更新，需重读')).toContainText(`旧版本（${editionLabel}），本章现为 ${newLabel}。`);
	await expect(page.locator('chapter-training')).toHaveAttribute('data-edition', newEdition);
	await expect(page.getByText(REREAD_EDIT.paragraph.trim())).toBeVisible();
	await page.getByRole('button', { name: '我已阅读并理解' }).click();
	await expect(page.getByText('王小明 已于')).toContainText(`（${newLabel}）`);
	await page.goto('/training/paths/accountant/');
	await expect(row).toContainText('已读');
	await expect(row.locator('.changes')).toHaveCount(0);
});

test('the record lists reading and a drill run, prints on A4 and exports JSON and Markdown; the summary imports three files, reports the damaged one and tables the others', async ({
	page,
}) => {
	// 07:30 in Beijing is still the previous day in UTC: file names and dates must be the reader's day.
	await page.clock.install({ time: new Date('2026-12-01T07:30:00+08:00') });
	await page.goto(`/${chapterId}/`);
	await page.getByLabel('你的姓名').fill('王小明');
	await page.getByRole('button', { name: '我已阅读并理解' }).click();
	await expect(page.getByText('王小明 已于')).toBeVisible();

	// A drill of the path's first checklist, run as on the day: two steps ticked, then finished 40 minutes in.
	const drilled = checklist(firstDrillId());
	const steps = drilled.runSteps();
	await page.goto(`/checklists/${drilled.id}/`);
	await page.getByLabel('这是演练').check();
	await page.getByRole('button', { name: '开始执行' }).click();
	const doneAt = [5, 25];
	for (const [index, minute] of doneAt.entries()) {
		await page.clock.fastForward((minute - (doneAt[index - 1] ?? 0)) * 60_000);
		await page.getByRole('checkbox', { name: literally(steps[index]!.text) }).check();
	}
	await page.clock.fastForward(15 * 60_000);
	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByRole('button', { name: '结束运行' }).click();
	await expect(page.getByRole('button', { name: '重新打开' })).toBeVisible();
	// Late: done after its deadline, or still open past it at the finish (minute 40).
	const late = steps.filter((step, index) => (doneAt[index] ?? 40) > step.dueMinutes).length;

	await page.goto('/training/paths/accountant/');
	await expect(page.locator(`li[data-kind="checklist"][data-id="${drilled.id}"]`).first()).toContainText('已演练');
	await page.getByRole('link', { name: '我的培训记录（打印、导出）' }).click();
	const sheet = page.getByRole('region', { name: '培训记录' });
	await expect(sheet).toContainText('王小明');
	await expect(sheet).toContainText(accountant.data.title);
	const row = sheet.getByRole('row').filter({ hasText: `阅读：${chapter.title}` });
	await expect(row).toContainText('已读');
	await expect(row).toContainText(editionLabel);
	await expect(row.locator('[data-edition]')).toHaveAttribute('data-edition', edition);
	await expect(row).toContainText('2026-12-01');
	const drillRow = sheet.getByRole('table', { name: '演练记录' }).getByRole('row').filter({ hasText: drilled.data.title });
	await expect(drillRow.getByRole('cell')).toHaveText([
		drilled.data.title,
		'2026-12-01 07:30',
		'40 分钟',
		`2/${steps.length}`,
		String(late),
		'0',
		/^.+ (\d+ 分钟|未完成)/,
	]);
	await page.screenshot({ path: 'test-results/training-record-360.png', fullPage: true });

	// Print: A4, the controls left off the paper.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: '导出记录文件' })).toBeHidden();
	await expect(drillRow).toBeVisible();
	await page.screenshot({ path: 'test-results/training-record-print.png', fullPage: true });
	const pdf = await page.pdf({ preferCSSPageSize: true });
	expect(pdf.length).toBeGreaterThan(1000);
	await page.emulateMedia({ media: 'screen' });

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出记录文件' }).click()]);
	expect(download.suggestedFilename()).toBe('培训记录-王小明-2026-12-01.json');
	const exported = readFileSync((await download.path())!, 'utf8');
	const own = JSON.parse(exported) as {
		record: { name: string; reads: Record<string, { edition: string }> };
		drills: Record<string, { evaluation: { done: number; late: number; minutes: number } }[]>;
	};
	expect(own.record.reads[chapterId]?.edition).toBe(edition);
	expect(own.drills[drilled.id]?.[0]?.evaluation).toMatchObject({ done: 2, late, minutes: 40 });

	const [markdownFile] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '导出可读文件（Markdown）' }).click(),
	]);
	expect(markdownFile.suggestedFilename()).toBe('培训记录-王小明-2026-12-01.md');
	const markdown = readFileSync((await markdownFile.path())!, 'utf8');
	expect(markdown).toContain('# 培训记录：王小明');
	expect(markdown).toContain(`| 阅读：${chapter.title} | 已读 | ${editionLabel} | 2026-12-01 |`);
	expect(markdown).not.toMatch(CONTENT_HASH);
	expect(markdown).toContain(`| ${drilled.data.title} | 2026-12-01 07:30 | 40 分钟 | 2/${steps.length} | ${late} | 0 |`);

	// A colleague's record that confirmed an older edition and has not drilled.
	const colleague = structuredClone(own);
	colleague.record.name = '李四';
	colleague.record.reads[chapterId]!.edition = '000000000000';
	colleague.drills = {};

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
	// Cells after the name: path, done, to re-read, not passed, not drilled, drilled.
	await expect(li.getByRole('cell').nth(2)).toContainText(chapter.title);
	await expect(wang.getByRole('cell').nth(2)).toHaveText('—');
	await expect(li.getByRole('cell').nth(4)).toContainText(drilled.data.title);
	await expect(wang.getByRole('cell').nth(4)).not.toContainText(drilled.data.title);
	await expect(wang.getByRole('cell').nth(5)).toContainText(
		`${drilled.data.title}（2026-12-01，完成 2/${steps.length}，超时 ${late}，用时 40 分钟）`,
	);
	await expect(li.getByRole('cell').nth(5)).toHaveText('—');
});

function firstDrillId(): string {
	return accountant.data.stages.flatMap((stage) => stage.checklists)[0]!;
}
