import { expect, test, type Page } from '@playwright/test';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PRINTED_DOCUMENTS, pdfPageCount, printOpened, type PrintedPdf } from '../../scripts/pdf/print.ts';
import { fileSize } from '../../src/domain/bound-layout.ts';
import { PRINTED_PDF_FOLDER, PRINTED_PDFS } from '../../src/domain/routes.ts';
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
/** Laying out the whole manual takes Paged.js half a minute on a quiet core, minutes on a busy one. */
const LAYOUT_MS = 300_000;
/** Where `npm run pdf` publishes the 合订本 in the site these tests serve (dist/, the site project's). */
const PUBLISHED_DIR = join(import.meta.dirname, '..', '..', 'dist', PRINTED_PDF_FOLDER);
const PUBLISHED_PDF = join(PUBLISHED_DIR, PRINTED_PDFS.boundManual);
/** The pages laid out so far, as the progress line says it. */
const pagesSoFar = async (page: Page) =>
	Number(/已排 (\d+) 页/.exec((await page.locator('[data-bound-progress-text]').textContent()) ?? '')?.[1] ?? 0);

test.describe.configure({ mode: 'serial' });

let out: string;
let page: Page;
const printed: PrintedPdf[] = [];
const violations: string[] = [];

test.beforeAll(async ({ browser }) => {
	out = mkdtempSync(join(tmpdir(), 'manual-pdf-'));
	const { baseURL } = test.info().project.use;
	// At a phone's width, as a reader scanning a printed copy's code opens it: the layout must not
	// depend on the screen (the phone's scaled preview applies only once the pages are done).
	page = await browser.newPage({ ...(baseURL ? { baseURL } : {}), viewport: { width: 360, height: 780 } });
	await page.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (event) =>
			console.error(`csp: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
		),
	);
	page.on('console', (message) => message.text().startsWith('csp:') && violations.push(message.text()));
	await page.clock.install({ time: new Date('2026-12-01T09:00:00') });
});
let publishedHere = false;
test.afterAll(async () => {
	await page.close();
	rmSync(out, { recursive: true, force: true });
	if (publishedHere) rmSync(PUBLISHED_PDF, { force: true });
});

test('the 合订本 shows its progress, prints only a notice until laid out, then lays out as pages under the CSP, says whether the copy is current, and prints', async () => {
	test.setTimeout(LAYOUT_MS + 60_000);
	const edition = printedEdition(PRINTED_SOURCES.boundManual);
	// This build has no PDF published yet (the server answers 404): the page says so instead of a dead link.
	const pdfRoute = `**${PRINTED_PDF_FOLDER}${PRINTED_PDFS.boundManual}`;
	await page.route(pdfRoute, (route) => route.fulfill({ status: 404, body: '' }));
	await page.goto(`${PRINTED_DOCUMENTS['manual-bound.pdf']}?edition=2020-01-01`);
	await expect(page.locator('[data-bound-pdf-note]')).toContainText('没有附带排好的 PDF');
	await expect(page.getByRole('link', { name: /下载合订本 PDF/ })).toHaveCount(0);
	await page.unroute(pdfRoute);

	// While Paged.js works: the status says so, printing is refused, and the count of pages laid out grows.
	await expect(page.locator('[data-bound-status][role="status"]')).toHaveText(/^(正在排版|排版进行中)/);
	const print = page.getByRole('button', { name: '打印合订本' });
	await expect(print).toBeDisabled();
	await expect(page.locator('[data-bound-progress-text]')).toContainText(/正在排版：已排 [1-9]\d* 页，第 \d+ \/ \d+ 章/, {
		timeout: LAYOUT_MS,
	});
	const first = await pagesSoFar(page);
	await expect.poll(() => pagesSoFar(page), { timeout: LAYOUT_MS }).toBeGreaterThan(first);
	await expect(page.locator('[data-bound-progress]')).not.toHaveAttribute('value', '0');

	// Ctrl+P now prints the notice alone, not the pages so far: as print media, and as a printed PDF.
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('[data-bound-print-notice]')).toBeVisible();
	await expect(page.locator('.pagedjs_pages')).toBeHidden();
	const early = join(out, 'early.pdf');
	await page.pdf({ path: early, format: 'A4' });
	const earlyText = pdfPageLines(early).flat().join('');
	expect(earlyText).toContain('合订本还没有排完版');
	expect(earlyText).not.toContain('目录');
	await page.emulateMedia({ media: null });
	await expect(page.locator('[data-bound-print-notice]')).toBeHidden();

	await page.locator('html[data-bound-pages]').waitFor({ state: 'attached', timeout: LAYOUT_MS });
	await expect(page.locator('[data-bound-status]')).toContainText(/排版完成：共 \d+ 页/);
	await expect(print).toBeEnabled();
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
	// Laid out, print media shows the pages and no notice.
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('[data-bound-print-notice]')).toBeHidden();
	await expect(page.locator('.pagedjs_pages')).toBeVisible();
	await page.emulateMedia({ media: null });
	// Printed as laid out (the notice is for the screen only), then the kit.
	printed.push(await printOpened(page, 'manual-bound.pdf', out));
	await page.goto(PRINTED_DOCUMENTS['emergency-kit.pdf']);
	printed.push(await printOpened(page, 'emergency-kit.pdf', out));
	const notice = pdfPageLines(printed[0]!.file).flat().join('\n');
	expect(notice).not.toContain('您手上的是');
	expect(notice).not.toContain('合订本还没有排完版');
});

test('published beside the site, the ready-made PDF is the first thing /bound/ offers: its edition, its size, and a real download', async () => {
	const bound = printedPdf('manual-bound.pdf');
	// What `npm run pdf` does after the build, into the site this run serves (unless it is there already).
	if (!existsSync(PUBLISHED_PDF)) {
		mkdirSync(PUBLISHED_DIR, { recursive: true });
		copyFileSync(bound.file, `${PUBLISHED_PDF}.part`);
		renameSync(`${PUBLISHED_PDF}.part`, PUBLISHED_PDF);
		publishedHere = true;
	}
	const bytes = readFileSync(PUBLISHED_PDF).length;
	const edition = printedEdition(PRINTED_SOURCES.boundManual);
	await page.goto(PRINTED_DOCUMENTS['manual-bound.pdf']);
	const link = page.getByRole('link', { name: /下载合订本 PDF/ });
	await expect(link).toHaveText(new RegExp(`^下载合订本 PDF\\s*（版本 ${edition}，${escape(fileSize(bytes))}）$`));
	// Above the layout: the first thing under the title.
	const linkBox = (await link.boundingBox())!;
	const progressBox = (await page.locator('[data-bound-progress]').boundingBox())!;
	expect(linkBox.y).toBeLessThan(progressBox.y);
	const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
	expect(download.suggestedFilename()).toBe(`${manual.organisation!.data.shortName}合订本-${edition}.pdf`);
	const saved = join(out, 'downloaded.pdf');
	await download.saveAs(saved);
	const pdf = readFileSync(saved);
	expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	expect(pdfPageCount(pdf)).toBe(pdfPageCount(readFileSync(PUBLISHED_PDF)));
	// Leave the page before its layout (not needed here) uses the core the next tests share.
	await page.goto('about:blank');
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
