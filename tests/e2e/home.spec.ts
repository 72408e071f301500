import { expect, test, type Locator, type Page } from '@playwright/test';
import { contactsFor, incidentEntries } from '../../src/domain/incidents.ts';
import { loadManual } from '../../src/check/load.ts';
import { record, runState, startRun, type ChecklistRun } from '../../src/domain/run/model.ts';
import { toSnapshot } from '../../src/domain/run/snapshot.ts';
import { RUN_KEY_PREFIX } from '../../src/domain/run/store.ts';
import { checklistPath, roleAnchor, runPath } from '../../src/domain/routes.ts';

/**
 * The home page in an incident: from the home page to a started run in at most two taps on a
 * 360 px wide phone, the triage, unfinished runs, and the contacts on incident pages.
 *
 * Starting a run is the checklist runner's job. Its contract: the checklist page has a button
 * named 开始执行; ?start=<level> starts a run at once; a started run shows role="status" with
 * 运行中 and the URL becomes ?run=<runId>. Tests that go as far as a started run need the runner.
 */
const { manual } = loadManual(process.cwd());
const entries = incidentEntries(manual.checklists);
const allContacts = manual.organisation?.data.contacts ?? [];
const roles = new Map((manual.roles?.data ?? []).map((role) => [role.id, role]));
const checklistData = (id: string) => {
	const found = manual.checklists.find((checklist) => checklist.id === id);
	if (!found) throw new Error(`no checklist ${id}`);
	return found.data;
};

const PANEL = '出事了？先点事件类别';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startsWith = (text: string) => new RegExp(`^${escape(text)}`);

/** Taps a locator and counts it, so a test can assert how many taps a task took. */
function tapCounter() {
	let count = 0;
	return {
		get count() {
			return count;
		},
		async tap(locator: Locator) {
			count += 1;
			await locator.tap();
		},
	};
}

async function expectStartedRun(page: Page, checklistId: string) {
	await expect(page.getByRole('status').filter({ hasText: '运行中' })).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`${escape(checklistPath(checklistId))}\\?run=[^&]+`));
}

