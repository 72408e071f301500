import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { checklistPath, RUN_HISTORY_PAGE } from '../../src/domain/routes.ts';
import { finish, record, startRun, type ChecklistRun } from '../support/documents-runs.ts';
import { docxParagraphTexts } from '../support/docx.ts';
import { hasPoppler, POPPLER_MISSING } from '../../scripts/poppler.mjs';
import { checklist, literally } from '../support/manual.ts';

/**
 * 起草文书: a leak run's record drafts the 个人信息保护法 art. 57 notice, which keeps what was typed
 * across a reload, travels in the run history's export, prints as one A4 page and downloads as a
 * .docx holding the same text; the review merges two imported records of one incident into one
 * timeline in time order. The reader is in Shanghai; the leak is discovered at 14:10.
 */
const leak = checklist('cyber-data-leak');
const outage = checklist('system-failure');
const step = (id: string) => leak.runSteps('L2').find((candidate) => candidate.id === id)!;
const [lead, isolate, accounts] = [step('assign-lead-recorder'), step('isolate-devices'), step('lock-accounts')];
const at = (time: string) => new Date(`2026-12-15T${time}:00+08:00`);

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

const row = (page: Page, id: string) => page.locator(`.checklist li.step[data-step="${id}"]`);
const drafts = (page: Page) => page.locator('document-drafts');
const sheet = (page: Page) => drafts(page).locator('.document-sheet');
const squeezed = (text: string) => text.replace(/\s+/g, '');

/** The page printed to A4, each page's text as pdftotext reads it, whitespace removed. */
async function printedPages(page: Page): Promise<string[]> {
	if (!hasPoppler()) throw new Error(POPPLER_MISSING);
	const file = join(mkdtempSync(join(tmpdir(), 'document-print-')), 'draft.pdf');
	writeFileSync(file, await page.pdf({ format: 'A4' }));
	const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f');
	if (pages.at(-1)?.trim() === '') pages.pop();
	return pages.map(squeezed);
}

