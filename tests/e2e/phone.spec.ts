import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { correctIndexes } from '../../src/domain/training/questions.ts';
import { trainingExport } from '../../src/domain/training/export.ts';
import { confirmRead, emptyTrainingRecord } from '../../src/domain/training/record.ts';
import { TRAINING_PAGES, trainingPathPath } from '../../src/domain/routes.ts';
import { checklist, manual } from '../support/manual.ts';
import { commitDays, newestEditionLabel } from '../support/editions.ts';

/**
 * The manual on a phone (360 px), as testers measured it: the tables that matter read without
 * sideways scrolling of their key columns, the filing calendar marks today's and the next deadline
 * on the reader's day, the long pages (status, kit) fold by section there yet show and print
 * everything elsewhere, the controls are big enough to hit, and a chapter reached from a path leads
 * on to the path's next item. Each page's 360 px screenshot is attached to the test's output.
 */
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
// Staff read the manual in China: the calendar's "today" is Beijing's.
test.use({ viewport: PHONE, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

// Titles, dates and editions come from content/, so rewording never breaks these tests.
const accountant = manual.paths.find((path) => path.data.role === 'accountant')!;
const core = manual.paths.find((path) => path.id === accountant.data.includes[0])!;
const [firstId, secondId] = core.data.stages[0]!.chapters;
if (!firstId || !secondId) throw new Error('the core path’s first stage needs two chapters for this test');
const titleOf = (id: string) => manual.chapters.find((chapter) => chapter.id === id)!.title;
/** The edition as the record shows it: the day of the chapter's last commit (tests/support/editions.ts). */
const editionOf = (id: string) => newestEditionLabel(commitDays(manual.chapters.find((chapter) => chapter.id === id)!.file));
const selfCheck = manual.selfChecks.find((entry) => entry.data.chapter === firstId)!.data;

/** Saves a screenshot (the full page unless told) into the test's output and attaches it to the report. */
async function shoot(page: Page, testInfo: TestInfo, name: string, fullPage = true): Promise<void> {
	const path = testInfo.outputPath(`${name}.png`);
	await page.screenshot({ path, fullPage });
	await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** The document does not scroll sideways, and every given element lies within the viewport's width. */
async function expectFits(page: Page, keys: Locator[]): Promise<void> {
	const { scroll, width } = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
		width: document.documentElement.clientWidth,
	}));
	expect(scroll, 'the document scrolls sideways').toBeLessThanOrEqual(0);
	for (const key of keys) {
		await expect(key).toBeVisible();
		const box = (await key.boundingBox())!;
		expect(box.x, `${key} starts off-screen`).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width, `${key} ends off-screen`).toBeLessThanOrEqual(width + 0.5);
	}
}

/** WCAG 2.5.8: a target at least 24 by 24 CSS px. */
async function expectTarget(control: Locator): Promise<void> {
	const box = (await control.boundingBox())!;
	expect(box.height, `${control} is too short to hit`).toBeGreaterThanOrEqual(24);
	expect(box.width, `${control} is too narrow to hit`).toBeGreaterThanOrEqual(24);
}

/** The cells of a row. */
const cellsOf = (row: Locator) => row.getByRole('cell');
/** The cells of a row that say something: every one a reader must see (an empty one takes no room on a phone). */
const filledCellsOf = async (row: Locator) => cellsOf(row).filter({ hasText: /\S/ }).all();

test('the training summary reads as one card per person at 360 px, every column on screen with its header', async ({ page }, testInfo) => {
	const record = confirmRead({ ...emptyTrainingRecord(), name: '王小明' }, firstId, '000000000000', new Date('2026-11-20T10:00:00+08:00'));
	const file = (name: string) => ({
		name: `${name}.json`,
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(trainingExport({ ...record, name }, accountant.id, {}, new Date('2026-12-01T09:00:00+08:00')))),
	});
	await page.goto(TRAINING_PAGES.summary);
	const input = page.getByLabel('培训记录文件');
	await expectTarget(input);
	await input.setInputFiles([file('王小明'), file('李四')]);
	const table = page.getByRole('table');
	const rows = table.getByRole('row').filter({ has: page.getByRole('cell') });
	await expect(rows).toHaveCount(2);
	// Screen readers still get each cell's column: the headers stay in the table, which keeps its roles.
	await expect(table.getByRole('columnheader')).toHaveText([
		'姓名',
		'路径',
		'完成',
		'需重读',
		'未通过自测',
		'未演练',
		'已演练（最近一次）',
	]);
	const li = rows.filter({ hasText: '李四' });
	await expect(li.getByRole('rowheader')).toHaveText('李四');
	await expect(cellsOf(li).nth(2)).toContainText(titleOf(firstId));
	// On screen each cell starts with its column's name, since the header row is out of sight.
	const label = await cellsOf(li)
		.nth(1)
		.evaluate((cell) => getComputedStyle(cell, '::before').content);
	expect(label).toContain('完成');
	await expectFits(page, [li.getByRole('rowheader'), ...(await filledCellsOf(li))]);
	// A header cell is one line, not one character a line.
	const nameBox = (await li.getByRole('rowheader').boundingBox())!;
	expect(nameBox.width).toBeGreaterThan(200);
	await shoot(page, testInfo, 'summary-360');
	await page.setViewportSize(DESKTOP);
	await expect(table.locator('thead')).toBeVisible();
	await shoot(page, testInfo, 'summary-1280');
});

