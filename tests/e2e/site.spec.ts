import { expect, test, type Page } from '@playwright/test';
import { contactsFor } from '../../src/domain/incidents.ts';
import { existsSync, readFileSync } from 'node:fs';
import { RULES, type RuleSlug } from '../../src/check/rules/registry.ts';
import { checklist, manual } from '../support/manual.ts';
import { commitDays, newestEditionLabel } from '../support/editions.ts';

const titleOf = (id: string) => manual.chapters.find((chapter) => chapter.id === id)!.title;

/** Collects every URL the page requests, so a test can assert none leaves the origin. */
function recordRequests(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (request) => urls.push(request.url()));
	return urls;
}

async function search(page: Page, query: string) {
	await page.getByRole('button', { name: '搜索' }).click();
	const dialog = page.getByRole('dialog', { name: '搜索' });
	await dialog.getByRole('textbox', { name: '搜索' }).fill(query);
	return dialog.locator('.pagefind-ui__result-link');
}

test('home page is in Chinese and its sidebar lists the manual in order', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	const sidebar = page.getByRole('navigation', { name: '主要' });
	// Parts come from content/sidebar.yaml, chapter labels from the chapters' titles.
	await expect(sidebar.getByText('运营', { exact: true })).toBeVisible();
	await expect(sidebar.getByText('应急', { exact: true })).toBeVisible();
	await expect(sidebar.getByRole('link', { name: titleOf('emergency/framework') })).toHaveAttribute('href', '/emergency/framework/');
});