test('a leak run drafts the art. 57 notice with its times and remedies; the draft survives a reload, prints on one A4 page, downloads as .docx and goes in the export', async ({
	page,
	context,
	browser,
}) => {
	await context.clock.install({ time: at('14:20') });
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(checklistPath(leak.id));
	// Before a run there is nothing to draft from: the templates are listed, without buttons.
	await expect(drafts(page).getByRole('heading', { name: '起草文书' })).toBeVisible();
	await expect(drafts(page).getByText('个人信息安全事件告知书')).toBeVisible();
	await expect(drafts(page).getByRole('button', { name: /起草/ })).toHaveCount(0);

	await page.getByLabel('发现时间（法定时限多从发现起算）').fill('2026-12-15T14:10');
	await page.getByRole('combobox', { name: '级别' }).selectOption('L2');
	await page.getByLabel('事件标题').fill('客户资料误发');
	await page.getByLabel('报告人').fill('王五');
	await page.getByLabel('我的姓名（记录为操作人）').fill('李四');
	await page.getByRole('button', { name: '开始执行' }).click();
	await expect(page).toHaveURL(/\?run=/);

	// 14:25 the lead is named; 14:28 a note on isolating; 14:30 isolated; accounts set aside by the lead.
	await page.clock.setFixedTime(at('14:25'));
	await page.getByRole('checkbox', { name: literally(lead.text) }).check();
	await page.clock.setFixedTime(at('14:28'));
	await row(page, isolate.id).getByText('添加备注').click();
	await page.getByRole('textbox', { name: `“${isolate.text}”的备注` }).fill('已撤销对外分享链接');
	await page.getByRole('textbox', { name: `“${isolate.text}”的备注` }).press('Enter');
	await page.clock.setFixedTime(at('14:30'));
	await page.getByRole('checkbox', { name: literally(isolate.text) }).check();
	await row(page, accounts.id).getByText('不适用', { exact: true }).click();
	await row(page, accounts.id).getByLabel(`“${accounts.text}”不适用的理由`).fill('没有账号被盗');
	await row(page, accounts.id).getByLabel('这是关键步骤：由应急负责人决定不适用').check();
	await row(page, accounts.id).getByRole('button', { name: '标为不适用' }).click();
	await expect(row(page, accounts.id)).toContainText('不适用：没有账号被盗');
	await page.clock.setFixedTime(at('16:40'));

	// The draft: what the record knows is filled in, the rest are visible blanks.
	await drafts(page).getByRole('button', { name: '起草：个人信息安全事件告知书' }).click();
	await expect(drafts(page).getByRole('heading', { name: '正在起草：个人信息安全事件告知书' })).toBeFocused();
	await expect(sheet(page)).toContainText('2026年12月15日 14:10，本公司发现【待填写：事件经过');
	await expect(sheet(page)).toContainText(`1. 2026年12月15日 14:25 ${lead.text}`);
	await expect(sheet(page)).toContainText(`2. 2026年12月15日 14:30 ${isolate.text}（已撤销对外分享链接）`);
	await expect(sheet(page)).not.toContainText(accounts.text);
	await expect(sheet(page)).not.toContainText('李四');
	await expect(sheet(page)).not.toContainText('{{');
	await expect(drafts(page).getByText('从运行记录填入（3）')).toBeVisible();

	// Typed text, HTML included, goes in as text.
	const contact = '客户联络人 张三 0571-8888 <b>工作日 9:00-18:00</b>';
	await drafts(page).getByLabel('收件人，例如 尊敬的张先生').fill('尊敬的客户');
	await drafts(page).getByLabel('联系人、电话和电子邮箱').fill(contact);
	await expect(sheet(page)).toContainText(`请联系：${contact}。`);
	await expect(sheet(page).locator('b')).toHaveCount(0);
	await expect(drafts(page).getByText('手工填写或改写（2）')).toBeVisible();
	await expect(drafts(page).getByRole('status').filter({ hasText: '草稿已保存在本设备上' })).toBeVisible();

	// Plain text for WeChat: the same document, blanks still marked.
	await drafts(page).getByRole('button', { name: '复制纯文本' }).click();
	const text = await page.evaluate(() => navigator.clipboard.readText());
	expect(text).toMatch(/^示例代理记账有限公司\n\n个人信息安全事件告知书\n\n尊敬的客户：\n/);
	expect(text).toContain(`2. 2026年12月15日 14:30 ${isolate.text}（已撤销对外分享链接）`);
	expect(text).toContain(`请联系：${contact}。`);
	expect(text).toContain('【待填写：原因；尚未查明的写“正在调查，查明后另行告知”】');

	// A reload keeps every typed field.
	await page.reload();
	await drafts(page).getByRole('button', { name: '继续起草：个人信息安全事件告知书' }).click();
	await expect(drafts(page).getByLabel('联系人、电话和电子邮箱')).toHaveValue(contact);
	await expect(sheet(page)).toContainText(`请联系：${contact}。`);

	// Printed: one clean A4 page, the organisation's header, the signature line, no page furniture.
	await page.evaluate(() => (window.print = () => undefined));
	await drafts(page).getByRole('button', { name: '打印（A4）' }).click();
	const pages = await printedPages(page);
	expect(pages).toHaveLength(1);
	expect(pages[0]).toMatch(/^示例代理记账有限公司个人信息安全事件告知书尊敬的客户：/);
	expect(pages[0]).toContain(squeezed(`2026年12月15日 14:30 ${isolate.text}（已撤销对外分享链接）`));
	expect(pages[0]).toContain(squeezed('示例代理记账有限公司（盖章）总经理：2026年12月15日'));
	for (const furniture of ['起草文书', '复制纯文本', leak.data.title, '从运行记录填入']) expect(pages[0]).not.toContain(furniture);
	await page.evaluate(() => document.body.classList.remove('printing-document'));

	// The .docx read back holds the same text.
	const [word] = await Promise.all([
		page.waitForEvent('download'),
		drafts(page).getByRole('button', { name: '下载 Word 文件（.docx）' }).click(),
	]);
	expect(word.suggestedFilename()).toBe('breach-notice-20261215-1420.docx');
	const paragraphs = docxParagraphTexts(readFileSync((await word.path())!));
	expect(paragraphs[0]).toBe('个人信息安全事件告知书');
	for (const paragraph of paragraphs.filter((p) => p.trim() && !p.startsWith('总经理：'))) expect(text).toContain(paragraph);
	expect(paragraphs).toContain(`如有疑问，或发现与本事件有关的异常情况，请联系：${contact}。`);

	// The run history's export carries the draft with the run; another device takes both in.
	await page.goto(RUN_HISTORY_PAGE);
	const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出全部（JSON）' }).click()]);
	const file = readFileSync((await exported.path())!, 'utf8');
	const parsed = JSON.parse(file) as {
		runs: { id: string }[];
		drafts: { runId: string; drafts: { template: string; fields: Record<string, { value: string }> }[] }[];
	};
	expect(parsed.drafts[0]!.runId).toBe(parsed.runs[0]!.id);
	expect(parsed.drafts[0]!.drafts[0]!.fields['填写：联系人、电话和电子邮箱']!.value).toBe(contact);

	const other = await browser.newContext({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
	const elsewhere = await other.newPage();
	await elsewhere.goto(RUN_HISTORY_PAGE);
	await elsewhere
		.getByLabel('导入运行记录文件（JSON）')
		.setInputFiles({ name: 'runs.json', mimeType: 'application/json', buffer: Buffer.from(file) });
	await expect(elsewhere.getByText('新导入 1 条运行记录')).toBeVisible();
	await elsewhere.goto(`${checklistPath(leak.id)}?run=${parsed.runs[0]!.id}`);
	await drafts(elsewhere).getByRole('button', { name: '继续起草：个人信息安全事件告知书' }).click();
	await expect(drafts(elsewhere).getByLabel('联系人、电话和电子邮箱')).toHaveValue(contact);
	await other.close();
});

test('the post-incident review merges two imported records of one incident into one timeline in time order', async ({ page, context }) => {
	await context.clock.install({ time: at('18:00') });
	// Two devices worked the same incident: the leak checklist on one, the outage checklist on the other.
	let first: ChecklistRun = startRun(
		leak.id,
		{ title: '勒索病毒', reportedBy: '王五', severity: 'L1', discoveredAt: at('14:00') },
		at('14:05'),
	);
	first = record(first, { type: 'check', step: lead.id, by: '王五' }, at('14:12'));
	first = record(first, { type: 'check', step: isolate.id, by: '李四' }, at('14:31'));
	first = finish(first, at('17:00'));
	let second: ChecklistRun = startRun(outage.id, { title: '共享盘被加密', reportedBy: '赵六' }, at('14:08'));
	const outageFirst = outage.runSteps()[0]!;
	second = record(second, { type: 'check', step: outageFirst.id, by: '赵六' }, at('14:20'));
	second = finish(second, at('17:30'));

	await page.goto(RUN_HISTORY_PAGE);
	for (const [name, run] of [
		['leak.json', first],
		['outage.json', second],
	] as const) {
		await page
			.getByLabel('导入运行记录文件（JSON）')
			.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(run)) });
		await expect(page.getByText(`已导入“${name}”`)).toBeVisible();
	}
	await drafts(page)
		.getByLabel('选择一次已结束的运行')
		.selectOption({ label: `${leak.data.title} · 勒索病毒 · 2026年12月15日 14:05` });
	await drafts(page).getByRole('button', { name: '起草：事后复盘报告' }).click();
	await drafts(page)
		.getByRole('checkbox', { name: new RegExp(`${literally(outage.data.title).source} · 共享盘被加密`) })
		.check();

	const timeline = async () =>
		(await sheet(page).locator('.doc-section').filter({ hasText: '二、时间线' }).locator('p').innerText()).split('\n').filter(Boolean);
	await expect.poll(async () => (await timeline()).length).toBe(2 + first.events.length + second.events.length);
	const lines = await timeline();
	// Each run's start line, then its events: the level and discovery time recorded at the start too.
	expect(lines.map((line) => line.match(/(\d\d:\d\d)/)![1])).toEqual([
		'14:05',
		'14:05',
		'14:05',
		'14:08',
		'14:08',
		'14:12',
		'14:20',
		'14:31',
		'17:00',
		'17:30',
	]);
	expect(lines[0]).toContain(`【${leak.data.title}】开始执行`);
	expect(lines[3]).toContain(`【${outage.data.title}】开始执行《${outage.data.title}》，报告人 赵六`);
	expect(lines[6]).toContain(`${outageFirst.text} — 赵六`);
	await expect(sheet(page)).toContainText('参与人员：王五、李四、赵六。');

	// The merge is part of the draft: a reload keeps it.
	await page.reload();
	await drafts(page)
		.getByLabel('选择一次已结束的运行')
		.selectOption({ label: `${leak.data.title} · 勒索病毒 · 2026年12月15日 14:05` });
	await drafts(page).getByRole('button', { name: '继续起草：事后复盘报告' }).click();
	await expect(
		drafts(page).getByRole('checkbox', { name: new RegExp(`${literally(outage.data.title).source} · 共享盘被加密`) }),
	).toBeChecked();
	await expect.poll(async () => (await timeline()).length).toBe(lines.length);
});