test('the training record fits 360 px: a select and buttons big enough to hit, the score column on screen', async ({ page }, testInfo) => {
	await page.clock.install({ time: new Date('2026-12-01T09:30:00+08:00') });
	await page.goto(`/${firstId}/`);
	await page.getByLabel('你的姓名').fill('王小明');
	await page.getByRole('button', { name: '我已阅读并理解' }).click();
	await expect(page.getByText('王小明 已于')).toBeVisible();
	for (const question of selfCheck.questions)
		for (const index of correctIndexes(question))
			await page.locator(`fieldset[data-question="${question.id}"] input[value="${index}"]`).check();
	await page.getByRole('button', { name: '提交答案' }).click();
	await expect(page.getByText(/，通过。/)).toBeVisible();
	await page.goto(`${TRAINING_PAGES.record}?path=${accountant.id}`);

	const select = page.getByRole('combobox', { name: '学习路径' });
	await expectTarget(select);
	for (const name of ['打印（A4）', '导出记录文件', '导出可读文件（Markdown）']) await expectTarget(page.getByRole('button', { name }));
	const items = page.getByRole('table', { name: '培训项目' });
	const row = items.getByRole('row').filter({ hasText: `阅读：${titleOf(firstId)}` });
	await expect(cellsOf(row)).toHaveText([new RegExp(`阅读：${titleOf(firstId)}$`), '已读', editionOf(firstId), '2026-12-01', '']);
	// Every column, the score last, on screen; the drills table too.
	const scored = items.getByRole('row').filter({ hasText: `自测：${titleOf(firstId)}` });
	const total = selfCheck.questions.length;
	await expect(cellsOf(scored).last()).toHaveText(`${total}/${total}（100%）`);
	await expectFits(page, [...(await filledCellsOf(row)), ...(await filledCellsOf(scored)), page.getByRole('table', { name: '演练记录' })]);
	await shoot(page, testInfo, 'record-360');

	// Paper and a desktop keep the table as a table.
	await page.setViewportSize(DESKTOP);
	await expect(items.locator('thead')).toBeVisible();
	await shoot(page, testInfo, 'record-1280');
	await page.setViewportSize(PHONE);
	await page.emulateMedia({ media: 'print' });
	await expect(items.locator('thead')).toBeVisible();
	await shoot(page, testInfo, 'record-print');
});

// The newest calendar's December deadline, and the days around it.
const calendar = manual.calendars.map((entry) => entry.data).sort((a, b) => b.year - a.year)[0]!;
const iso = (date: Date) => date.toISOString().slice(0, 10);
const december = calendar.monthly.find((row) => row.month === 12)!;
const deadline = iso(december.deadline);
const threeDaysBefore = iso(new Date(december.deadline.getTime() - 3 * 86_400_000));
const allDeadlines = [...calendar.monthly.map((row) => iso(row.deadline)), ...calendar.annual.map((row) => iso(row.deadline))];
if (allDeadlines.some((day) => day >= threeDaysBefore && day < deadline))
	throw new Error('pick a deadline with none in the three days before it');

