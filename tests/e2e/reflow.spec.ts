import { expect, test, type Page } from '@playwright/test';
import { checklistPath } from '../../src/domain/routes.ts';
import { checklist } from '../support/manual.ts';
import { PAGE_TYPES } from '../support/page-types.ts';

/**
 * Reflow (WCAG 1.4.10): at 320 CSS px, and at 640 px (a 1280 px window zoomed to 200%), no page
 * scrolls sideways, including when a run holds the long unbroken text people paste (a link, a
 * ticket number run together, a file path).
 */
const systemFailure = checklist('system-failure');
const [first, second] = systemFailure.runSteps();
if (!first || !second) throw new Error('system-failure needs two steps for this test');
const NOW = new Date('2026-12-15T16:40:00+08:00');
const LONG_LINK = `https://etax.example.gov.cn/web/dzswj/taxclient/main.html?ticket=${'A1b2C3d4'.repeat(30)}`;
const LONG_NAME = '应急负责人'.repeat(12) + 'ZHANGSANFENG'.repeat(6);

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
test.beforeEach(async ({ context }) => {
	await context.clock.install({ time: NOW });
});

/** How far the page reaches past the viewport's right edge, in CSS px, and what sticks out most. */
const overflow = (page: Page) =>
	page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		let widest = '';
		let reach = width;
		for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
			const box = element.getBoundingClientRect();
			if (box.width === 0 || box.right <= reach) continue;
			if (!element.checkVisibility()) continue;
			reach = box.right;
			widest = `${element.tagName.toLowerCase()}.${element.className}`;
		}
		// A root that hides its overflow would turn a too-wide page into cut-off text, not a scroll bar.
		const clipped = [document.documentElement, document.body].some((root) => /hidden|clip/.test(getComputedStyle(root).overflowX));
		return { scroll: clipped ? Infinity : document.documentElement.scrollWidth - width, widest };
	});

for (const width of [320, 640])
	test(`no page scrolls sideways at ${width} px`, async ({ page }) => {
		test.setTimeout(180_000);
		await page.setViewportSize({ width, height: 800 });
		const wide: string[] = [];
		for (const [name, path] of PAGE_TYPES) {
			await page.goto(path);
			const { scroll, widest } = await overflow(page);
			if (scroll > 0) wide.push(`${name} (${path}): ${scroll} px too wide, at ${widest}`);
		}
		expect(wide).toEqual([]);
	});

test('a run holding long unbroken text still fits 320 px', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await page.goto(checklistPath(systemFailure.id));
	await page.getByLabel('我的姓名（记录为操作人）').fill(LONG_NAME);
	await page.getByRole('button', { name: '开始执行' }).click();
	await expect(page.getByRole('status').filter({ hasText: '运行中' })).toBeVisible();

	const row = page.locator(`.checklist li.step[data-step="${second.id}"]`);
	await row.getByText('添加备注', { exact: true }).click();
	await row.getByRole('textbox', { name: `“${second.text}”的备注` }).fill(LONG_LINK);
	await row.getByRole('button', { name: '保存备注' }).click();
	await expect(row).toContainText(LONG_LINK.slice(0, 40));
	await page.getByRole('checkbox', { name: first.text }).check();

	const { scroll, widest } = await overflow(page);
	expect(scroll, `too wide at ${widest}`).toBeLessThanOrEqual(0);
	await page.getByText(/操作历史/).click();
	expect((await overflow(page)).scroll).toBeLessThanOrEqual(0);
});
