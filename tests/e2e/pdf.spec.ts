import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printPdfs, type PrintedPdf } from '../../scripts/pdf/print.ts';
import { PRINTED_SOURCES, printedEdition } from '../../src/manual/printed-editions.ts';
import { manual } from '../support/manual.ts';
import { pdfFonts, pdfPageLines } from '../support/pdf.ts';

/**
 * `npm run pdf` on the built site (the same module it runs), read back with a PDF text extractor:
 * what a reader holding the printed 合订本 finds in it.
 */
const MAX_BYTES = 15 * 1024 * 1024;
/** A table of contents line: the title, spaces, the page number. */
const TOC_ENTRY = /^(.+?)\s{2,}(\d+)$/;

let out: string;
let printed: PrintedPdf[];

test.beforeAll(async () => {
	test.setTimeout(600_000);
	out = mkdtempSync(join(tmpdir(), 'manual-pdf-'));
	printed = await printPdfs({ dist: 'dist', out });
});
test.afterAll(() => rmSync(out, { recursive: true, force: true }));

/** A line with every run of spaces made one. */
const words = (line: string | undefined) => (line ?? '').replace(/\s+/g, ' ').trim();

const document = (name: string) => printed.find((pdf) => pdf.name === name)!;

test('the 合订本 lists every chapter and appendix with the page it starts on, each on a new page under its running header', () => {
	const bound = document('manual-bound.pdf');
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
	const kit = document('emergency-kit.pdf');
	const incidents = manual.checklists.filter((checklist) => checklist.data.kind === 'incident');
	expect(kit.pages).toBeGreaterThanOrEqual(incidents.length + 1);
	const text = pdfPageLines(kit.file).flat().join('\n');
	expect(text).toContain(`版本 ${printedEdition(PRINTED_SOURCES.emergencyKit)}`);
	for (const checklist of incidents) expect(text).toContain(checklist.data.title);
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