test('the filing calendar marks the next deadline a few days before it, and today’s on the day, in words', async ({ page }, testInfo) => {
	await page.clock.install({ time: new Date(`${threeDaysBefore}T10:00:00+08:00`) });
	await page.goto('/calendar/');
	const row = page.locator(`tr[data-deadline="${deadline}"]`);
	await expect(row).toContainText('下一个截止日，还有 3 天');
	await expect(page.locator('tr[data-mark]')).toHaveCount(allDeadlines.filter((day) => day === deadline).length);
	const [, month, day] = threeDaysBefore.split('-').map(Number);
	await expect(page.locator('[data-calendar-today]')).toHaveText(
		new RegExp(
			`^今天是 ${calendar.year} 年 ${month} 月 ${day} 日（星期.）。下一个截止日：12 月 ${december.deadline.getUTCDate()} 日（星期.），还有 3 天：12 月申报：`,
		),
	);
	// Month, deadline and what is due all on screen, with the mark.
	await expectFits(page, [...(await filledCellsOf(row)), row.locator('[data-deadline-mark]')]);
	await shoot(page, testInfo, 'calendar-360');

	// Deadline night: the same row now says it is today's.
	await page.clock.setSystemTime(new Date(`${deadline}T22:30:00+08:00`));
	await page.reload();
	await expect(row.locator('[data-deadline-mark]')).toHaveText('今天截止');
	await expect(page.locator('[data-calendar-today]')).toContainText(`，是申报截止日：12 月申报：${december.covers}`);
	await expect(page.getByText('下一个截止日')).toHaveCount(0);
	await shoot(page, testInfo, 'calendar-deadline-day-360');

	// The day after, the row is no longer marked: the calendar holds no later deadline this year.
	await page.clock.setSystemTime(new Date(`${iso(new Date(december.deadline.getTime() + 86_400_000))}T09:00:00+08:00`));
	await page.reload();
	await expect(row.locator('[data-deadline-mark]')).toHaveText('');
	await page.setViewportSize(DESKTOP);
	await shoot(page, testInfo, 'calendar-1280');
});

/** The page's height in CSS px as laid out now. */
const heightOf = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

test('the status page folds by section on a phone, shows every section on a desktop and on paper', async ({ page }, testInfo) => {
	test.setTimeout(90_000);
	await page.goto('/status/');
	const sections = page.locator('details[data-phone-section]');
	const count = await sections.count();
	expect(count).toBe(1 + manual.checklists.length);
	// On a phone: a list of headings with a disclosure each, a few screens long.
	await expect(page.locator('details[data-phone-section][open]')).toHaveCount(0);
	expect(await heightOf(page)).toBeLessThan(15_000);
	await expectFits(page, [page.getByRole('heading', { name: '清单版本记录' })]);
	// A <summary> is the disclosure's button (Chromium names it so; Playwright has no role for it).
	const table = page.locator('summary').filter({ hasText: /^审阅期限表/ });
	await expectTarget(table);
	await shoot(page, testInfo, 'status-360');
	// A disclosure opens its section; the review rows read as cards.
	await table.click();
	await expect(page.locator('.status-table tbody tr').first()).toBeVisible();
	await expectFits(page, await page.locator('.status-table tbody tr').first().locator('td').all());

	// A link to one checklist's history (the printed kit's QR page links so) opens that section.
	const dataLoss = checklist('data-loss');
	await page.goto('about:blank');
	await page.goto(`/status/#edition-${dataLoss.id}`);
	await expect(page.locator(`#edition-${dataLoss.id} ~ details table`)).toBeVisible();
	await expect(page.locator('details[data-phone-section][open]')).toHaveCount(1);

	// A desktop shows every section whole, with no disclosure buttons.
	await page.setViewportSize(DESKTOP);
	await page.goto('/status/');
	await expect(page.locator('details[data-phone-section][open]')).toHaveCount(count);
	await expect(page.locator('details[data-phone-section] > summary').filter({ visible: true })).toHaveCount(0);
	await shoot(page, testInfo, 'status-1280');

	// Paper from a phone shows everything, whatever the screen had folded.
	await page.setViewportSize(PHONE);
	await page.goto('/status/');
	await expect(page.locator('details[data-phone-section][open]')).toHaveCount(0);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.status-table tbody tr').last()).toBeVisible();
	await expect(page.locator('.edition-history table').last()).toBeVisible();
	await expect(page.locator('details[data-phone-section] > summary').filter({ visible: true })).toHaveCount(0);
	await shoot(page, testInfo, 'status-print');
});

