import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { fileSize } from '../../src/domain/bound-layout.ts';
import { PRINTED_PDF_FOLDER, PRINTED_PDFS, ruleHelpPath } from '../../src/domain/routes.ts';
import { buildOfflineWorker } from '../../src/offline/build.ts';
import { checklist, manual } from '../support/manual.ts';
import { serveStatic, waitForOfflineCopy } from '../support/offline.ts';

test.use({ serviceWorkers: 'allow' });
// The worker keeps the whole manual (some 15 MB on the device, 830 files) before these tests can
// go offline: on two busy cores that alone can take half a minute.
test.describe.configure({ timeout: 90_000 });

const systemFailure = checklist('system-failure');
const [firstStep] = systemFailure.runSteps();
const chapter = (id: string) => {
	const entry = manual.chapters.find((candidate) => candidate.id === id);
	if (!entry) throw new Error(`tests expect the chapter ${id}`);
	return entry;
};
const QUERY = '数据泄露';

async function searchTitles(page: Page, query: string): Promise<string[]> {
	await page.getByRole('button', { name: '搜索' }).click();
	await page.getByRole('dialog', { name: '搜索' }).getByRole('textbox', { name: '搜索' }).fill(query);
	const results = page.locator('.pagefind-ui__result-title > .pagefind-ui__result-link');
	await expect(results.first()).toBeVisible();
	await expect(page.locator('.pagefind-ui__message')).toContainText(`“${query}”`);
	return results.allTextContents();
}