test.describe('on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

	test('the incident panel comes first and has one entry per incident category', async ({ page }) => {
		await page.goto('/');
		const panel = page.getByRole('region', { name: PANEL });
		await expect(panel).toBeVisible();
		// The panel's heading and first entry are on the first screen, above the training and parts.
		const heading = panel.getByRole('heading', { name: PANEL });
		expect((await heading.boundingBox())!.y).toBeLessThan(300);
		const entryLinks = panel.locator('.incident-list > li > :is(a, details > summary)');
		await expect(entryLinks).toHaveCount(entries.length);
		expect((await entryLinks.first().boundingBox())!.y + 44).toBeLessThan(740);
		for (const entry of entries) {
			const line = entry.checklists.length === 1 ? entry.checklists[0]!.line : `${entry.checklists.length} 张清单`;
			await expect(panel.locator(`[data-category="${entry.category}"]`)).toContainText(entry.label);
			await expect(panel.locator(`[data-category="${entry.category}"]`)).toContainText(line);
		}
		// No sideways scrolling on a narrow phone.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	});

	for (const entry of entries) {
		test(`${entry.label}: one tap opens its checklist, with the contacts to call`, async ({ page }) => {
			const taps = tapCounter();
			await page.goto('/');
			const panel = page.getByRole('region', { name: PANEL });
			const [first] = entry.checklists;
			if (entry.checklists.length === 1) {
				await taps.tap(panel.getByRole('link', { name: startsWith(entry.label) }));
				await expect(page).toHaveURL(first!.href);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.title);
			} else {
				// A category with several checklists opens a short choice whose options start a run.
				await taps.tap(panel.locator(`[data-category="${entry.category}"] summary`));
				for (const choice of entry.checklists)
					await expect(panel.getByRole('link', { name: startsWith(`开始：${choice.title}`) })).toHaveAttribute('href', choice.startHref);
			}
			expect(taps.count).toBe(1);
			if (entry.checklists.length === 1) {
				const contacts = page.getByRole('region', { name: '应急联系人' });
				await expect(contacts).toBeVisible();
				await expect(contacts.locator('a[href^="tel:"]').first()).toBeVisible();
				// The first internal contact, as the organisation data names it, links to its role.
				const lead = contactsFor(allContacts, [entry.category]).find((contact) => contact.role)!;
				await expect(contacts.getByRole('link', { name: lead.label, exact: true })).toHaveAttribute('href', roleAnchor(lead.role!));
			}
		});

		test(`${entry.label}: two taps from the home page start a run`, async ({ page }) => {
			const taps = tapCounter();
			await page.goto('/');
			const panel = page.getByRole('region', { name: PANEL });
			const [first] = entry.checklists;
			if (entry.checklists.length === 1) {
				await taps.tap(panel.getByRole('link', { name: startsWith(entry.label) }));
				await taps.tap(page.getByRole('button', { name: '开始执行' }));
			} else {
				await taps.tap(panel.locator(`[data-category="${entry.category}"] summary`));
				await taps.tap(panel.getByRole('link', { name: startsWith(`开始：${first!.title}`) }));
			}
			await expectStartedRun(page, first!.id);
			expect(taps.count).toBeLessThanOrEqual(2);
		});
	}

	test('every tappable thing in the panel, the triage and the runs list is at least 44 px', async ({ page }) => {
		await seedRuns(page, [unfinishedRun()]);
		await page.goto('/');
		// The runs block shows once the device's runs are read: measure it shown, never skip it.
		await expect(page.getByRole('region', { name: '本设备上未完成的运行' }).getByRole('link')).toHaveCount(1);
		await page.getByText('不确定有多严重？回答几个是或否的问题').tap();
		const targets = page.locator(
			'.incident-panel :is(a, summary), severity-triage :is(summary, button, a), unfinished-runs a, open-search button',
		);
		// The triage's questions load when it is opened.
		await expect.poll(() => targets.count()).toBeGreaterThan(entries.length + 11);
		for (const target of await targets.all()) {
			if (!(await target.isVisible())) continue;
			const box = (await target.boundingBox())!;
			expect.soft(box.height, await target.innerText()).toBeGreaterThanOrEqual(44);
			expect.soft(box.width, await target.innerText()).toBeGreaterThanOrEqual(44);
		}
	});

	test('the triage asks yes/no questions from the levels and proposes a start link', async ({ page }) => {
		await page.goto('/');
		await page.getByText('不确定有多严重？回答几个是或否的问题').tap();
		const triage = page.locator('severity-triage');
		// One choice per incident category.
		await expect(triage.getByRole('button')).toHaveCount(entries.length);
		await triage.getByRole('button', { name: '系统故障', exact: true }).tap();
		const levels = checklistData('system-failure').severities;
		await expect(triage).toContainText(`是否符合${levels[0]!.name}的任意一条？`);
		await triage.getByRole('button', { name: '否' }).tap();
		await expect(triage).toContainText(`是否符合${levels[1]!.name}的任意一条？`);
		// Unsure escalates: it stops at the level being asked about.
		await triage.getByRole('button', { name: '不确定' }).tap();
		await expect(triage.getByRole('link', { name: `按${levels[1]!.name}开始` })).toHaveAttribute(
			'href',
			`/checklists/system-failure/?start=${levels[1]!.id}`,
		);
		// Going back and saying no to every question leaves the lowest level.
		await triage.getByRole('button', { name: '上一步' }).tap();
		for (let i = 1; i < levels.length - 1; i++) await triage.getByRole('button', { name: '否' }).tap();
		const lowest = levels[levels.length - 1]!;
		await expect(triage.getByRole('link', { name: `按${lowest.name}开始` })).toHaveAttribute(
			'href',
			`/checklists/system-failure/?start=${lowest.id}`,
		);
	});

	test('the panel link to the triage opens it', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('region', { name: PANEL }).getByRole('link', { name: '不确定有多严重？' }).tap();
		await expect(page.locator('severity-triage details')).toHaveAttribute('open', '');
		await expect(page.getByText('是哪一类事件？')).toBeVisible();
	});

	test('the triage starts the run at the proposed level', async ({ page }) => {
		await page.goto('/');
		await page.getByText('不确定有多严重？回答几个是或否的问题').tap();
		const triage = page.locator('severity-triage');
		await triage.getByRole('button', { name: '数据丢失', exact: true }).tap();
		await triage.getByRole('button', { name: '否' }).tap();
		await triage.getByRole('button', { name: '是' }).tap();
		const level = checklistData('data-loss').severities[1]!;
		await triage.getByRole('link', { name: `按${level.name}开始` }).tap();
		await expectStartedRun(page, 'data-loss');
		// The run stored on the device is at the proposed level.
		const runId = new URL(page.url()).searchParams.get('run')!;
		const stored = await page.evaluate((key) => localStorage.getItem(key), RUN_KEY_PREFIX + runId);
		expect(runState(JSON.parse(stored!) as ChecklistRun).severity).toBe(level.id);
	});

	test('a checklist page has the triage for its own levels only', async ({ page }) => {
		await page.goto('/checklists/media-crisis/');
		await page.getByText('拿不准级别？回答几个是或否的问题').tap();
		const triage = page.locator('severity-triage');
		const levels = checklistData('media-crisis').severities;
		await expect(triage).toContainText(`是否符合${levels[0]!.name}的任意一条？`);
		await triage.getByRole('button', { name: '不确定' }).tap();
		await expect(triage.getByRole('link', { name: `按${levels[0]!.name}开始` })).toHaveAttribute(
			'href',
			`/checklists/media-crisis/?start=${levels[0]!.id}`,
		);
	});

	test('unfinished runs on this device are listed with elapsed time and progress, one tap to resume', async ({ page }) => {
		const open = unfinishedRun();
		const finished = record(startRun(snapshot('data-loss'), {}, minutesAgo(30)), { type: 'finish' }, minutesAgo(5));
		await seedRuns(page, [open, finished]);
		await page.goto('/');
		const runs = page.getByRole('region', { name: '本设备上未完成的运行' });
		await expect(runs).toBeVisible();
		const links = runs.getByRole('link');
		await expect(links).toHaveCount(1);
		const link = links.first();
		await expect(link).toHaveAttribute('href', runPath('system-failure', open.id));
		await expect(link).toContainText('系统故障应急清单');
		await expect(link).toContainText('3 号电脑蓝屏');
		await expect(link).toContainText(/已进行 1 小时 \d+ 分/);
		await expect(link).toContainText(/完成 1\/\d+/);
		// It comes before the incident panel: resuming is the first thing to offer.
		expect((await runs.boundingBox())!.y).toBeLessThan((await page.getByRole('region', { name: PANEL }).boundingBox())!.y);
	});

	test('one tap on an unfinished run resumes it', async ({ page }) => {
		const open = unfinishedRun();
		await seedRuns(page, [open]);
		await page.goto('/');
		await page.getByRole('region', { name: '本设备上未完成的运行' }).getByRole('link').tap();
		await expectStartedRun(page, 'system-failure');
		await expect(page).toHaveURL(runPath('system-failure', open.id));
	});

	test('without unfinished runs the block and its heading stay hidden', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { name: '本设备上未完成的运行' })).toBeHidden();
	});

	test('the find button opens the search', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('button', { name: '在手册中查找' }).tap();
		await expect(page.getByRole('dialog', { name: '搜索' })).toBeVisible();
	});
});

