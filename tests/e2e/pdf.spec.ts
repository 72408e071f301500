import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PRINTED_DOCUMENTS, printOpened, type PrintedPdf } from '../../scripts/pdf/print.ts';
import { PRINTED_SOURCES, printedEdition } from '../../src/manual/printed-editions.ts';
import { manual } from '../support/manual.ts';
import { pdfFonts, pdfPageLines } from '../support/pdf.ts';
import { expectedModules, svgModules } from '../support/qr.ts';

/**
 * The 合订本 and the kit as `npm run pdf` prints them (the same module), read back with a PDF text
 * extractor: what a reader holding the paper finds in it. The 合订本 is laid out once, as a reader
 * opens it from a printed copy's code: the first test looks at it on screen, then prints it.
 */
const MAX_BYTES = 15 * 1024 * 1024;
/** A table of contents line: the title, spaces, the page number. */
const TOC_ENTRY = /^(.+?)\s{2,}(\d+)$/;
/** Laying out the whole manual takes Paged.js one to three minutes on a shared core. */
const LAYOUT_MS = 300_000;

test.describe.configure({ mode: 'serial' });

let out: string;
let page: Page;
const printed: PrintedPdf[] = [];
const violations: string[] = [];

test.beforeAll(async ({ browser }) => {
	out = mkdtempSync(join(tmpdir(), 'manual-pdf-'));
	const { baseURL } = test.info().project.use;
	page = await browser.newPage(baseURL ? { baseURL } : {});
	await page.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (event) =>
			console.error(`csp: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
		),
	);
	page.on('console', (message) => message.text().startsWith('csp:') && violations.push(message.text()));
	await page.clock.install({ time: new Date('2026-12-01T09:00:00') });
});
test.afterAll(async () => {
	await page.close();
	rmSync(out, { recursive: true, force: true });
});

test('the 合订本 lays out as pages under the CSP, opened from its code says whether the copy is current, and prints', async () => {
	test.setTimeout(LAYOUT_MS + 60_000);
	const edition = printedEdition(PRINTED_SOURCES.boundManual);
	await page.goto(`${PRINTED_DOCUMENTS['manual-bound.pdf']}?edition=2020-01-01`);
	await expect(page.locator('[data-bound-status]')).toContainText('正在排版');
	await page.locator('html[data-bound-pages]').waitFor({ state: 'attached', timeout: LAYOUT_MS });
	await expect(page.locator('[data-bound-status]')).toContainText(/排版完成：共 \d+ 页/);
	// Paged.js applies print rules on screen: the notice outside the pages must still show.
	await expect(page.locator('printed-edition')).toBeVisible();
	await expect(page.locator('printed-edition')).toContainText(`您手上的是 2020-01-01 版，当前为 ${edition} 版`);
	// The cover, now the first page, carries the code of this page with its edition.
	const site = manual.organisation!.data.site.url.replace(/\/$/, '');
	const expected = `${site}/bound/?edition=${edition}`;
	const code = page.locator('.pagedjs_page').first().locator('.printed-edition-code');
	await expect(code).toBeVisible();
	expect(await code.locator('figcaption span').textContent()).toBe(expected);
	expect(svgModules(await code.locator('svg').evaluate((svg) => svg.outerHTML))).toEqual(expectedModules(expected));
	// Its stylesheets went through the CSS object model, never as blocked inline styles.
	expect(violations).toEqual([]);
	// Printed as laid out (the notice is for the screen only), then the kit.
	printed.push(await printOpened(page, 'manual-bound.pdf', out));
	await page.goto(PRINTED_DOCUMENTS['emergency-kit.pdf']);
	printed.push(await printOpened(page, 'emergency-kit.pdf', out));
	const notice = pdfPageLines(printed[0]!.file).flat().join('\n');
	expect(notice).not.toContain('您手上的是');
});

/** A line with every run of spaces made one. */
const words = (line: string | undefined) => (line ?? '').replace(/\s+/g, ' ').trim();

const printedPdf = (name: string) => printed.find((pdf) => pdf.name === name)!;

test('the 合订本 lists every chapter and appendix with the page it starts on, each on a new page under its running header', () => {
	const bound = printedPdf('manual-bound.pdf');
	const pages = pdfPageLines(bound.file);
	expect(pages).toHaveLength(bound.pages);
	const edition = printedEdition(PRINTED_SOURCES.boundManual);
	expect(pages[0]).toContain(`版本 ${edition}`);
	expect(pages[1]![0]).toBe('目录');

	// The contents run from page 2 to the page before the first chapter.
	const contents: { title: string; page: number }[] = [];
	for (let index = 1; index === 1 || index < (contents[0]?.page ?? 0) - 1; index++)
		for (const line of pages[index]!) {
			const [, title, page] = TOC_ENTRY.exec(line) ?? [];
			if (title && page) contents.push({ title, page: Number(page) });
		}
	const titles = new Map(manual.chapters.map((chapter) => [chapter.id, chapter.title]));
	const chapters = manual.sidebar!.data.flatMap((part) => part.chapters.map((id) => titles.get(id)!));
	const appendices = [...manual.checklists.map((checklist) => checklist.data.title), '应急联系人'];
	// Every chapter in sidebar order, then every checklist and the contacts.
	expect(contents.map((entry) => entry.title).slice(0, chapters.length)).toEqual(chapters);
	expect(
		contents
			.map((entry) => entry.title)
			.slice(chapters.length)
			.sort(),
	).toEqual(appendices.sort());

	contents.forEach(({ title, page }, index) => {
		const end = (contents[index + 1]?.page ?? pages.length + 1) - 1;
		expect(end, `${title} starts on page ${page}, before the next entry`).toBeGreaterThanOrEqual(page);
		// The text extractor spreads a Latin letter set in a large CJK heading ("证书与   U   盾"): compare
		// words, not the widths between them.
		const [, part, heading] = pages[page - 1]!.map(words);
		// A new page: the chapter's title is the first thing under the running header.
		expect([part, heading], `page ${page}`).toContain(words(title));
		for (let number = page; number <= end; number++) {
			const lines = pages[number - 1]!;
			expect(lines[0], `running header of page ${number}`).toMatch(
				new RegExp(`^${escape(words(title)).replaceAll(' ', '\\s+')}\\s+版本 ${edition}$`),
			);
			expect(lines.at(-1), `page number printed on page ${number}`).toBe(String(number));
		}
	});
});

test('both PDFs embed their fonts and stay under 15 MB; the kit prints every incident checklist', () => {
	for (const pdf of printed) {
		expect(pdf.bytes, pdf.name).toBeLessThan(MAX_BYTES);
		const fonts = pdfFonts(pdf.file);
		expect(fonts.length, pdf.name).toBeGreaterThan(0);
		expect(
			fonts.filter((font) => !font.embedded),
			pdf.name,
		).toEqual([]);
	}
	const kit = printedPdf('emergency-kit.pdf');
	const incidents = manual.checklists.filter((checklist) => checklist.data.kind === 'incident');
	expect(kit.pages).toBeGreaterThanOrEqual(incidents.length + 1);
	const text = pdfPageLines(kit.file).flat().join('\n');
	expect(text).toContain(`版本 ${printedEdition(PRINTED_SOURCES.emergencyKit)}`);
	for (const checklist of incidents) expect(text).toContain(checklist.data.title);
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
