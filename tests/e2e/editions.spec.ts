import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { hasPoppler, POPPLER_MISSING } from '../../scripts/poppler.mjs';
import { checklistPath } from '../../src/domain/routes.ts';
import { commitDays, CONTENT_HASH, footerDay, lastCommit, newestEditionLabel } from '../support/editions.ts';
import { checklist, literally, manual } from '../support/manual.ts';

/**
 * Editions as people read them: a chapter's is the day of its last committed change, on its
 * page, in its read confirmation, on the training record (screen, paper, Markdown file), and a
 * checklist's its edition date on a run's exports and printed record; no 12-hex content hash in
 * any of that text. Expected labels come from `git log` (tests/support/editions.ts), not from
 * the code under test. Training path pages carry an edit link and a last-updated date like chapters.
 */
const accountant = manual.paths.find((path) => path.data.role === 'accountant')!;
const core = manual.paths.find((path) => path.id === accountant.data.includes[0])!;
const chapterId = core.data.stages[0]!.chapters[0]!;
const chapter = manual.chapters.find((entry) => entry.id === chapterId)!;
const editionLabel = newestEditionLabel(commitDays(chapter.file));
const systemFailure = checklist('system-failure');

test.use({ viewport: { width: 360, height: 740 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
test.beforeEach(async ({ context }) => {
	await context.clock.install({ time: new Date('2026-12-08T09:30:00+08:00') });
});

/** The page printed to A4, as pdftotext reads it. */
async function printedText(page: Page): Promise<string> {
	if (!hasPoppler()) throw new Error(POPPLER_MISSING);
	const file = join(mkdtempSync(join(tmpdir(), 'editions-')), 'print.pdf');
	writeFileSync(file, await page.pdf({ format: 'A4' }));
	return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}
const squeezed = (text: string) => text.replace(/\s+/g, '');

async function downloaded(page: Page, button: string): Promise<string> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
	return readFileSync((await file.path())!, 'utf8');
}

test('a chapter names its edition by date in its footer and its read confirmation, never by hash', async ({ page }) => {
	await page.goto(`/${chapterId}/`);
	// The footer: the chapter's edition is the day of its last committed change.
	const footer = page.locator('footer .chapter-edition');
	await expect(footer).toHaveText(`本章版本 ${editionLabel}`);
	await expect(footer.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
	// The read confirmation names the same edition in the same words.
	await expect(page.locator('[data-edition-label]')).toHaveText(editionLabel);
	await page.getByLabel('你的姓名').fill('王小明');
	await page.getByRole('button', { name: '我已阅读并理解' }).click();
	await expect(page.getByText('王小明 已于')).toContainText(`确认阅读本版本（${editionLabel}）`);
	await page.locator('chapter-training [data-confirm]').screenshot({ path: 'test-results/editions-chapter-confirm-360.png' });
	await page.locator('footer').screenshot({ path: 'test-results/editions-chapter-footer-360.png' });
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.locator('footer').screenshot({ path: 'test-results/editions-chapter-footer-1280.png' });
	await page.setViewportSize({ width: 360, height: 740 });
	expect(await page.locator('body').innerText()).not.toMatch(CONTENT_HASH);
});

test('the training record shows, prints and exports the edition by date; the JSON file keeps the hash for machines', async ({ page }) => {
	await page.goto(`/${chapterId}/`);
	await page.getByLabel('你的姓名').fill('王小明');
	await page.getByRole('button', { name: '我已阅读并理解' }).click();
	await expect(page.getByText('王小明 已于')).toBeVisible();

	await page.goto('/training/record/?path=accountant');
	const sheet = page.getByRole('region', { name: '培训记录' });
	const row = sheet.getByRole('row').filter({ hasText: `阅读：${chapter.title}` });
	// Cells: item, status, edition, day, score.
	await expect(row.getByRole('cell')).toHaveText([literally(chapter.title), '已读', editionLabel, '2026-12-08', '']);
	await expect(row.getByRole('cell').nth(2)).toHaveAttribute('data-edition', /^[0-9a-f]{12}$/);
	await page.screenshot({ path: 'test-results/editions-training-record-360.png' });
	await sheet.screenshot({ path: 'test-results/editions-training-record-sheet-360.png' });
	expect(await page.locator('body').innerText()).not.toMatch(CONTENT_HASH);

	// On paper.
	const printed = await printedText(page);
	expect(squeezed(printed)).toContain(squeezed(chapter.title));
	expect(squeezed(printed)).toContain(squeezed(editionLabel));
	expect(printed).not.toMatch(CONTENT_HASH);

	// The readable file for HR, and the machine file a manager's summary imports.
	const markdown = await downloaded(page, '导出可读文件（Markdown）');
	expect(markdown).toContain(`| 阅读：${chapter.title} | 已读 | ${editionLabel} | 2026-12-08 |`);
	expect(markdown).not.toMatch(CONTENT_HASH);
	const json = JSON.parse(await downloaded(page, '导出记录文件')) as { record: { reads: Record<string, { edition: string }> } };
	expect(json.record.reads[chapterId]?.edition).toMatch(/^[0-9a-f]{12}$/);
});

test('a run’s Markdown export, summary and printed record name the checklist’s edition date and no hash', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const [first] = systemFailure.runSteps();
	await page.goto(checklistPath(systemFailure.id));
	await page.getByRole('button', { name: '开始执行' }).click();
	await page.getByRole('checkbox', { name: literally(first!.text) }).check();
	await page.clock.fastForward(10 * 60_000);
	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByRole('button', { name: '结束运行' }).click();
	await expect(page.getByRole('button', { name: '重新打开' })).toBeVisible();

	const markdown = await downloaded(page, '导出 Markdown');
	expect(markdown).toMatch(new RegExp(`^- 清单版本：${systemFailure.edition}$`, 'm'));
	expect(markdown).not.toMatch(CONTENT_HASH);

	await page.getByRole('button', { name: '复制摘要' }).click();
	await expect(page.getByText('已复制，可以粘贴到聊天软件')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).not.toMatch(CONTENT_HASH);

	const printed = await printedText(page);
	expect(squeezed(printed)).toContain(squeezed(`清单版本 ${systemFailure.edition}`));
	expect(printed).not.toMatch(CONTENT_HASH);
});

test('a training path page has an edit link to its file and the date its files last changed', async ({ page }) => {
	await page.goto('/training/paths/accountant/');
	await expect(page.getByRole('link', { name: '编辑此页' })).toHaveAttribute(
		'href',
		/\/edit\/main\/content\/training\/paths\/accountant\.yaml$/,
	);
	// The page is built from its own file and the common core it includes: the newer of the two.
	const updated = lastCommit([`content/training/paths/accountant.yaml`, `content/training/paths/${core.id}.yaml`]);
	const footer = page.locator('footer');
	await expect(footer).toContainText(`最近更新： ${footerDay(updated)}`);
	await expect(footer.locator('time')).toHaveAttribute('datetime', updated.toISOString());
	await footer.scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'test-results/editions-training-path-footer-360.png' });
});

test('the status page’s checklist history links each change to its commit instead of printing the hash', async ({ page }) => {
	const file = `content/checklists/${systemFailure.id}.yaml`;
	const latest = execFileSync('git', ['log', '-1', '--no-merges', '--format=%H%x00%s', '--', file], { encoding: 'utf8' })
		.trim()
		.split('\0');
	// On a phone the status page folds each history; the address of one opens it, as the checklist's link does.
	await page.goto(`/status/#edition-${systemFailure.id}`);
	const history = page.locator('section.edition-history').filter({ has: page.getByRole('heading', { name: systemFailure.data.title }) });
	const change = history.locator('tbody tr').first().getByRole('link', { name: latest[1]! });
	await expect(change).toHaveAttribute('href', new RegExp(`/commit/${latest[0]}$`));
	expect(await history.innerText()).not.toMatch(/(?<![0-9a-z])(?=[0-9]*[a-f])[0-9a-f]{7,}(?![0-9a-z])/i);
});