test("the home page also leads new staff to the training path and the manual's parts", async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/');
	await expect(page.getByRole('heading', { name: '新员工从这里开始' })).toBeVisible();
	await expect(page.getByRole('main').getByRole('link', { name: /新员工第一个月/ })).toHaveAttribute('href', '/training/start-here/');
	await expect(page.getByRole('heading', { name: '手册的三个部分' })).toBeVisible();
	// At desktop width the entries sit in two columns.
	const boxes = await page
		.locator('.incident-list > li')
		.evaluateAll((items) => items.slice(0, 2).map((item) => item.getBoundingClientRect().top));
	expect(boxes[0]).toBe(boxes[1]);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`panel and triage text meets WCAG AA contrast in the ${colorScheme} theme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto('/');
		await page.getByText('不确定有多严重？回答几个是或否的问题').click();
		const ratios = await page
			.locator(
				'.incident-panel :is(h2, p, .incident-label, .incident-line, .incident-more a), severity-triage :is(.triage-summary, button)',
			)
			.evaluateAll((elements) => {
				const parse = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
				const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
					const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
					return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
				};
				const background = (element: Element | null): number[] => {
					for (let node = element; node; node = node.parentElement) {
						const rgba = parse(getComputedStyle(node).backgroundColor);
						if (rgba.length === 3 || (rgba[3] ?? 0) > 0) return rgba;
					}
					return [255, 255, 255];
				};
				return elements.map((element) => {
					const [a, b] = [luminance(parse(getComputedStyle(element).color)), luminance(background(element))];
					return { text: element.textContent?.trim().slice(0, 12), ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
				});
			});
		expect(ratios.length).toBeGreaterThan(entries.length * 2);
		for (const { text, ratio } of ratios) expect.soft(ratio, text).toBeGreaterThanOrEqual(4.5);
	});
}

test('incident chapters show the contacts for their categories, with tel: links and a contents entry', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	// Which contacts each page shows follows the organisation data: a contact limited to other
	// categories is left out of a chapter, and the contacts page lists everyone.
	const shown = contactsFor(allContacts, ['system-failure']);
	const withPhone = shown.find((contact) => contact.phone)!;
	const internal = shown.find((contact) => contact.role)!;
	const elsewhere = allContacts.find((contact) => contact.phone && !shown.includes(contact))!;
	expect(elsewhere, 'the contacts data limits at least one numbered contact to other categories').toBeTruthy();
	await page.goto('/emergency/system-failure/');
	const contacts = page.getByRole('region', { name: '应急联系人' });
	await expect(contacts).toBeVisible();
	await expect(contacts.getByRole('link', { name: withPhone.phone, exact: true }).first()).toHaveAttribute(
		'href',
		`tel:${withPhone.phone.replace(/[\s-]/g, '')}`,
	);
	await expect(contacts.getByRole('link', { name: internal.label, exact: true })).toHaveAttribute('href', roleAnchor(internal.role!));
	await expect(contacts.getByRole('link', { name: elsewhere.phone, exact: true })).toHaveCount(0);
	await expect(page.getByRole('navigation', { name: '本页内容' }).getByRole('link', { name: '应急联系人' })).toHaveAttribute(
		'href',
		'#contacts-title',
	);

	// A chapter of a category the limited contact serves shows it; an operations chapter has no block.
	const itsCategory = elsewhere.categories[0]!;
	const itsChecklist = manual.checklists.find((checklist) => checklist.data.category === itsCategory)!;
	const itsChapter = manual.chapters.find(
		(chapter) => chapter.fields?.part === '应急' && chapter.fields.checklists.includes(itsChecklist.id),
	)!;
	await page.goto(`/${itsChapter.id}/`);
	await expect(
		page.getByRole('region', { name: '应急联系人' }).getByRole('link', { name: elsewhere.phone, exact: true }).first(),
	).toHaveAttribute('href', `tel:${elsewhere.phone.replace(/[\s-]/g, '')}`);
	const operations = manual.chapters.find((chapter) => chapter.fields?.part === '运营')!;
	await page.goto(`/${operations.id}/`);
	await expect(page.getByRole('region', { name: '应急联系人' })).toHaveCount(0);
	await page.goto('/contacts/');
	await expect(
		page.getByRole('region', { name: '应急联系人' }).getByRole('link', { name: elsewhere.phone, exact: true }).first(),
	).toBeVisible();
});

test('the role on a checklist step links to the role, its duties and its stand-in', async ({ page }) => {
	await page.goto('/checklists/system-failure/');
	const step = page.locator('li.step').first();
	const data = checklistData('system-failure').phases[0]!.steps[0]!;
	const role = roles.get(data.role)!;
	await step.getByRole('link', { name: role.name }).click();
	await expect(page).toHaveURL(`/roles/#${role.id}`);
	const section = page.locator('section.role').filter({ has: page.getByRole('heading', { name: role.name, exact: true }) });
	await expect(section).toContainText(role.duties[0]!);
	await expect(section.getByText('代行岗位')).toBeVisible();
	await expect(section.getByRole('link', { name: roles.get(role.standIn)!.name })).toHaveAttribute('href', `#${role.standIn}`);
});

// --- runs stored on the device -------------------------------------------------------------

function snapshot(id: string) {
	return toSnapshot(id, checklistData(id), roles);
}

function minutesAgo(minutes: number) {
	return new Date(Date.now() - minutes * 60_000);
}

/** A system-failure run started 65 minutes ago at level 3 with its first step done. */
function unfinishedRun(): ChecklistRun {
	const started = snapshot('system-failure');
	const run = startRun(started, { title: '3 号电脑蓝屏', severity: 'L3' }, minutesAgo(65));
	return record(run, { type: 'check', step: started.phases[0]!.steps[0]!.id }, minutesAgo(60));
}

/** Puts runs in the browser's store before any page script runs. */
async function seedRuns(page: Page, runs: ChecklistRun[]) {
	await page.addInitScript(
		([prefix, stored]) => {
			for (const run of stored) localStorage.setItem(prefix + run.id, JSON.stringify(run));
		},
		[RUN_KEY_PREFIX, runs] as const,
	);
}
