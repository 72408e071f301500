import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { isoDay, nextReview } from '../../src/domain/review.ts';
import { checklist, manual } from '../support/manual.ts';

/**
 * The content status page as an editor uses it: the rows are rendered in the manual's order with
 * their dates, and the reader's browser, on the day it is read, lifts what is overdue to the top.
 * The clock is frozen, so the build day never matters.
 */

/** The rows as they read on screen: title and the due date shown. */
async function rowsOf(page: Page): Promise<{ title: string; due: string }[]> {
	const rows = page.locator('.status-table tbody tr');
	await expect(rows.first()).toBeVisible();
	return rows.evaluateAll((elements) =>
		elements.map((row) => ({
			title: row.querySelector('td a')?.textContent?.trim() ?? '',
			due: row.querySelector('td:last-child time')?.getAttribute('datetime') ?? '',
		})),
	);
}

const dayAfter = (day: string) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000));
/** Mid-morning of a day in the machine's time zone, which the browser shares. */
const morningOf = (day: string) => new Date(`${day}T10:00:00`);

test('an item past its review date moves to the top on the day the page is read', async ({ page }) => {
	// Every chapter's due date from its file, to pick a day on which some are overdue.
	const chapterDues = manual.chapters.flatMap((chapter) =>
		chapter.fields ? [{ title: chapter.title, due: isoDay(nextReview(chapter.fields.reviewed, chapter.fields.reviewEvery)) }] : [],
	);
	const firstDue = chapterDues.map((row) => row.due).sort()[0]!;

	// On the first due day nothing is overdue yet: the rows keep the manual's order.
	await page.clock.install({ time: morningOf(firstDue) });
	await page.goto('/status/');
	await expect(page.getByText(`今天是 ${firstDue}：没有超过审阅期限的内容。`)).toBeVisible();
	const manualOrder = await rowsOf(page);
	expect(manualOrder.length).toBe(chapterDues.length + manual.checklists.length);
	await expect(page.getByText(/已超期/)).toHaveCount(0);

	// The first day on which an overdue row is not already among the top rows: something must move.
	const dueDays = [...new Set(manualOrder.map((row) => row.due))].sort();
	const readOn = dueDays.map(dayAfter).find((day) => {
		const overdue = manualOrder.filter((row) => row.due < day);
		return overdue.some((row) => manualOrder.indexOf(row) >= overdue.length);
	})!;
	const overdue = manualOrder.filter((row) => row.due < readOn);
	const mover = overdue.find((row) => manualOrder.indexOf(row) >= overdue.length)!;
	expect(
		chapterDues.some((row) => row.due < readOn),
		'a chapter is overdue on that day',
	).toBe(true);

	// The editor opens the page again on that day.
	await page.clock.setSystemTime(morningOf(readOn));
	await page.reload();
	await expect(page.getByText(`今天是 ${readOn}：有 ${overdue.length} 项已超过审阅期限，排在最前（超期最久的在上）。`)).toBeVisible();
	const shown = await rowsOf(page);
	expect(shown.slice(0, overdue.length).map((row) => row.title)).toEqual(
		[...overdue].sort((a, b) => a.due.localeCompare(b.due)).map((row) => row.title),
	);
	expect(shown.findIndex((row) => row.title === mover.title)).toBeLessThan(manualOrder.indexOf(mover));
	// The rest follow in the manual's order, and only the overdue rows say so.
	expect(shown.slice(overdue.length)).toEqual(manualOrder.filter((row) => !overdue.includes(row)));
	await expect(page.locator('.status-table tbody tr').first()).toContainText(/已超期 \d+ 天/);
	await expect(page.getByText(/已超期 \d+ 天/)).toHaveCount(overdue.length);
});

test('without JavaScript the table still reads in the manual’s order with every date', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/status/');
	const first = manual.chapters.find((chapter) => chapter.fields)!;
	await expect(page.locator('.status-table tbody tr')).toHaveCount(
		manual.chapters.filter((c) => c.fields).length + manual.checklists.length,
	);
	await expect(page.getByText('下表按手册目录排列，先章节后清单。')).toBeVisible();
	await expect(page.getByText(/已超期/)).toHaveCount(0);
	await expect(page.locator('.status-table tbody tr').filter({ hasText: first.title }).first().locator('time').first()).toHaveAttribute(
		'datetime',
		/^\d{4}-\d{2}-\d{2}$/,
	);
	await context.close();
});

test('a checklist’s edition history matches its printed edition to the commits that changed it', async ({ page }) => {
	const { id, data, edition } = checklist('system-failure');
	const file = `content/checklists/${id}.yaml`;
	// The history lists the commits that edited the file; merges carry no diff of their own in git log.
	const latest = execFileSync('git', ['log', '-1', '--no-merges', '--format=%s', '--', file], { encoding: 'utf8' }).trim();
	await page.goto('/status/');
	const history = page.locator('section.edition-history').filter({ has: page.getByRole('heading', { name: data.title }) });
	await expect(history).toContainText(`当前版本 ${edition}`);
	await expect(history.locator('tbody tr').first()).toContainText(latest);
	await expect(history.locator('tbody tr').first()).toContainText(edition);
	// The owner is the Chinese role name, linked to the role directory.
	const row = page.locator('.status-table tbody tr').filter({ has: page.getByRole('link', { name: data.title, exact: true }) });
	await expect(row.getByRole('link').nth(1)).toHaveAttribute('href', /^\/roles\/#[a-z-]+$/);
	await expect(row.getByRole('link').nth(1)).toHaveText(/\p{Script=Han}/u);
});

test('pages generated from data files say when their source last changed', async ({ page }) => {
	for (const path of ['/calendar/', '/contacts/', '/roles/', '/glossary/', '/checklists/']) {
		await page.goto(path);
		await expect(page.locator('footer'), path).toContainText('最近更新');
		await expect(page.locator('footer time').first(), path).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
	}
	// The status page sits in the sidebar's 清单与资料 group.
	await page.goto('/');
	await page.getByRole('navigation', { name: '主要' }).getByRole('link', { name: '内容状态' }).click();
	await expect(page).toHaveURL('/status/');
});

test('a chapter says it is past its review on the day it is read, not the day it was built', async ({ page }) => {
	const chapter = manual.chapters.find((candidate) => candidate.id === 'emergency/framework')!;
	const due = isoDay(nextReview(chapter.fields!.reviewed, chapter.fields!.reviewEvery));
	const notice = page.getByText('已超过审阅期限，内容可能已过时');
	// On the due day itself the review is not late yet.
	await page.clock.install({ time: morningOf(due) });
	await page.goto('/emergency/framework/');
	await expect(page.locator('.stewardship')).toContainText(`下次审阅 ${due}`);
	await expect(notice).toBeHidden();
	// The next morning the same page, with no rebuild, says so.
	await page.clock.setSystemTime(morningOf(dayAfter(due)));
	await page.reload();
	await expect(notice).toBeVisible();
});
