import { expect, test } from '@playwright/test';
import { checklist } from '../support/manual.ts';

test.use({ serviceWorkers: 'allow' });

test('after one visit, checklists, contacts and the paper kit open and run with the network down', async ({ page, context }) => {
	await page.goto('/');
	// The worker keeps every checklist page and the assets they use.
	await expect
		.poll(
			() =>
				page.evaluate(async () => Boolean((await navigator.serviceWorker.ready) && (await caches.match('/checklists/system-failure/')))),
			{ timeout: 30_000 },
		)
		.toBe(true);
	await expect.poll(() => page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);
	await page.waitForTimeout(2000); // let the install finish caching the remaining pages' assets

	await context.setOffline(true);
	await page.goto('/checklists/system-failure/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(checklist('system-failure').data.title);
	await page.getByRole('button', { name: '开始执行' }).click();
	await expect(page.getByRole('status').filter({ hasText: '运行中' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('status').filter({ hasText: '运行中' })).toBeVisible();

	await page.goto('/contacts/');
	await expect(page.getByRole('link', { name: '110' })).toHaveAttribute('href', 'tel:110');
	await page.goto('/emergency-kit/');
	expect(await page.locator('.kit-item').count()).toBeGreaterThanOrEqual(11);
});