// One device's story, in order: the copy installed for the first time, then read with the network
// down, then its search index lost. The three share that device's install instead of each
// installing the whole copy again.
test.describe('one device', () => {
	test.describe.configure({ mode: 'serial' });

	/** The device: a browser profile with the manual's worker allowed. */
	let device: BrowserContext;
	test.beforeAll(async ({ browser }) => {
		const { baseURL } = test.info().project.use;
		device = await browser.newContext({ ...(baseURL ? { baseURL } : {}), serviceWorkers: 'allow' });
	});
	test.afterAll(async () => {
		await device.close();
	});
	/** A new tab on the device, back online. */
	async function onDevice(): Promise<Page> {
		await device.setOffline(false);
		return device.newPage();
	}

	test('the first time the offline copy is ready the page says so, once per device', async () => {
		const page = await onDevice();
		await page.goto('/');
		await waitForOfflineCopy(page);
		const notice = page.getByRole('status').filter({ hasText: '已可离线使用' });
		await expect(notice).toBeVisible();
		await expect(notice).toContainText('断网或公司服务器停机时，应急清单、联系人和搜索照常可用');
		await notice.getByRole('button', { name: '知道了' }).click();
		await expect(notice).toHaveCount(0);
		// Another page, and a reload: the copy is still ready, and nothing is said again.
		await page.goto(`/checklists/${systemFailure.id}/`);
		await waitForOfflineCopy(page);
		await page.reload();
		await waitForOfflineCopy(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(systemFailure.data.title);
		await expect(page.getByText('已可离线使用')).toHaveCount(0);
	});

	test('after one visit the whole manual opens, searches and runs with the network down', async () => {
		// The device has the copy from the test before; this visit is what a reader's first would be.
		const page = await onDevice();
		const context = device;
		await page.clock.install({ time: new Date('2026-11-24T09:00:00') });
		await page.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { __violations: string[] }).__violations = seen;
			document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
		});
		await page.goto('/');
		const online = await searchTitles(page, QUERY);
		await waitForOfflineCopy(page);
		// An editor's rule help, read online.
		await page.goto(ruleHelpPath('ref/chapter'));
		const helpTitle = await page.getByRole('heading', { level: 1 }).textContent();
		await context.setOffline(true);

		// Pages never opened: a chapter, the glossary, the calendar, a training chapter.
		for (const id of ['emergency/framework', 'training/start-here']) {
			await page.goto(`/${id}/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter(id).title);
		}
		await page.goto('/glossary/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('术语表');
		await expect(page.getByText(manual.glossary!.data[0]!.term, { exact: true }).first()).toBeVisible();
		await page.goto('/calendar/');
		await expect(page.getByRole('heading', { level: 2, name: `${manual.calendars[0]!.data.year} 年` })).toBeVisible();

		// An address typed without its trailing slash finds the same page.
		await page.goto('/emergency/framework');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter('emergency/framework').title);

		// An address the manual does not have: the offline page, which leads to what an incident needs.
		await page.goto('/no-such-page/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('这一页暂时打不开');
		// Served by the worker under the address asked for, it still runs under its own policy.
		expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
		await page.getByRole('main').getByRole('link', { name: '应急联系人' }).click();
		await expect(page.getByRole('link', { name: '110', exact: true })).toHaveAttribute('href', 'tel:110');
		// The editors' help on a check rule is not kept ahead of time (src/domain/offline.ts says why);
		// the one read online was kept as it was read.
		await page.goto(ruleHelpPath('ref/role'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('这一页暂时打不开');
		await page.goto(ruleHelpPath('ref/chapter'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(helpTitle!);

		// The same search gives the same results offline.
		expect(await searchTitles(page, QUERY)).toEqual(online);

		// A run starts, records a tick and survives a reload.
		await page.goto(`/checklists/${systemFailure.id}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(systemFailure.data.title);
		await page.getByRole('button', { name: '开始执行' }).click();
		await expect(page.getByRole('status').filter({ hasText: '运行中' })).toBeVisible();
		await page.getByRole('checkbox', { name: firstStep!.text }).check();
		await page.reload();
		await expect(page.getByRole('status').filter({ hasText: '运行中' })).toBeVisible();
		await expect(page.getByRole('checkbox', { name: firstStep!.text })).toBeChecked();

		await page.goto('/emergency-kit/');
		expect(await page.locator('.kit-item').count()).toBeGreaterThanOrEqual(11);
	});

	test('offline without the search index kept, the dialog says so instead of searching for ever', async () => {
		const page = await onDevice();
		const context = device;
		await page.clock.install({ time: new Date('2026-11-24T09:00:00') });
		await page.goto('/');
		await waitForOfflineCopy(page);
		// As on a device whose install was cut short: the pages are kept, the index is not.
		await page.evaluate(async () => {
			for (const name of await caches.keys()) {
				const cache = await caches.open(name);
				for (const request of await cache.keys()) if (new URL(request.url).pathname.startsWith('/pagefind/')) await cache.delete(request);
			}
		});
		await context.setOffline(true);
		await page.goto('/contacts/');
		await page.getByRole('button', { name: '搜索' }).click();
		await page.getByRole('dialog', { name: '搜索' }).getByRole('textbox', { name: '搜索' }).fill(QUERY);
		const alert = page.getByRole('dialog', { name: '搜索' }).getByRole('alert');
		await expect(alert).toContainText('现在无法搜索');
		await expect(page.getByText('正在搜索')).toBeHidden();
		await alert.getByRole('link', { name: '全部清单' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('全部清单');
	});
});

test('above the precache budget the incident pages and search are kept ahead, other pages as they are read', async ({ context }) => {
	const copy = mkdtempSync(join(tmpdir(), 'manual-budget-'));
	const site = await serveStatic(copy);
	try {
		cpSync(join(import.meta.dirname, '..', '..', 'dist'), copy, { recursive: true });
		// The same site with a budget it exceeds, as a much larger manual would.
		const plan = await buildOfflineWorker(copy, { base: '/', precacheBudgetBytes: 1024 * 1024 });
		expect(plan.whole).toBe(false);
		const page = await context.newPage();
		await page.clock.install({ time: new Date('2026-11-24T09:00:00') });
		await page.goto(`${site.origin}/`);
		await waitForOfflineCopy(page);
		const [read, unread] = ['emergency/communication', 'emergency/framework'].map(chapter);
		await page.goto(`${site.origin}/${read!.id}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(read!.title);

		await context.setOffline(true);
		await page.goto(`${site.origin}/checklists/${systemFailure.id}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(systemFailure.data.title);
		await page.goto(`${site.origin}/${read!.id}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(read!.title);
		await page.goto(`${site.origin}/${unread!.id}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('这一页暂时打不开');
		expect(await searchTitles(page, QUERY)).not.toEqual([]);
	} finally {
		await site.close();
		rmSync(copy, { recursive: true, force: true });
	}
});

test('the 合订本 PDF downloaded once from /bound/ downloads again offline, size and all', async ({ context }) => {
	test.setTimeout(180_000);
	const copy = mkdtempSync(join(tmpdir(), 'manual-pdf-offline-'));
	const site = await serveStatic(copy);
	try {
		cpSync(join(import.meta.dirname, '..', '..', 'dist'), copy, { recursive: true });
		const page = await context.newPage();
		// A real PDF where `npm run pdf` publishes the 合订本: a short page printed (the contacts), as
		// what is tested is the file's way through the offline copy, not its content.
		await page.goto(`${site.origin}/contacts/`);
		const pdf = await page.pdf({ format: 'A4' });
		mkdirSync(join(copy, PRINTED_PDF_FOLDER), { recursive: true });
		writeFileSync(join(copy, PRINTED_PDF_FOLDER, PRINTED_PDFS.boundManual), pdf);
		await page.goto(`${site.origin}/`);
		await waitForOfflineCopy(page);
		await page.goto(`${site.origin}/bound/`);
		const link = page.getByRole('link', { name: /下载合订本 PDF/ });
		const online = await Promise.all([page.waitForEvent('download'), link.click()]);
		expect(await online[0].failure()).toBeNull();
		// The worker keeps its copy as the download's body arrives; the download can end a moment
		// before the copy is stored (a busy machine showed it): going offline waits for it, as a reader's next visit would.
		const href = await link.getAttribute('href');
		await expect.poll(() => page.evaluate(async (url) => Boolean(await caches.match(url!)), href)).toBe(true);

		await context.setOffline(true);
		await page.reload();
		// The size now comes from the copy kept on the device.
		await expect(link).toContainText(fileSize(pdf.length));
		const [offline] = await Promise.all([page.waitForEvent('download'), link.click()]);
		const saved = join(copy, 'downloaded.pdf');
		await offline.saveAs(saved);
		expect(readFileSync(saved).equals(pdf)).toBe(true);
	} finally {
		await context.setOffline(false);
		await site.close();
		rmSync(copy, { recursive: true, force: true });
	}
});
