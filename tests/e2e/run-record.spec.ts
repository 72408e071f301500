import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { startRun as newRun, type ChecklistRun } from '../../src/domain/run/model.ts';
import { toSnapshot } from '../../src/domain/run/snapshot.ts';
import { QUARANTINE_KEY_PREFIX, RUN_KEY_PREFIX } from '../../src/domain/run/store.ts';
import { checklistPath } from '../../src/domain/routes.ts';
import { checklist, literally, manual } from '../support/manual.ts';

/**
 * The run's record under the faults a real incident brings: a clock that jumps back, a full
 * storage, a damaged record, two tabs at once, a clear in another tab. Each test failed on the
 * runner before the version 2 store. The clock is fixed at a local time in Shanghai.
 */
const systemFailure = checklist('system-failure');
const CHECKLIST = checklistPath(systemFailure.id);
const [first, second] = systemFailure.runSteps();
if (!first || !second) throw new Error(`${systemFailure.id} needs two steps for these tests`);
const NOW = new Date('2026-12-15T16:40:00+08:00');
const roles = new Map((manual.roles?.data ?? []).map((role) => [role.id, role]));
const snapshot = toSnapshot(systemFailure.id, systemFailure.data, roles);

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
test.beforeEach(async ({ context }) => {
	await context.clock.install({ time: NOW });
});

const running = (page: Page) => page.getByRole('status').filter({ hasText: '运行中' });
const stepBox = (page: Page, text: string) => page.getByRole('checkbox', { name: literally(text) });

async function startRun(page: Page) {
	await page.goto(CHECKLIST);
	await page.getByRole('button', { name: '开始执行' }).click();
	await expect(running(page)).toBeVisible();
	// The address names the run once the device holds it.
	await expect(page).toHaveURL(/\?run=/);
}

/** Writes raw values into the device's storage, as another version of the page or damage would leave them. */
async function seed(page: Page, values: Record<string, string>) {
	await page.goto('/');
	await page.evaluate((entries) => {
		for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
	}, values);
}

/** Fills localStorage until not one more character fits; returns how many filler keys it took. */
async function fillStorage(page: Page): Promise<number> {
	return page.evaluate(() => {
		let size = 1 << 21;
		let count = 0;
		while (size >= 1) {
			try {
				localStorage.setItem(`filler.${count}`, 'x'.repeat(size));
				count += 1;
			} catch {
				size >>= 1;
			}
		}
		return count;
	});
}

