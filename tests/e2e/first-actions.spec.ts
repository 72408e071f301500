import { expect, test } from '@playwright/test';
import { checklistPath } from '../../src/domain/routes.ts';
import { FIRST_ACTION_KINDS } from '../../src/schemas/checklist.ts';
import { manual } from '../support/manual.ts';

/**
 * The first minutes: whoever discovers an incident finds what to stop, what to capture and whom
 * to call above the start button, on the run and at the top of the printed sheet.
 */
const incidents = manual.checklists.filter((entry) => entry.data.kind === 'incident');

test('every incident checklist has at most five first actions', () => {
	for (const entry of incidents) {
		expect(entry.data.firstActions.length, entry.id).toBeGreaterThan(0);
		expect(entry.data.firstActions.length, entry.id).toBeLessThanOrEqual(5);
	}
});

test.describe('on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('first actions come before the start button, stay on the run and head the printed sheet', async ({ page }) => {
		const entry = incidents.find((candidate) => candidate.id === 'cyber-data-leak') ?? incidents[0]!;
		const [first] = entry.data.firstActions;
		await page.goto(checklistPath(entry.id));
		const actions = page.getByRole('region', { name: '发现者先做这几件事' });
		await expect(actions.getByRole('listitem')).toHaveCount(entry.data.firstActions.length);
		await expect(actions.getByRole('listitem').first()).toContainText(`${FIRST_ACTION_KINDS[first!.kind]}${first!.text}`);
		const start = page.getByRole('button', { name: '开始执行' });
		expect((await actions.boundingBox())!.y).toBeLessThan((await start.boundingBox())!.y);

		await start.click();
		await expect(page.getByRole('status').filter({ hasText: '运行中' })).toBeVisible();
		await expect(actions).toBeVisible();

		await page.emulateMedia({ media: 'print' });
		await expect(actions).toBeVisible();
		const firstBox = await actions.boundingBox();
		const stepBox = await page.locator('li.step').first().boundingBox();
		expect(firstBox!.y).toBeLessThan(stepBox!.y);
	});
});