test('the emergency kit folds each checklist on a phone and still prints every one whole', async ({ page }, testInfo) => {
	test.setTimeout(120_000);
	await page.goto('/emergency-kit/');
	const items = page.locator('.kit-item');
	const count = await items.count();
	expect(count).toBeGreaterThanOrEqual(11);
	await expect(page.locator('.kit-item details[data-phone-section][open]')).toHaveCount(0);
	expect(await heightOf(page)).toBeLessThan(20_000);
	const first = items.first();
	const disclosure = first.locator('summary').filter({ hasText: /^清单全文（\d+ 步）$/ });
	await expectTarget(disclosure);
	await expectFits(page, [first.getByRole('heading', { level: 2 }), disclosure]);
	await shoot(page, testInfo, 'kit-360');
	await disclosure.click();
	await expect(first.locator('.checklist .step').first()).toBeVisible();

	// The index's link to a checklist opens it.
	const last = items.last();
	const lastTitle = (await last.getByRole('heading', { level: 2 }).textContent())!.trim();
	await page.locator('.kit-index').getByRole('link', { name: lastTitle, exact: true }).click();
	await expect(last.locator('.checklist .step').first()).toBeVisible();

	// Printed from the phone with the checklists folded: every checklist whole, each from a new page.
	await page.goto('/emergency-kit/');
	await expect(page.locator('.kit-item details[data-phone-section][open]')).toHaveCount(0);
	await page.emulateMedia({ media: 'print' });
	for (const item of await items.all()) await expect(item.locator('.checklist .step').last()).toBeVisible();
	const foldedPdf = await page.pdf({ format: 'A4' });
	await shoot(page, testInfo, 'kit-print');
	await page.emulateMedia({ media: 'screen' });
	await page.setViewportSize(DESKTOP);
	await page.goto('/emergency-kit/');
	await expect(page.locator('.kit-item details[data-phone-section][open]')).toHaveCount(count);
	await shoot(page, testInfo, 'kit-1280');
	await page.emulateMedia({ media: 'print' });
	const desktopPdf = await page.pdf({ format: 'A4' });
	// The same sheets whichever screen printed them.
	expect(pdfPages(foldedPdf)).toBe(pdfPages(desktopPdf));
	expect(pdfPages(foldedPdf)).toBeGreaterThanOrEqual(count + 1);
});

/** Pages in a PDF Chromium wrote: one `/Type /Page` object each. */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

test('a chapter reached from a path leads back to it and on to the next item after a confirmation and a passed self-check', async ({
	page,
}, testInfo) => {
	await page.clock.install({ time: new Date('2026-12-01T09:30:00+08:00') });
	await page.goto(trainingPathPath(accountant.id));
	await page
		.getByText('下一步：')
		.getByRole('link', { name: `阅读：${titleOf(firstId)}` })
		.click();
	await expect(page).toHaveURL(new RegExp(`/${firstId}/\\?path=${accountant.id}$`));
	const onward = page.getByRole('link', { name: `下一项：阅读：${titleOf(secondId)}` });
	await expect(onward).toHaveCount(0);

	await page.getByLabel('你的姓名').fill('王小明');
	await page.getByRole('button', { name: '我已阅读并理解' }).click();
	await expect(onward).toBeVisible();
	await expectTarget(onward);
	await expect(page.getByRole('link', { name: `回到学习路径（${accountant.data.title}）` }).first()).toHaveAttribute(
		'href',
		trainingPathPath(accountant.id),
	);
	await onward.scrollIntoViewIfNeeded();
	await shoot(page, testInfo, 'path-next-360', false);

	// A failed self-check leads nowhere yet; a passed one leads on.
	const group = (id: string) => page.locator(`fieldset[data-question="${id}"]`);
	const selfCheckForm = page.locator('[data-self-check]');
	await page.getByRole('button', { name: '提交答案' }).click();
	await expect(page.getByText(/未通过/)).toBeVisible();
	await expect(selfCheckForm.getByRole('link', { name: /^下一项：/ })).toHaveCount(0);
	for (const question of selfCheck.questions)
		for (const index of correctIndexes(question)) await group(question.id).locator(`input[value="${index}"]`).check();
	await page.getByRole('button', { name: '提交答案' }).click();
	await expect(page.getByText(/，通过。/)).toBeVisible();
	const fromCheck = selfCheckForm.getByRole('link', { name: `下一项：阅读：${titleOf(secondId)}` });
	await expect(fromCheck).toBeVisible();

	// It leads to the next chapter, which knows the path too.
	await fromCheck.click();
	await expect(page).toHaveURL(new RegExp(`/${secondId}/\\?path=${accountant.id}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf(secondId));
	await page.getByRole('button', { name: '我已阅读并理解' }).click();
	await expect(page.getByRole('link', { name: /^下一项：/ })).toBeVisible();
	await expect(page.getByRole('link', { name: `下一项：阅读：${titleOf(secondId)}` })).toHaveCount(0);
});