test('the clock going back: untick and reopen still work, and the history keeps the real order', async ({ page }) => {
	await startRun(page);
	await stepBox(page, first.text).check();
	// An NTP correction sets the PC clock back half an hour.
	await page.clock.setSystemTime(new Date(NOW.getTime() - 30 * 60_000));
	await stepBox(page, first.text).uncheck();
	await expect(stepBox(page, first.text)).not.toBeChecked();
	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByRole('button', { name: '结束运行' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已结束' })).toBeVisible();
	await page.clock.setSystemTime(new Date(NOW.getTime() - 60 * 60_000));
	await page.getByRole('button', { name: '重新打开' }).click();
	await expect(running(page)).toBeVisible();

	await page.reload();
	await expect(running(page)).toBeVisible();
	await expect(stepBox(page, first.text)).not.toBeChecked();
	await page.getByText(/操作历史/).click();
	const history = await page.locator('.run-history li').allTextContents();
	const index = (pattern: string) => history.findIndex((line) => line.includes(pattern));
	expect(index(`完成：${first.text}`)).toBeLessThan(index(`撤销完成：${first.text}`));
	expect(index(`撤销完成：${first.text}`)).toBeLessThan(index('结束运行'));
	expect(index('结束运行')).toBeLessThan(index('重新打开'));
});

test('storage full: runs are still listed and open, a failed save is kept, guarded and retried when space frees', async ({ page }) => {
	await startRun(page);
	const runUrl = page.url();
	await stepBox(page, first.text).check();
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect(await fillStorage(page)).toBeGreaterThan(0);

	await page.goto('/checklists/');
	const resume = page.getByRole('link', { name: literally(systemFailure.data.title) }).first();
	await expect(resume).toHaveAttribute('href', /\?run=/);
	await resume.click();
	await expect(running(page)).toBeVisible();
	expect(page.url()).toBe(runUrl);
	await expect(stepBox(page, first.text)).toBeChecked();

	// This tick cannot be written: the page says so and will not let the tab close silently.
	await stepBox(page, second.text).check();
	await expect(page.getByRole('alert')).toContainText('尚未保存');
	const guarded = await page.evaluate(() => {
		const event = new Event('beforeunload', { cancelable: true });
		window.dispatchEvent(event);
		return event.defaultPrevented;
	});
	expect(guarded).toBe(true);

	// Space frees (old files deleted); the next retry writes the tick.
	await page.evaluate(() => {
		for (const key of Object.keys(localStorage)) if (key.startsWith('filler.')) localStorage.removeItem(key);
	});
	await page.clock.runFor(6_000);
	await expect(page.getByRole('alert')).toHaveCount(0);
	await page.reload();
	await expect(stepBox(page, second.text)).toBeChecked();
	await expect(stepBox(page, first.text)).toBeChecked();
});

test('a tick made while another tab holds the run’s lock survives a reload straight after it', async ({ page, context }) => {
	await startRun(page);
	const runId = new URL(page.url()).searchParams.get('run')!;
	// Another tab of the manual holds the run's lock, as a tab in the middle of writing it would:
	// this tab's save waits for it (CI once reloaded before such a wait ended, and lost the tick).
	const other = await context.newPage();
	await other.goto('/');
	await other.evaluate((name) => void navigator.locks.request(name, () => new Promise(() => undefined)), RUN_KEY_PREFIX + runId);
	await stepBox(page, first.text).check();
	await page.evaluate(() => ((window as unknown as { beforeReload: boolean }).beforeReload = true));
	await page.reload();
	// A new page, not the old one kept by a refused unload.
	expect(await page.evaluate(() => (window as unknown as { beforeReload?: boolean }).beforeReload)).toBeUndefined();
	await expect(running(page)).toBeVisible();
	await expect(stepBox(page, first.text)).toBeChecked();
});

test('a malformed record beside a good one: the good one is listed, the start form stays, the bad one is kept aside', async ({ page }) => {
	const good = newRun(snapshot, { title: '财务软件无法登录' }, new Date(NOW.getTime() - 10 * 60_000));
	const noStepFields = structuredClone(good) as ChecklistRun;
	noStepFields.id = 'damaged1';
	noStepFields.checklist.phases[0]!.steps[0] = { id: first.id } as never;
	const badStart = JSON.stringify({ ...good, id: 'damaged2', startedAt: '昨天下午' });
	await seed(page, {
		[RUN_KEY_PREFIX + good.id]: JSON.stringify(good),
		[RUN_KEY_PREFIX + 'damaged1']: JSON.stringify(noStepFields),
		[RUN_KEY_PREFIX + 'damaged2']: badStart,
	});

	await page.reload();
	const home = page.getByRole('region', { name: '本设备上未完成的运行' });
	await expect(home.getByRole('link')).toHaveCount(1);
	await expect(home.getByRole('link')).toContainText('财务软件无法登录');
	await expect(home.getByRole('alert')).toContainText('2 条运行记录无法读取');

	await page.goto(CHECKLIST);
	await expect(page.getByRole('button', { name: '开始执行' })).toBeVisible();
	await expect(page.getByRole('region', { name: '未完成的运行' }).getByRole('link')).toHaveCount(1);
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出无法读取的记录' }).click()]);
	const exported = JSON.parse(readFileSync((await file.path())!, 'utf8')) as { key: string; text: string }[];
	expect(exported.map((record) => record.text).sort()).toEqual([JSON.stringify(noStepFields), badStart].sort());
	// Moved aside byte for byte, so no save can overwrite them.
	const kept = await page.evaluate((prefix) => localStorage.getItem(`${prefix}damaged2`), QUARANTINE_KEY_PREFIX);
	expect(kept).toBe(badStart);
});

test('same-instant ticks in two tabs are both kept', async ({ page, context }) => {
	await startRun(page);
	const other = await context.newPage();
	await other.goto(page.url());
	await expect(running(other)).toBeVisible();
	// Both tabs tick in the same event-loop turn, before either hears of the other's write.
	await Promise.all([
		page.evaluate((name) => [...document.querySelectorAll('label')].find((l) => l.textContent?.includes(name))?.click(), first.text),
		other.evaluate((name) => [...document.querySelectorAll('label')].find((l) => l.textContent?.includes(name))?.click(), second.text),
	]);
	await expect(stepBox(page, second.text)).toBeChecked();
	await expect(stepBox(other, first.text)).toBeChecked();
	const fresh = await context.newPage();
	await fresh.goto(page.url());
	await expect(stepBox(fresh, first.text)).toBeChecked();
	await expect(stepBox(fresh, second.text)).toBeChecked();
});

test('a clear in one tab reaches a tab with the run open, which does not write it back', async ({ page, context }) => {
	await startRun(page);
	await stepBox(page, first.text).check();
	const list = await context.newPage();
	await list.goto('/checklists/');
	list.once('dialog', (dialog) => void dialog.accept());
	await list.getByRole('button', { name: '清除本设备上的运行记录' }).click();
	await expect(list.getByText('本设备上没有未完成的运行。')).toBeVisible();

	await expect(page.getByRole('alert')).toContainText('已在本设备的另一个标签页中清除');
	await expect(running(page)).toHaveCount(0);
	await page.bringToFront();
	await page.clock.runFor(30_000);
	await list.reload();
	await expect(list.getByText('本设备上没有未完成的运行。')).toBeVisible();
	expect(await list.evaluate((prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)), RUN_KEY_PREFIX)).toEqual([]);
});
