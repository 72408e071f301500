import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { checklistPath } from '../../src/domain/routes.ts';
import { hasPoppler, POPPLER_MISSING } from '../../scripts/poppler.mjs';
import { checklist, literally } from '../support/manual.ts';

/**
 * The printed record of a run: A4 from Chromium, every page carrying text (the record once had a
 * blank third page), the edition and a filled-in start time (once a blank "启动时间" line). And a
 * run opened under another checklist's address is not shown under this checklist's title.
 * The clock is fixed at 16:40 in Shanghai. Page texts are read with poppler's pdftotext
 * (`npm run test:e2e` provisions it: scripts/ensure-poppler.mjs).
 */
const systemFailure = checklist('system-failure');
const dataLoss = checklist('data-loss');
const [first, second] = systemFailure.runSteps();
if (!first || !second) throw new Error(`${systemFailure.id} needs two steps for these tests`);
const NOW = new Date('2026-12-15T16:40:00+08:00');

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
test.beforeEach(async ({ context }) => {
	await context.clock.install({ time: NOW });
});

const bar = (page: Page, state: '运行中' | '已结束') => page.getByRole('status').filter({ hasText: state });

/** The text of each page of the page printed to A4, as pdftotext reads it, whitespace removed. */
const squeezed = (text: string) => text.replace(/\s+/g, '');
async function printedPages(page: Page): Promise<string[]> {
	if (!hasPoppler()) throw new Error(POPPLER_MISSING);
	const pdftotext = 'pdftotext';
	const file = join(mkdtempSync(join(tmpdir(), 'run-print-')), 'record.pdf');
	writeFileSync(file, await page.pdf({ format: 'A4' }));
	// pdftotext ends every page with a form feed, and spaces Chinese apart from digits: compare without whitespace.
	const pages = execFileSync(pdftotext, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f');
	if (pages.at(-1)?.trim() === '') pages.pop();
	return pages.map((text) => text.replace(/\s+/g, ''));
}

async function startRun(page: Page) {
	await page.goto(checklistPath(systemFailure.id));
	await page.getByRole('button', { name: '开始执行' }).click();
	await expect(bar(page, '运行中')).toBeVisible();
	await expect(page).toHaveURL(/\?run=/);
}

test('a running and a finished record print to A4 with no blank page, the edition and the start time filled in', async ({ page }) => {
	await startRun(page);
	await page.getByRole('checkbox', { name: literally(first.text) }).check();
	await expect(page.getByRole('button', { name: '结束运行' })).toBeVisible();

	const running = await printedPages(page);
	expect(running.length).toBeGreaterThan(0);
	running.forEach((text, index) => expect(text, `第 ${index + 1} 页（共 ${running.length} 页）是空白的`).not.toBe(''));
	const whole = running.join('\n');
	expect(whole).toContain(squeezed(`清单版本 ${systemFailure.edition}`));
	expect(whole).toContain(squeezed('启动时间 2026年12月15日 16:40 GMT+8'));
	// The paper copy's blank line for a handwritten start time is not printed on a run's record.
	expect(whole).not.toMatch(/启动时间：_+/);
	expect(whole).toContain(squeezed(first.text));

	await page.clock.fastForward(25 * 60_000);
	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByRole('button', { name: '结束运行' }).click();
	await expect(bar(page, '已结束')).toBeVisible();
	const finished = await printedPages(page);
	finished.forEach((text, index) => expect(text, `第 ${index + 1} 页（共 ${finished.length} 页）是空白的`).not.toBe(''));
	const record = finished.join('\n');
	expect(record).toContain(squeezed(`清单版本 ${systemFailure.edition}`));
	expect(record).toContain(squeezed('启动时间 2026年12月15日 16:40 GMT+8'));
	expect(record).toContain(squeezed('结束时间 2026年12月15日 17:05 GMT+8'));
});

test('the served paper copy keeps its blank start-time line for handwriting; a run’s record never prints it blank', async ({ page }) => {
	await page.goto(checklistPath(systemFailure.id));
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByText(/启动时间：_+月/)).toBeVisible();
	await page.emulateMedia({ media: 'screen' });
	await page.getByRole('button', { name: '开始执行' }).click();
	await expect(bar(page, '运行中')).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByText(/启动时间：_+月/)).toBeHidden();
	await expect(page.locator('.run-print-facts')).toBeVisible();
	await expect(page.locator('.run-print-facts')).toContainText('启动时间 2026年12月15日 16:40 GMT+8');
	// Reloaded from the device, the line is filled in the same way.
	await page.reload();
	await expect(page.locator('.run-print-facts')).toContainText('启动时间 2026年12月15日 16:40 GMT+8');
});

test('another checklist’s run under this checklist’s address: a clear notice and a link to its own checklist, nothing rendered here', async ({
	page,
}) => {
	await startRun(page);
	const runId = new URL(page.url()).searchParams.get('run')!;
	await page.goto(`${checklistPath(dataLoss.id)}?run=${runId}`);
	const notice = page.getByRole('alert').filter({ hasText: runId });
	await expect(notice).toContainText(`属于另一张清单“${systemFailure.data.title}”`);
	const link = notice.getByRole('link', { name: `打开“${systemFailure.data.title}”中的这次运行` });
	await expect(link).toHaveAttribute('href', `${checklistPath(systemFailure.id)}?run=${runId}`);
	// This page stays this checklist's, with no run drawn under its title.
	expect(new URL(page.url()).pathname).toBe(checklistPath(dataLoss.id));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataLoss.data.title);
	await expect(bar(page, '运行中')).toHaveCount(0);
	await expect(page.locator('.phases').getByRole('checkbox')).toHaveCount(0);
	await link.click();
	await expect(bar(page, '运行中')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(systemFailure.data.title);
});
