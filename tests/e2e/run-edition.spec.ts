import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildOfflineWorker } from '../../src/offline/build.ts';
import { checklist, literally } from '../support/manual.ts';
import { serveStatic, waitForOfflineCopy } from '../support/offline.ts';

/**
 * A run keeps its whole checklist: a new edition deployed under a run (a step reworded and
 * explained anew, a first action changed) changes nothing the run shows, online, after a reload
 * and offline, on screen, on paper and in the export; the run offers the changes as a notice.
 * A copy of dist/ is served, changed and given a new worker, as a deploy would.
 */
test.use({ serviceWorkers: 'allow' });
// The worker keeps the whole manual before the page can go offline: on two busy cores that alone can take half a minute.
test.describe.configure({ timeout: 120_000 });

const systemFailure = checklist('system-failure');
const [step] = systemFailure.runSteps();
const [action] = systemFailure.data.firstActions;
if (!step?.detail || !action) throw new Error('system-failure needs a first step with a detail and a first action for this test');
const NEW_EDITION = '2027-01-01';
const NEW_TEXT = '新版本改写的第一步';
const NEW_DETAIL = '新版本改写的说明：这句话只属于新版本。';
const NEW_ACTION = '新版本改写的第一件事';

/** The deploy: the checklist page of the new edition, its embedded copy included, and a worker with new revisions. */
async function deployNewEdition(root: string): Promise<string> {
	const file = join(root, 'checklists', systemFailure.id, 'index.html');
	const before = readFileSync(file, 'utf8');
	const after = before
		.replaceAll(step!.text, NEW_TEXT)
		.replaceAll(step!.detail!, NEW_DETAIL)
		.replaceAll(action!.text, NEW_ACTION)
		.replaceAll(`"edition":"${systemFailure.edition}"`, `"edition":"${NEW_EDITION}"`)
		.replaceAll(`data-edition="${systemFailure.edition}"`, `data-edition="${NEW_EDITION}"`);
	// Each change must land in the page and in its embedded copy, or the test would prove nothing.
	for (const text of [NEW_TEXT, NEW_DETAIL, NEW_ACTION, `"edition":"${NEW_EDITION}"`])
		expect(after.split(text).length - 1, text).toBeGreaterThanOrEqual(text.startsWith('"') ? 1 : 2);
	writeFileSync(file, after);
	return (await buildOfflineWorker(root, { base: '/' })).edition;
}

/** What the run shows of its first step and first actions is the run's own edition's. */
async function expectOwnEdition(page: Page) {
	const row = page.locator(`.run-step[data-step="${step!.id}"]`);
	await expect(page.getByRole('checkbox', { name: literally(step!.text) })).toBeChecked();
	const details = row.locator('details.run-details');
	if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) await details.locator('summary').click();
	await expect(row.getByText(step!.detail!)).toBeVisible();
	await expect(row).not.toContainText(NEW_DETAIL);
	await expect(row).not.toContainText(NEW_TEXT);
	const firstActions = page.getByRole('region', { name: '发现者先做这几件事' });
	await expect(firstActions).toContainText(action!.text);
	await expect(firstActions).not.toContainText(NEW_ACTION);
	await expect(page.locator('.phases')).not.toContainText(NEW_TEXT);
}

test('a new edition deployed under a run: the run shows its own edition online, after a reload and offline', async ({ page, context }) => {
	const copy = mkdtempSync(join(tmpdir(), 'manual-run-edition-'));
	const site = await serveStatic(copy);
	try {
		cpSync(join(import.meta.dirname, '..', '..', 'dist'), copy, { recursive: true });
		await page.clock.install({ time: new Date('2026-11-24T09:00:00') });
		await page.goto(`${site.origin}/checklists/${systemFailure.id}/`);
		await waitForOfflineCopy(page);
		await page.getByRole('button', { name: '开始执行' }).click();
		await expect(page).toHaveURL(/\?run=/);
		await page.getByRole('checkbox', { name: literally(step.text) }).check();
		await expectOwnEdition(page);

		const build = await deployNewEdition(copy);
		// Someone opens the manual: the browser finds the new worker, and the open run hears of it.
		const fresh = await context.newPage();
		await fresh.goto(`${site.origin}/checklists/${systemFailure.id}/`);
		await expect(fresh.getByText(NEW_TEXT).first()).toBeVisible();
		const updated = page.getByRole('status').filter({ hasText: '手册已更新' });
		await expect(updated).toBeVisible({ timeout: 15_000 });
		await fresh.close();
		// Online, before any reload: nothing under the run changed.
		await expectOwnEdition(page);

		// Reloaded online through the notice (the new worker takes over): the page is the new edition,
		// the run is still its own; the changes are a notice only.
		await updated.getByRole('button', { name: '重新载入' }).click();
		await expect(page.locator('meta[name="manual-build"]')).toHaveAttribute('content', build);
		await expect(page.locator('article.checklist')).toHaveAttribute('data-edition', NEW_EDITION);
		await expectOwnEdition(page);
		const notice = page.locator('.run-edition');
		await expect(notice).toContainText(`本次运行使用 ${systemFailure.edition} 版清单；当前版本为 ${NEW_EDITION}`);
		await notice.getByText('新版本的改动（3 处）').click();
		await expect(notice.getByRole('listitem')).toHaveText([
			'“发现者先做这几件事”有改动',
			`步骤“${step.text}”改为“${NEW_TEXT}”`,
			`步骤“${NEW_TEXT}”的说明有改动`,
		]);

		// The export and the printed record are the run's edition too.
		const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Markdown' }).click()]);
		const text = readFileSync((await markdown.path())!, 'utf8');
		expect(text).toContain(`☑ | ${step.text}`);
		expect(text).not.toContain(NEW_TEXT);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator(`.run-step[data-step="${step.id}"]`)).toContainText(step.text);
		await expect(page.locator('.run-step', { hasText: NEW_TEXT })).toHaveCount(0);
		await page.emulateMedia({ media: 'screen' });

		// Offline: the worker serves the new edition's page, and the run is still its own.
		await context.setOffline(true);
		await page.reload();
		await expect(page.locator('meta[name="manual-build"]')).toHaveAttribute('content', build);
		await expect(page.locator('article.checklist')).toHaveAttribute('data-edition', NEW_EDITION);
		await expectOwnEdition(page);
		await expect(page.locator('.run-edition')).toContainText(`当前版本为 ${NEW_EDITION}`);
	} finally {
		await context.setOffline(false);
		await site.close();
		rmSync(copy, { recursive: true, force: true });
	}
});
