import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { incidentEntries } from '../../src/domain/incidents.ts';
import { PRINTED_PDF_FOLDER } from '../../src/domain/routes.ts';
import { checklist, literally, manual } from '../support/manual.ts';
import { SUBPATH_BASE, SUBPATH_DIST } from '../support/subpath.ts';
import { expectedModules, svgModules } from '../support/qr.ts';
import { waitForOfflineCopy } from '../support/offline.ts';

/**
 * The site deployed under a sub-path (`npm run build:subpath`, served at `SUBPATH_BASE`): the
 * README promises that only `site.base` changes. Paths here are relative to the base URL, so
 * `page.goto('checklists/x/')` opens `/manual/checklists/x/`.
 */
const systemFailure = checklist('system-failure');
const [first] = systemFailure.runSteps();

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true })
		.map(String)
		.filter((name) => name.endsWith('.html'))
		.map((name) => join(dir, name));
}

/** The file a root-relative URL of the sub-path build is served from, if any. */
function servedFile(url: string): string | undefined {
	const path = decodeURIComponent(url.split(/[?#]/)[0]!.slice(SUBPATH_BASE.length));
	const file = join(SUBPATH_DIST, path);
	if (existsSync(file) && statSync(file).isFile()) return file;
	if (existsSync(join(file, 'index.html'))) return join(file, 'index.html');
	return undefined;
}

test('every root-relative link and asset in the built site is under the base and exists', () => {
	const broken: string[] = [];
	let checked = 0;
	// The printed PDFs come after the build (`npm run pdf`); /bound/ says so when one is missing (pdf.spec.ts).
	const printedPdf = `${SUBPATH_BASE}${PRINTED_PDF_FOLDER.slice(1)}`;
	for (const file of htmlFiles(SUBPATH_DIST)) {
		for (const [, url] of readFileSync(file, 'utf8').matchAll(/\s(?:href|src)="(\/(?!\/)[^"]*)"/g)) {
			checked++;
			if (!url!.startsWith(SUBPATH_BASE) || !(servedFile(url!) || url!.startsWith(printedPdf))) broken.push(`${file}: ${url}`);
		}
	}
	expect(checked).toBeGreaterThan(1000);
	expect(broken).toEqual([]);
});

async function startedRunOf(page: Page) {
	await expect(page.getByRole('status').filter({ hasText: '运行中' })).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`${SUBPATH_BASE}checklists/[a-z0-9-]+/\\?run=`));
}

test('home: an incident entry leads to its checklist, and its start link starts a run', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 780 });
	await page.goto('./');
	const entry = incidentEntries(manual.checklists).find((candidate) => candidate.checklists.length === 1)!;
	const [choice] = entry.checklists;
	await page.getByRole('link', { name: new RegExp(`^${literally(entry.label).source}`) }).click();
	await expect(page).toHaveURL(`${SUBPATH_BASE}checklists/${choice!.id}/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(choice!.title);
	await page.goto('./');
	await page.getByRole('link', { name: new RegExp(`^${literally(entry.label).source}`) }).click();
	await page.getByRole('button', { name: '开始执行' }).click();
	await startedRunOf(page);
});

test('a chapter: its content links, sidebar, role and edit links work under the base', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('emergency/framework/');
	// A link an editor wrote as /emergency/…/ in the chapter's text.
	const contentLink = page.locator('.sl-markdown-content a[href^="/"]').first();
	const target = await contentLink.getAttribute('href');
	expect(target).toMatch(new RegExp(`^${SUBPATH_BASE}`));
	await contentLink.click();
	await expect(page).toHaveURL(target!);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page).not.toHaveTitle(/404/);

	await page.goto('emergency/framework/');
	const sidebar = page.getByRole('navigation', { name: '主要' });
	await sidebar.getByRole('link', { name: '应急联系人' }).click();
	await expect(page).toHaveURL(`${SUBPATH_BASE}contacts/`);

	await page.goto('emergency/framework/');
	await page.locator('.stewardship a').click();
	await expect(page).toHaveURL(new RegExp(`${SUBPATH_BASE}roles/#[a-z-]+$`));
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	await page.goto('emergency/framework/');
	await expect(page.getByRole('link', { name: '编辑此页' })).toHaveAttribute(
		'href',
		/\/edit\/main\/content\/chapters\/emergency\/framework\.mdx$/,
	);
});

test('a checklist run: start, tick, reload, follow the role link, resume from home', async ({ page }) => {
	await page.goto(`checklists/${systemFailure.id}/`);
	await page.getByRole('button', { name: '开始执行' }).click();
	await startedRunOf(page);
	const box = page.getByRole('checkbox', { name: literally(first!.text) });
	await box.check();
	await page.reload();
	await expect(box).toBeChecked();
	const runUrl = page.url();

	const role = page.locator(`.run-step[data-step="${first!.id}"] a[href*="/roles/"]`).first();
	await expect(role).toHaveAttribute('href', `${SUBPATH_BASE}roles/#${first!.role}`);
	await role.click();
	await expect(page.locator(`[id="${first!.role}"]`)).toBeVisible();

	await page.goto('./');
	const resume = page.locator('unfinished-runs a[href*="?run="]').first();
	await expect(resume).toHaveAttribute('href', new RegExp(`^${SUBPATH_BASE}checklists/${systemFailure.id}/\\?run=`));
	await resume.click();
	await expect(page).toHaveURL(runUrl);
	await expect(page.getByRole('checkbox', { name: literally(first!.text) })).toBeChecked();
});

