import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { checklistPath } from '../../src/domain/routes.ts';
import { checklist, literally } from '../support/manual.ts';

/**
 * 交给他人: the person at the desk hands a running checklist to a supervisor on another device,
 * by a link (whose fragment carries the record and never reaches a server) or a file, and takes
 * the supervisor's copy back. Each device is a browser context with its own storage; the reader is
 * in Shanghai, and the incident starts at 16:40.
 */
const systemFailure = checklist('system-failure');
const dataLeak = checklist('cyber-data-leak');
const [first, second] = systemFailure.runSteps();
if (!first || !second) throw new Error(`${systemFailure.id} needs two steps for these tests`);
const NOW = new Date('2026-12-15T16:40:00+08:00');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

const running = (page: Page) => page.getByRole('status').filter({ hasText: '运行中' });
const stepBox = (page: Page, text: string) => page.getByRole('checkbox', { name: literally(text) });
/** Everything this device has stored, to show an import changed nothing. */
const stored = (page: Page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
const fileOf = async (download: Download) => ({
	name: download.suggestedFilename(),
	mimeType: 'application/json',
	buffer: readFileSync((await download.path())!),
});

async function startIncident(page: Page, title: string) {
	await page.goto(checklistPath(systemFailure.id));
	await page.getByLabel('事件标题').fill(title);
	await page.getByRole('button', { name: '开始执行' }).click();
	await expect(running(page)).toContainText(title);
}

test('a hand-over link asks the receiver for a name and records their ticks under it; the giver shows 已交出 until the record comes back', async ({
	page,
	browser,
	baseURL,
}) => {
	await page.clock.install({ time: NOW });
	const qrRequests: string[] = [];
	page.on('request', (request) => /\/qr\.[\w-]+\.js$/.test(request.url()) && qrRequests.push(request.url()));
	await page.goto(checklistPath(systemFailure.id));
	await page.getByLabel('事件标题').fill('财务软件无法登录');
	await page.getByLabel('我的姓名（记录为操作人）').fill('李四');
	await page.getByRole('button', { name: '开始执行' }).click();
	await expect(running(page)).toContainText('财务软件无法登录');
	await stepBox(page, first.text).check();

	// The QR encoder is not part of the page until the hand-over panel opens and the run is handed over.
	expect(qrRequests).toEqual([]);
	await page.clock.setFixedTime(minutes(5));
	await page.getByRole('group', { name: '运行操作' }).getByRole('button', { name: '交给他人' }).click();
	const panel = page.getByRole('region', { name: '交给他人' });
	await expect(page.getByRole('heading', { name: '交给他人' })).toBeFocused();
	// No link leaves before the panel knows whom the run goes to.
	await expect(panel.getByRole('textbox', { name: /交接链接/ })).toBeHidden();
	await panel.getByRole('button', { name: '交出并生成链接' }).click();
	const recipient = panel.getByRole('textbox', { name: '交给谁（接手人的姓名）' });
	await expect(recipient).toBeFocused();
	await expect(panel.getByText('请填写接手人的姓名：记录里会写明这次运行交给了谁。')).toBeVisible();
	await recipient.fill('王五');
	await panel.getByRole('button', { name: '交出并生成链接' }).click();
	const linkBox = panel.getByRole('textbox', { name: /交接链接/ });
	await expect(linkBox).toHaveValue(new RegExp(`^${literally(`${baseURL}${checklistPath(systemFailure.id)}#run=`).source}[A-Za-z0-9_-]+$`));
	await expect(panel.getByRole('img', { name: '交接链接的二维码' })).toBeVisible();
	expect(qrRequests).toHaveLength(1);
	const link = await linkBox.inputValue();
	const payload = link.split('#run=')[1]!;
	expect(link.length).toBeLessThan(2_000);

	// The desk now shows the run as handed over, still readable, and can no longer tick or finish it.
	const handedOver = page.getByRole('status').filter({ hasText: '已交出' });
	await expect(handedOver).toContainText('财务软件无法登录');
	await expect(running(page)).toHaveCount(0);
	await expect(page.getByRole('region', { name: '已交出' })).toContainText('这次运行已于 16:45 交给 王五（由 李四 交出），本设备只能查看');
	await expect(stepBox(page, second.text)).toBeDisabled();
	await expect(page.getByRole('button', { name: '结束运行' })).toBeDisabled();
	await expect(page.getByText(first.text).first()).toBeVisible();
	await page.locator('.run-history summary').click();
	await expect(page.locator('.run-history')).toContainText('16:45 交给 王五 — 李四');
	// A reload keeps it so: the hand-over is in the stored record.
	await page.reload();
	await expect(handedOver).toBeVisible();
	await expect(stepBox(page, second.text)).toBeDisabled();

	// The supervisor's phone: another browser with nothing stored, ten minutes later.
	const phone = await browser.newContext({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN', serviceWorkers: 'block' });
	const other = await phone.newPage();
	await other.clock.install({ time: minutes(10) });
	const sent: string[] = [];
	other.on('request', (request) => sent.push(request.url()));
	await other.goto(link);
	await expect(running(other)).toContainText('财务软件无法登录');
	await expect(other.getByRole('status').filter({ hasText: '新导入 1 条运行记录' })).toBeVisible();
	await expect(stepBox(other, first.text)).toBeChecked();
	// Before the first action the phone asks who is acting, suggesting the name the desk handed it to.
	const prompt = other.getByRole('form', { name: '接手这次运行：你是谁？' });
	const name = prompt.getByRole('textbox', { name: '你的姓名' });
	await expect(name).toBeFocused();
	await expect(name).toHaveValue('王五');
	await expect(stepBox(other, second.text)).toBeDisabled();
	await expect(other.getByRole('button', { name: '结束运行' })).toBeDisabled();
	// The record stayed in the fragment: no request carried it, and the address no longer holds it.
	expect(sent.filter((url) => url.includes(payload.slice(0, 40)))).toEqual([]);
	await expect(other).toHaveURL(/\?run=[a-z0-9]+$/);
	const runId = new URL(other.url()).searchParams.get('run')!;
	expect(await other.evaluate((id) => localStorage.getItem(`manual.run.${id}`) !== null, runId)).toBe(true);
	// A reload before answering still asks.
	await other.reload();
	await expect(prompt).toBeVisible();
	await name.fill('');
	await prompt.getByRole('button', { name: '确认接手' }).click();
	await expect(prompt.getByText('请填写你的姓名')).toBeVisible();
	await name.fill('赵六');
	await prompt.getByRole('button', { name: '确认接手' }).click();
	await expect(prompt).toHaveCount(0);
	await expect(other.getByRole('textbox', { name: '操作人' })).toHaveValue('赵六');
	// The phone is not the one that handed over: it acts, and its ticks are its operator's.
	await stepBox(other, second.text).check();
	await expect(other.locator(`li.step[data-step="${second.id}"]`)).toContainText('16:50 完成（赵六）');
	await other.locator('.run-history summary').click();
	await expect(other.locator('.run-history')).toContainText(`16:50 完成：${second.text} — 赵六`);

	// Opening the same link again changes nothing.
	const before = await stored(other);
	await other.goto(link);
	await expect(other.getByRole('status').filter({ hasText: '已是最新，没有新的操作' })).toBeVisible();
	expect(await stored(other)).toBe(before);

	// The supervisor hands the record back as a file.
	await other.goto(`${checklistPath(systemFailure.id)}?run=${runId}`);
	await other.getByRole('button', { name: '交给他人' }).click();
	await other.getByRole('textbox', { name: '交给谁（接手人的姓名）' }).fill('李四');
	await other.getByRole('button', { name: '交出并生成链接' }).click();
	const [download] = await Promise.all([
		other.waitForEvent('download'),
		other.getByRole('button', { name: '下载记录文件（JSON）' }).click(),
	]);
	// Named by the local start time, as the runner's exports are.
	expect(download.suggestedFilename()).toBe(`${systemFailure.id}-20261215-1640.json`);
	const file = await fileOf(download);
	await expect(other.getByRole('status').filter({ hasText: '已交出' })).toBeVisible();
	await phone.close();

	// Back at the desk, the newer record is imported from the 已交出 notice: the run is the desk's again.
	const takeBack = page.getByLabel('取回：导入对方交回的最新记录（JSON）');
	await takeBack.setInputFiles(file);
	await expect(running(page)).toContainText('财务软件无法登录');
	await expect(page.getByRole('region', { name: '已交出' })).toBeHidden();
	await expect(stepBox(page, second.text)).toBeChecked();
	await expect(page.locator(`li.step[data-step="${second.id}"]`)).toContainText('完成（赵六）');
	await expect(stepBox(page, second.text)).toBeEnabled();
	await expect(page.getByRole('button', { name: '结束运行' })).toBeEnabled();
	// The same file again, through 交给他人's import, adds nothing.
	const merged = await stored(page);
	await page.getByRole('button', { name: '交给他人' }).click();
	const input = panel.getByLabel('导入对方交来的记录文件（JSON）');
	await input.setInputFiles(file);
	await expect(panel.getByRole('status').filter({ hasText: '已是最新，没有新的操作' })).toBeVisible();
	expect(await stored(page)).toBe(merged);
	const markdown = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Markdown' }).click()]).then(
		([exported]) => exported.path().then((path) => readFileSync(path!, 'utf8')),
	);
	expect(markdown).toContain('交给 王五 — 李四');
	expect(markdown).toContain(`完成：${second.text} — 赵六`);
	expect(markdown).toContain('交给 李四 — 赵六');
});

test('a record too large for a QR code falls back to the file, and says so', async ({ page }) => {
	await page.clock.install({ time: NOW });
	await startIncident(page, '服务器日志');
	// A pasted log: varied text that does not compress away.
	let seed = 7;
	const log = Array.from({ length: 1_600 }, () => String.fromCharCode(0x4e00 + ((seed = (seed * 48271) % 2147483647) % 2000))).join('');
	const row = page.locator(`.checklist li.step[data-step="${first.id}"]`);
	await row.getByText('添加备注').click();
	await page.getByRole('textbox', { name: `“${first.text}”的备注` }).fill(log);
	await row.getByRole('button', { name: '保存备注' }).click();
	await expect(row).toContainText(log.slice(0, 20));

	await page.getByRole('button', { name: '交给他人' }).click();
	const panel = page.getByRole('region', { name: '交给他人' });
	await panel.getByRole('textbox', { name: '交给谁（接手人的姓名）' }).fill('王五');
	await panel.getByRole('button', { name: '交出并生成链接' }).click();
	await expect(panel.getByText(/记录太大.*无法做成二维码：请改用上面的“下载记录文件”交接/)).toBeVisible();
	await expect(panel.getByRole('img', { name: '交接链接的二维码' })).toHaveCount(0);
	await expect(panel.getByRole('textbox', { name: /交接链接/ })).toHaveValue(/#run=/);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		panel.getByRole('button', { name: '下载记录文件（JSON）' }).click(),
	]);
	expect(readFileSync((await download.path())!, 'utf8')).toContain(log);
});

test('a run file imported on another device opens it; a bad, damaged or foreign file is refused and changes nothing', async ({
	page,
	browser,
}) => {
	await page.clock.install({ time: NOW });
	await startIncident(page, '财务软件无法登录');
	await stepBox(page, first.text).check();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 JSON' }).click()]);
	const good = await fileOf(download);
	// A run of another checklist, exported the same way.
	await page.goto(checklistPath(dataLeak.id));
	await page.getByRole('button', { name: '开始执行' }).click();
	await expect(running(page)).toBeVisible();
	const [leakDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 JSON' }).click()]);
	const foreign = await fileOf(leakDownload);

	const desk = await browser.newContext({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN', serviceWorkers: 'block' });
	const other = await desk.newPage();
	await other.clock.install({ time: minutes(30) });
	await other.goto(checklistPath(systemFailure.id));
	// Something stored already, which a refused import must leave as it is.
	await other.evaluate(() => localStorage.setItem('manual.operator', '李四'));
	const before = await stored(other);
	const input = other.getByLabel('接手他人的运行：导入交来的记录文件（JSON）');
	const status = other.locator('.run-import-status');
	const record = JSON.parse(good.buffer.toString('utf8')) as { version: number; events: { seq: unknown }[] };
	const variant = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
	const refused: [ReturnType<typeof variant>, RegExp][] = [
		[variant('notes.json', '事件经过：……'), /无法导入“notes\.json”：这个文件不是 JSON 格式/],
		[variant('cut.json', good.buffer.toString('utf8').slice(0, 400)), /这个文件不是 JSON 格式/],
		[variant('newer.json', JSON.stringify({ ...record, version: 4 })), /格式版本为 4，本手册只能读取版本 1 至 3/],
		[
			variant(
				'damaged.json',
				JSON.stringify({ ...record, events: record.events.map((event, i) => (i === 0 ? { ...event, seq: -1 } : event)) }),
			),
			/这份记录已损坏，无法读取：events\.0\.seq/,
		],
		[variant('training.json', JSON.stringify({ name: '张三', confirmations: [] })), /不是手册导出的运行记录/],
		[
			foreign,
			new RegExp(`属于另一张清单《${literally(dataLeak.data.title).source}》，不是本页的《${literally(systemFailure.data.title).source}》`),
		],
	];
	for (const [file, problem] of refused) {
		await input.setInputFiles(file);
		await expect(status).toHaveText(problem);
		await expect(status).toContainText('本设备上的记录没有改动');
		expect(await stored(other)).toBe(before);
		await expect(other.getByRole('button', { name: '开始执行' })).toBeVisible();
	}

	await input.setInputFiles(good);
	await expect(running(other)).toContainText('财务软件无法登录');
	await expect(stepBox(other, first.text)).toBeChecked();
	await expect(other).toHaveURL(/\?run=[a-z0-9]+$/);
	await desk.close();
});