test('a chapter shows its edit link, last-updated date, asides, anchors and pagination', async ({ page }) => {
	await page.goto('/emergency/framework/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('emergency/framework'));
	const edit = page.getByRole('link', { name: '编辑此页' });
	await expect(edit).toHaveAttribute('href', /\/edit\/main\/content\/chapters\/emergency\/framework\.mdx$/);
	await expect(page.locator('footer time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
	// A chapter's last-updated date is its edition, named as the training record names it (tests/e2e/editions.spec.ts).
	await expect(page.locator('footer')).toContainText(
		`本章版本 ${newestEditionLabel(commitDays('content/chapters/emergency/framework.mdx'))}`,
	);
	// Asides and heading anchors come from Starlight's Markdown pipeline via processedDirs.
	await expect(page.locator('aside.starlight-aside').first()).toBeVisible();
	await expect(page.locator('a.sl-anchor-link').first()).toHaveAttribute('href', /^#/);
	await expect(page.locator('.pagination-links a').first()).toBeVisible();
	// Every chapter names the role that keeps it correct and when it is next due for review.
	const stewardship = page.locator('.stewardship');
	await expect(stewardship).toContainText(/最近审阅 \d{4}-\d{2}-\d{2} · 下次审阅 \d{4}-\d{2}-\d{2}/);
	await expect(stewardship.getByRole('link')).toHaveAttribute('href', /^\/roles\/#/);
});

test('a Chinese query in the search box finds the chapter', async ({ page }) => {
	await page.goto('/');
	const results = await search(page, '代理记账许可证书');
	await expect(results.first()).toBeVisible();
	const hrefs = await results.evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')));
	expect(hrefs.some((href) => href?.startsWith('/operations/licence-and-obligations/'))).toBe(true);
});

test('printing a chapter hides the site chrome and keeps the text', async ({ page }) => {
	await page.goto('/emergency/framework/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('header.header')).toBeHidden();
	await expect(page.locator('#starlight__sidebar')).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('no request leaves the origin', async ({ page, baseURL }) => {
	const urls = recordRequests(page);
	await page.goto('/');
	await page.goto('/emergency/framework/');
	const results = await search(page, '应急');
	await expect(results.first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	const origin = new URL(baseURL!).origin;
	const outside = urls.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url));
	expect(outside).toEqual([]);
	expect(urls.length).toBeGreaterThan(3);
});

test('a chapter lists its checklists and the checklist links back', async ({ page }) => {
	await page.goto('/emergency/system-failure/');
	const related = page.getByRole('navigation', { name: '相关清单' });
	await related.getByRole('link', { name: checklist('system-failure').data.title }).click();
	await expect(page).toHaveURL(/\/checklists\/system-failure\/$/);
	await page
		.getByRole('region', { name: '相关章节' })
		.getByRole('link', { name: titleOf('emergency/system-failure'), exact: true })
		.click();
	await expect(page).toHaveURL(/\/emergency\/system-failure\/$/);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a checklist page is a complete list: phases, roles, deadlines, critical steps, levels, contacts', async ({ page }) => {
		await page.goto('/checklists/cyber-data-leak/');
		await expect(page.getByRole('heading', { level: 2, name: /^阶段 1/ })).toBeVisible();
		const first = page.locator('.checklist .step').first();
		await expect(first.locator('.step-meta a')).toHaveAttribute('href', /^\/roles\/#/);
		await expect(first).toContainText(/启动后 .+内/);
		await expect(page.locator('.checklist .step.critical').first()).toContainText('关键');
		await expect(page.getByRole('table').first()).toContainText('一级');
		const hotline = contactsFor(manual.organisation!.data.contacts, ['cyber-data-leak']).find(
			(contact) => contact.external && contact.phone,
		)!;
		await expect(page.getByRole('link', { name: hotline.phone, exact: true }).first()).toHaveAttribute(
			'href',
			`tel:${hotline.phone.replace(/[\s-]/g, '')}`,
		);
		// The run controls need JavaScript; without it there is nothing half-working on the page.
		await expect(page.getByRole('button', { name: '开始执行' })).toHaveCount(0);
	});

	test('the checklists page groups checklists by kind', async ({ page }) => {
		await page.goto('/checklists/');
		for (const kind of ['应急清单', '日常清单', '演练清单', '复盘清单', '入职清单'])
			await expect(page.getByRole('heading', { level: 2, name: kind })).toBeVisible();
		await expect(page.getByRole('link', { name: checklist('system-failure').data.title })).toBeVisible();
	});
});

test('every content-check rule has its help page, and a reported problem links to it', async ({ page }) => {
	// The built site has one page per rule in the registry: a rule added without one fails here.
	const missing = (Object.keys(RULES) as RuleSlug[]).filter((slug) => {
		const file = `dist/help/rules/${slug}/index.html`;
		return !existsSync(file) || !readFileSync(file, 'utf8').includes(RULES[slug].title);
	});
	expect(missing).toEqual([]);

	await page.goto('/help/rules/ref/role/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(RULES['ref/role'].title);
	await expect(page.getByRole('heading', { name: '这条规则保护什么' })).toBeVisible();
	await expect(page.getByText(RULES['ref/role'].example.wrong)).toBeVisible();
	await expect(page.getByText(RULES['ref/role'].example.right)).toBeVisible();
	await page.getByRole('link', { name: '全部内容检查规则' }).click();
	await expect(page.getByRole('link', { name: RULES['ref/role'].title })).toHaveAttribute('href', '/help/rules/ref/role/');
});

test('the first decisions and the legal tables are rendered from their one data source', async ({ page }) => {
	const rules = manual.responseRules!.data;
	const roleName = (id: string) => manual.roles!.data.find((role) => role.id === id)!.name;
	await page.goto('/emergency/framework/');
	// Who is told first: one row per entry of content/facts/response.yaml, with the role linked.
	const firstReports = page.locator('[data-response-rules="first-reports"] tbody tr');
	await expect(firstReports).toHaveCount(rules.firstReports.length);
	const leak = rules.firstReports.find((entry) => entry.id === 'possible-leak')!;
	const leakRow = page.locator(`#first-report-${leak.id}`);
	await expect(leakRow).toContainText(leak.event);
	await expect(leakRow.getByRole('link', { name: roleName(leak.reportTo) })).toBeVisible();
	const notify = rules.decisions.find((entry) => entry.id === 'notify-individuals')!;
	await expect(page.locator(`#decision-${notify.id}`)).toContainText(roleName(notify.decidedBy));
	// The penalty table on the filing chapter is the data's, row for row.
	const penalties = manual.legalFacts!.data.taxPenalties;
	await page.goto('/operations/tax-filing/');
	for (const fact of penalties) await expect(page.locator(`#fact-${fact.id}`)).toContainText(fact.rule);
	// The contacts page says who keeps each entry current.
	const contact = manual.organisation!.data.contacts[0]!;
	await page.goto('/contacts/');
	await expect(page.getByRole('region', { name: '应急联系人' }).locator('li').first()).toContainText(
		`负责更新：${roleName(contact.keeper)}`,
	);
});