test('a hand-over link and the run history work under the base', async ({ page, browser, baseURL }) => {
	await page.goto(`checklists/${systemFailure.id}/`);
	await page.getByRole('button', { name: '开始执行' }).click();
	await startedRunOf(page);
	await page.getByRole('checkbox', { name: literally(first!.text) }).check();
	await page.getByRole('button', { name: '交给他人' }).click();
	await page.getByRole('textbox', { name: '交给谁（接手人的姓名）' }).fill('王五');
	await page.getByRole('button', { name: '交出并生成链接' }).click();
	const link = page.getByRole('textbox', { name: /交接链接/ });
	await expect(link).toHaveValue(new RegExp(`^${literally(`${baseURL}checklists/${systemFailure.id}/#run=`).source}`));
	await expect(page.getByRole('img', { name: '交接链接的二维码' })).toBeVisible();
	const phone = await browser.newContext({ serviceWorkers: 'block' });
	const other = await phone.newPage();
	await other.goto(await link.inputValue());
	await startedRunOf(other);
	await expect(other.getByRole('checkbox', { name: literally(first!.text) })).toBeChecked();

	await other.goto('./');
	await other
		.locator('unfinished-runs')
		.getByRole('link', { name: /本设备上的全部运行记录/ })
		.click();
	await expect(other).toHaveURL(`${SUBPATH_BASE}runs/`);
	const run = other.locator('run-history').getByRole('link', { name: systemFailure.data.title, exact: true });
	await expect(run).toHaveAttribute('href', new RegExp(`^${SUBPATH_BASE}checklists/${systemFailure.id}/\\?run=`));
	await run.click();
	await expect(other.getByRole('checkbox', { name: literally(first!.text) })).toBeChecked();
	await phone.close();
});

test('search finds a page and its result opens under the base', async ({ page }) => {
	await page.goto('./');
	await page.getByRole('button', { name: '搜索' }).click();
	const dialog = page.getByRole('dialog', { name: '搜索' });
	await dialog.getByRole('textbox', { name: '搜索' }).fill(systemFailure.data.title);
	const result = dialog.locator('.pagefind-ui__result-link').first();
	await expect(result).toHaveAttribute('href', new RegExp(`^${SUBPATH_BASE}`));
	await result.click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page).not.toHaveTitle(/404/);
});

test('content status: the sidebar reaches it, its rows link under the base, and overdue rows still move up', async ({ page }) => {
	// Far in the future, so every row is overdue and the script has run over the whole table.
	await page.clock.install({ time: new Date('2099-01-01T10:00:00') });
	await page.goto('./');
	await page.getByRole('navigation', { name: '主要' }).getByRole('link', { name: '内容状态' }).click();
	await expect(page).toHaveURL(`${SUBPATH_BASE}status/`);
	await expect(page.getByText(/^今天是 2099-01-01：有 \d+ 项已超过审阅期限/)).toBeVisible();
	const { id, data } = checklist('system-failure');
	const row = page.locator('.status-table tbody tr').filter({ has: page.getByRole('link', { name: data.title, exact: true }) });
	await expect(row.getByRole('link', { name: data.title, exact: true })).toHaveAttribute('href', `${SUBPATH_BASE}checklists/${id}/`);
	await expect(row.getByRole('link').nth(1)).toHaveAttribute('href', new RegExp(`^${SUBPATH_BASE}roles/#`));
	await row.getByRole('link', { name: data.title, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.title);
});

test.describe('offline', () => {
	test.use({ serviceWorkers: 'allow' });

	test('the service worker registers under the base and keeps the whole manual for when the network is down', async ({ page, context }) => {
		await page.goto('./');
		const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
		expect(new URL(scope).pathname).toBe(SUBPATH_BASE);
		await waitForOfflineCopy(page);
		await context.setOffline(true);
		await page.goto(`checklists/${systemFailure.id}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(systemFailure.data.title);
		await page.getByRole('button', { name: '开始执行' }).click();
		await startedRunOf(page);
		// A chapter never opened, asked for without its trailing slash.
		const framework = manual.chapters.find((chapter) => chapter.id === 'emergency/framework')!;
		await page.goto('emergency/framework');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(framework.title);
		// Search from the kept index.
		await page.getByRole('button', { name: '搜索' }).click();
		await page.getByRole('dialog', { name: '搜索' }).getByRole('textbox', { name: '搜索' }).fill('数据泄露');
		await expect(page.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', new RegExp(`^${SUBPATH_BASE}`));
		// An address the manual does not have: the offline page, with links under the base.
		await page.goto('no-such-page/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('这一页暂时打不开');
		await expect(page.getByRole('main').getByRole('link', { name: '应急联系人' })).toHaveAttribute('href', `${SUBPATH_BASE}contacts/`);
	});
});

test('a printed sheet’s QR code points to its page under the base, which tells an old copy from the current one', async ({ page }) => {
	const dataLoss = checklist('data-loss');
	const expected = `${manual.organisation!.data.site.url.replace(/\/$/, '')}${SUBPATH_BASE}checklists/${dataLoss.id}/?edition=${dataLoss.edition}`;
	await page.goto(`checklists/${dataLoss.id}/?edition=2020-01-01`);
	await expect(page.locator('printed-edition')).toContainText(`您手上的是 2020-01-01 版，当前为 ${dataLoss.edition} 版`);
	await page.locator('printed-edition').getByRole('link').click();
	await expect(page).toHaveURL(new RegExp(`${SUBPATH_BASE}status/#edition-${dataLoss.id}$`));
	await page.goto(`checklists/${dataLoss.id}/`);
	await page.emulateMedia({ media: 'print' });
	const code = page.locator('.checklist .printed-edition-code');
	await expect(code.locator('figcaption span')).toHaveText(expected);
	expect(svgModules(await code.locator('svg').evaluate((svg) => svg.outerHTML))).toEqual(expectedModules(expected));
});
