import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/browser.mjs';
import { buildOfflineWorker } from '../../src/offline/build.ts';
import { checklist, manual } from '../support/manual.ts';
import { serveStatic, waitForOfflineCopy } from '../support/offline.ts';

/**
 * A new edition deployed while pages are open: a copy of dist/ is served, changed and given a new
 * worker as a deploy would, and the open pages announce it without swapping anything under a run.
 */
test.use({ serviceWorkers: 'allow' });
// The worker keeps the whole manual (some 18 MB on the device) before these tests can go offline:
// on two busy cores that alone can take half a minute.
test.describe.configure({ timeout: 90_000 });

const systemFailure = checklist('system-failure');
const [otherId] = manual.checklists.map((entry) => entry.id).filter((id) => id !== systemFailure.id);
const CHANGE = '（本段为新版本新增）';

test('a new edition is announced on open pages, a run keeps its edition, and a stale start form warns first', async ({ context }) => {
	const copy = mkdtempSync(join(tmpdir(), 'manual-deploy-'));
	const site = await serveStatic(copy);
	try {
		cpSync(join(import.meta.dirname, '..', '..', 'dist'), copy, { recursive: true });
		const reading = await context.newPage();
		await reading.clock.install({ time: new Date('2026-11-24T09:00:00') });
		await reading.goto(`${site.origin}/checklists/${systemFailure.id}/`);
		await waitForOfflineCopy(reading);
		// A second page runs another checklist while the deploy happens.
		const running = await context.newPage();
		await running.clock.install({ time: new Date('2026-11-24T09:00:00') });
		await running.goto(`${site.origin}/checklists/${otherId}/`);
		await running.getByRole('button', { name: '开始执行' }).click();
		await expect(running.getByRole('status').filter({ hasText: '运行中' })).toBeVisible();
		for (const page of [reading, running]) await expect(page.getByRole('status').filter({ hasText: '手册已更新' })).toBeHidden();

		// The deploy: one chapter changes, and the worker is rebuilt with new revisions.
		const chapterFile = join(copy, 'emergency', 'framework', 'index.html');
		writeFileSync(chapterFile, readFileSync(chapterFile, 'utf8').replace('</h1>', `</h1><p>${CHANGE}</p>`));
		const { edition } = await buildOfflineWorker(copy, { base: '/' });

		// Someone opens the manual: the browser checks for a new worker as it navigates, and the page it gets is current.
		const fresh = await context.newPage();
		await fresh.goto(`${site.origin}/emergency/framework/`);
		await expect(fresh.getByText(CHANGE)).toBeVisible();

		const notice = (page: typeof reading) => page.getByRole('status').filter({ hasText: '手册已更新' });
		await expect(notice(reading)).toBeVisible({ timeout: 15_000 });
		const runNote = (page: typeof reading) => notice(page).getByText('正在执行的清单仍按开始时的版本记录');
		await expect(runNote(reading)).toBeHidden();
		await expect(notice(running)).toBeVisible();
		await expect(runNote(running)).toBeVisible();
		await expect(notice(fresh)).toBeHidden();

		// 开始执行 on the old page asks first; declining starts nothing.
		let warning = '';
		reading.once('dialog', (dialog) => {
			warning = dialog.message();
			void dialog.dismiss();
		});
		await reading.getByRole('button', { name: '开始执行' }).click();
		expect(warning).toContain('手册已更新，本页还是旧版');
		await expect(reading.getByRole('status').filter({ hasText: '运行中' })).toBeHidden();

		// The reload lets the new worker take over; the page is then current and starts without a question.
		await notice(reading).getByRole('button', { name: '重新载入' }).click();
		await expect(reading.locator('meta[name="manual-build"]')).toHaveAttribute('content', edition);
		await expect(notice(reading)).toBeHidden();
		reading.once('dialog', () => {
			throw new Error('a current page must not warn before a start');
		});
		await reading.getByRole('button', { name: '开始执行' }).click();
		await expect(reading.getByRole('status').filter({ hasText: '运行中' })).toBeVisible();

		// The run on the other page is untouched by the new worker taking over.
		await expect(running.getByRole('status').filter({ hasText: '运行中' })).toBeVisible();
		await running.reload();
		await expect(running.getByRole('status').filter({ hasText: '运行中' })).toBeVisible();
	} finally {
		await site.close();
		rmSync(copy, { recursive: true, force: true });
	}
});

test('the manual is installable: a valid web app manifest with the organisation short name and icons', async ({ playwright, baseURL }) => {
	// Chromium reports every page of an incognito context (Playwright's default) as not installable: use a profile.
	const profile = mkdtempSync(join(tmpdir(), 'manual-profile-'));
	const executablePath = findChromium({ headlessShell: true });
	const context = await playwright.chromium.launchPersistentContext(profile, {
		...(executablePath ? { executablePath } : {}),
		args: CHROMIUM_ARGS,
		...(baseURL ? { baseURL } : {}),
		serviceWorkers: 'allow',
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto('/');
		await waitForOfflineCopy(page);
		const cdp = await context.newCDPSession(page);
		const { errors } = (await cdp.send('Page.getAppManifest')) as { errors: { message: string }[] };
		expect(errors).toEqual([]);
		const manifest = (await (await page.request.get('/manifest.webmanifest')).json()) as Record<string, unknown>;
		expect(manifest['short_name']).toBe(manual.organisation!.data.shortName);
		expect(manifest['start_url']).toBe('/');
		const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
		expect(installabilityErrors).toEqual([]);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});
