import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { checklist } from '../support/manual.ts';
import { PAGE_TYPES } from '../support/page-types.ts';

/**
 * axe-core over every page type, at a phone's and a desktop's width and in both themes: no serious
 * or critical violation. Moderate and minor ones are printed, not failed. Every rule runs in the
 * light theme, with axe's experimental `label-content-name-mismatch` (a control's name contains its
 * visible label, WCAG 2.5.3); the colour rules run again in the dark theme.
 */
const systemFailure = checklist('system-failure');

type Theme = 'light' | 'dark';

/**
 * The rules whose outcome depends on colour. The dark theme changes colours and nothing else (a
 * unit test, theme-colours.test.ts, holds every theme rule to that), so in it only these run again:
 * the structure they would re-check is the light theme's, already audited.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Pages made of one component repeated for every checklist (the kit: each incident checklist's
 * ChecklistView, the component the checklist page type already audits; the status page's edition
 * histories): every copy is audited once,
 * with every rule, at the phone's width in the light theme; at the other width and in the dark
 * theme, where only layout or colours change and every copy shares the same styles, the page
 * around them and the first copy stand for the rest. The kit alone took axe four minutes otherwise.
 * The status page likewise repeats one checklist's edition history 31 times (13 s of axe at 1280 px).
 */
const REPEATED: Record<string, string> = { kit: '.kit-item ~ .kit-item', status: '.edition-history ~ .edition-history' };

async function audit(page: Page, label: string, theme: Theme, exclude?: string): Promise<string[]> {
	// Only violations are read: axe then skips writing up every node that passes (a third of its time).
	// Legacy mode runs axe in the page itself: the default runs it frame by frame and then merges
	// the results in a blank page it opens and injects axe into again, which nearly doubled each
	// audit (a chapter: 4.1 s against 2.3 s). The manual has no frames, and its content check
	// rejects an iframe in a chapter (src/check/rules/chapter-body.ts), so nothing goes unaudited.
	const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode();
	if (exclude) axe.exclude(exclude);
	if (theme === 'dark') axe.withRules(COLOUR_RULES);
	else axe.options({ resultTypes: ['violations'], rules: { 'label-content-name-mismatch': { enabled: true } } });
	const { violations } = await axe.analyze();
	for (const v of violations.filter((v) => !['serious', 'critical'].includes(v.impact ?? '')))
		console.log(`${label}: ${v.impact} ${v.id} (${v.nodes.length})`);
	return violations
		.filter((v) => ['serious', 'critical'].includes(v.impact ?? ''))
		.map((v) => `${label}: ${v.impact} ${v.id} — ${v.help} — ${v.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
}

/** A phone's and a desktop's width: each page is loaded once and audited at both (its layout changes, not its content). */
const WIDTHS = [360, 1280] as const;

// Each test loads its own page: the two workers share them out. The longest pages (kit, status)
// take axe most of a minute at each width on a busy core.
test.describe.configure({ mode: 'parallel', timeout: 180_000 });

/** The theme chosen and the phone's width set, before the first page loads. */
async function inTheme(page: Page, theme: Theme): Promise<void> {
	await page.emulateMedia({ colorScheme: theme });
	await page.addInitScript((chosen) => localStorage.setItem('starlight-theme', chosen), theme);
	await page.setViewportSize({ width: WIDTHS[0], height: 900 });
}

/** A run of the system-failure checklist, just started. */
async function startRun(page: Page): Promise<void> {
	await page.goto(`/checklists/${systemFailure.id}/`);
	await page.getByRole('button', { name: '开始执行' }).click();
}

/** Audits what the page shows now at each width, narrowest first. */
async function auditWidths(page: Page, label: string, theme: Theme): Promise<string[]> {
	const found: string[] = [];
	for (const width of WIDTHS) {
		await page.setViewportSize({ width, height: 900 });
		const everyCopy = theme === 'light' && width === WIDTHS[0];
		found.push(...(await audit(page, `${label} at ${width} px in the ${theme} theme`, theme, everyCopy ? undefined : REPEATED[label])));
	}
	return found;
}

for (const theme of ['light', 'dark'] as Theme[]) {
	for (const [name, path] of PAGE_TYPES)
		test(`${name}: no serious or critical violation at 360 and 1280 px in the ${theme} theme`, async ({ page }) => {
			await inTheme(page, theme);
			await page.goto(path);
			expect(await auditWidths(page, name, theme)).toEqual([]);
		});

	test(`a run in progress, then finished, and the search dialog with results: no serious or critical violation at 360 and 1280 px in the ${theme} theme`, async ({
		page,
	}) => {
		await inTheme(page, theme);
		const found: string[] = [];
		await startRun(page);
		await expect(page.getByRole('status').filter({ hasText: '运行中' })).toBeVisible();
		found.push(...(await auditWidths(page, 'checklist during a run', theme)));
		page.once('dialog', (dialog) => void dialog.accept());
		await page.getByRole('button', { name: '结束运行' }).click();
		await expect(page.getByRole('status').filter({ hasText: '已结束' })).toBeVisible();
		found.push(...(await auditWidths(page, 'checklist after a run', theme)));
		await page.goto('/');
		await page.getByRole('button', { name: '搜索' }).click();
		await page.getByRole('dialog', { name: '搜索' }).getByRole('textbox', { name: '搜索' }).fill('数据泄露');
		await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
		found.push(...(await auditWidths(page, 'search with results', theme)));
		expect(found).toEqual([]);
	});
}

for (const theme of ['light', 'dark'] as Theme[])
	test(`the hand-over panel and the run history have no serious or critical violation at 360 and 1280 px in the ${theme} theme`, async ({
		page,
	}) => {
		await inTheme(page, theme);
		const found: string[] = [];
		await startRun(page);
		await page.getByRole('button', { name: '交给他人' }).click();
		// Handed over without a name first: the field's error is part of what is audited.
		await page.getByRole('button', { name: '交出并生成链接' }).click();
		await expect(page.getByText('请填写接手人的姓名')).toBeVisible();
		found.push(...(await auditWidths(page, 'hand-over panel asking whom to', theme)));
		await page.getByRole('textbox', { name: '交给谁（接手人的姓名）' }).fill('王五');
		await page.getByRole('button', { name: '交出并生成链接' }).click();
		await expect(page.getByRole('img', { name: '交接链接的二维码' })).toBeVisible();
		await expect(page.getByRole('region', { name: '已交出' })).toBeVisible();
		found.push(...(await auditWidths(page, 'hand-over panel, run handed over', theme)));
		await page.goto('/runs/');
		await expect(page.getByRole('heading', { name: /运行记录 共 1 条/ })).toBeVisible();
		await page.getByRole('button', { name: /^删除/ }).click();
		found.push(...(await auditWidths(page, 'run history with a delete to confirm', theme)));
		expect(found).toEqual([]);
	});
