// The PDFs published beside the site: the 合订本 (/bound/) and the paper kit (/emergency-kit/),
// printed from a built site by the Chromium the tests use. `npm run pdf` and the tests call this.
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveDist } from '../static-server.ts';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../browser.mjs';
import { BOUND_MANUAL_PATH, DATA_PAGES, PRINTED_PDF_FOLDER, PRINTED_PDFS, withBase } from '../../src/domain/routes.ts';

/** What was printed: where, how many A4 pages, how many bytes; for the 合订本, how long its layout took. */
export interface PrintedPdf {
	name: string;
	file: string;
	pages: number;
	bytes: number;
	/** Seconds from opening /bound/ to Paged.js's last page (the bench's layout row). */
	layoutSeconds?: number;
}

export interface PrintOptions {
	/** The built site. */
	dist: string;
	/** The deploy's base the site was built for (`/manual/` for `npm run build:subpath`). */
	base?: string;
	/** Where the PDFs go; `<dist>/pdf` by default, so a deploy of dist/ publishes them. */
	out?: string;
}

/** The documents printed, by file name: the page each is printed from. */
export const PRINTED_DOCUMENTS = {
	[PRINTED_PDFS.boundManual]: BOUND_MANUAL_PATH,
	[PRINTED_PDFS.emergencyKit]: DATA_PAGES.emergencyKit,
} as const;

export type PrintedName = keyof typeof PRINTED_DOCUMENTS;

/** Laying out some 250 pages takes Paged.js about 30 s on a quiet core, several times that on a busy one. */
const LAYOUT_TIMEOUT_MS = 480_000;

/** Waits until Paged.js has laid out the 合订本 open in `page` (what its print gate keys on). */
export async function boundLaidOut(page: Page): Promise<void> {
	await page.locator('html[data-bound-pages]').waitFor({ state: 'attached', timeout: LAYOUT_TIMEOUT_MS });
}

/**
 * Prints the document open in `page` (opened from its path in PRINTED_DOCUMENTS) to `<out>/<name>`:
 * the 合订本 once Paged.js has laid it out, the kit as it is. The tests print the page they opened.
 */
export async function printOpened(page: Page, name: PrintedName, out: string): Promise<PrintedPdf> {
	if (PRINTED_DOCUMENTS[name] === BOUND_MANUAL_PATH) await boundLaidOut(page);
	const file = join(out, name);
	const pdf = await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
	return { name, file, pages: pdfPageCount(pdf), bytes: pdf.length };
}

export async function printPdfs({ dist, base = '/', out = join(dist, PRINTED_PDF_FOLDER) }: PrintOptions): Promise<PrintedPdf[]> {
	const executablePath = findChromium({ headlessShell: true });
	if (!executablePath) throw new Error('找不到 Chromium：先运行 node scripts/ensure-browser.mjs，它会安装或说明需要安装什么。');
	statSync(join(dist, 'index.html')); // a clear ENOENT before a browser starts, when the site is not built
	// Without a CJK font the PDF would carry boxes for every character, and nobody would notice before printing.
	if (!spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).stdout?.trim())
		throw new Error('没有中文字体，打印出的 PDF 只会有方框。请以 root 身份安装：apt-get install -y fonts-noto-cjk');
	mkdirSync(out, { recursive: true });
	const { server, origin } = await serveDist(resolve(dist), base);
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage();
		const printed: PrintedPdf[] = [];
		for (const [name, path] of Object.entries(PRINTED_DOCUMENTS)) {
			const opened = performance.now();
			await page.goto(origin + withBase(base)(path));
			if (path !== BOUND_MANUAL_PATH) printed.push(await printOpened(page, name as PrintedName, out));
			else {
				await boundLaidOut(page);
				const layoutSeconds = Math.round((performance.now() - opened) / 100) / 10;
				printed.push({ ...(await printOpened(page, name as PrintedName, out)), layoutSeconds });
			}
		}
		return printed;
	} finally {
		await browser.close();
		server.close();
	}
}

/** Pages in a PDF produced by Chromium (each page object is "/Type /Page"). */
export function pdfPageCount(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}
