// `npm run bench`: builds the site and reports what it costs (a script, never a gate in CI).
//
//   npm run bench                          the real manual
//   npm run bench -- --synthetic 1000,300  a generated manual of 1,000 chapters and 300 checklists
//
// Writes bench/out/<name>.json and bench/out/<name>.md, and prints the Markdown table.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveDist } from './static-server.ts';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';
import { generateSyntheticManual } from './synthetic-manual.ts';
import { lighthouseLines, lighthouseRows, type LighthouseRow } from './bench/lighthouse.ts';
import { handoverLines, measureHandover, type HandoverCost } from './bench/handover.ts';
import { benchPdf, pdfLines, type PdfBench } from './bench/pdf.ts';
import { measureRelevance, relevanceLines, type RelevanceRow } from './bench/relevance.ts';
import { offlineLines, offlinePrecache, type OfflinePrecache } from './bench/offline.ts';
import { previousSearch, type PreviousSearch } from './bench/previous-search.ts';
import { buildMeasured, type BuildCost } from './bench/build.ts';
import { peerProject } from './bench/peer.ts';
import { BUILD_STEPS, type BuildStep } from '../src/build/step-timings.ts';
import { SEARCH_QUERIES } from '../tests/e2e/search-queries.ts';
import { SENTENCE_QUERIES } from '../tests/e2e/search-sentences.ts';

const ROOT = resolve(import.meta.dirname, '..');

interface Download {
	html: number;
	js: number;
	/** JavaScript this page type loads that the home page does not: the page's own code. */
	ownJs?: number;
	css: number;
	other: number;
	total: number;
	requests: number;
}

/** What a search downloads from the Pagefind bundle, by kind of file: bytes and file count. */
type SearchParts = Record<'wasm' | 'index' | 'fragment' | 'filter' | 'other', { bytes: number; files: number }>;

type SearchDownload = Download & { query: string; parts: SearchParts };

/** Search costs the issue-13 budgets are about: downloads by scenario, and keystroke-to-results times. */
interface SearchCosts {
	/** A whole sentence (20 characters) as the first search of a visit. */
	sentenceFirst: SearchDownload;
	/** The same sentence typed after an unrelated short query. */
	sentenceAfter: SearchDownload & { after: string };
	/** The same sentence typed after its own first half, as typing with a pause searches it. */
	sentenceAfterItsStart: SearchDownload & { after: string };
	/** Medians in ms, from the query landing in the box (a keystroke, a committed IME word, a dictated sentence) to its results shown. */
	latency: { cpuThrottle: number; shortMs: number; sentenceMs: number; shortQueries: number; sentenceQueries: number };
}

interface Report {
	name: string;
	date: string;
	build: BuildCost & { pages: number };
	/** Bare Starlight building the same chapters and checklists (`--peer`), and its first visits to the same paths. */
	peer?: PeerCost;
	firstVisit: Record<string, Download & { path: string }>;
	pagefind: { indexBytes: number; indexFiles: number; firstSearch: SearchDownload; costs?: SearchCosts };
	runner?: RunnerBudget;
	lighthouse?: LighthouseRow[];
	handover?: HandoverCost;
	pdf?: PdfBench;
	offline?: OfflinePrecache;
	relevance?: RelevanceRow[];
	/** 起草文书's code (issue 26), gzip KB: loaded only when a run offers a draft, and the .docx writer only when one is downloaded. */
	drafting?: { panelKB: number; docxKB: number };
}

/** Budgets for the search (issue 13), in KB over the network and ms. */
const BUDGETS = { shortFirstKB: 150, sentenceFirstKB: 300, sentenceAfterKB: 60, shortMs: 300, sentenceMs: 800 } as const;

/** A 20-character sentence as staff type it, for the download budgets. */
const BENCH_SENTENCE = '前台电脑一直蓝屏重启，财务软件登不上去了';

async function openDialog(page: Page): Promise<void> {
	await page.getByRole('button', { name: '搜索' }).click();
	await page.locator('#starlight__search .pagefind-ui__search-input').waitFor();
}

/** Puts `query` in the search box at once and resolves with the ms until its results are shown. */
async function timeQuery(page: Page, query: string): Promise<number> {
	return page.evaluate(
		(query) =>
			new Promise<number>((done) => {
				const root = document.getElementById('starlight__search')!;
				const input = root.querySelector<HTMLInputElement>('.pagefind-ui__search-input')!;
				const started = performance.now();
				input.value = query;
				input.dispatchEvent(new Event('input', { bubbles: true }));
				const shown = () => {
					const message = root.querySelector('.pagefind-ui__message')?.textContent ?? '';
					const loading = root.querySelector('.pagefind-ui__result .pagefind-ui__loading');
					const empty = !document.querySelector('search-empty-state[hidden]');
					const result = root.querySelector('.pagefind-ui__result-link') ?? (empty ? message : null);
					if (message.includes(`“${query}”`) && !message.includes('正在搜索') && !loading && result) done(performance.now() - started);
					else requestAnimationFrame(shown);
				};
				shown();
			}),
		query,
	);
}

async function clearQuery(page: Page): Promise<void> {
	await page.locator('#starlight__search .pagefind-ui__search-input').fill('');
	await page.waitForTimeout(400);
}

/** Types `query` and collects what the browser fetched until its results are shown. */
async function searchDownload(page: Page, query: string): Promise<string[]> {
	const urls: string[] = [];
	const listener = (request: { url(): string }) => urls.push(request.url());
	page.on('request', listener);
	await timeQuery(page, query);
	await page.waitForLoadState('networkidle');
	page.off('request', listener);
	return urls;
}

const median = (values: readonly number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return Math.round(sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2);
};

async function searchCosts(
	browser: import('@playwright/test').Browser,
	dist: string,
	origin: string,
	shortQuery: string,
): Promise<SearchCosts> {
	/** A first visit to the home page, recording every request from the moment the search is opened. */
	const fresh = async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(origin + '/', { waitUntil: 'networkidle' });
		const urls: string[] = [];
		page.on('request', (request) => urls.push(request.url()));
		await openDialog(page);
		return { context, page, urls };
	};
	const first = await fresh();
	await searchDownload(first.page, BENCH_SENTENCE);
	const sentenceUrls = [...first.urls];
	await first.context.close();

	// Typed after another query: an unrelated short one, and the sentence's own first words (the
	// dialog searches whenever typing pauses, so a sentence typed in two goes is searched twice).
	const after = async (earlier: string) => {
		const visit = await fresh();
		await searchDownload(visit.page, earlier);
		await clearQuery(visit.page);
		const urls = await searchDownload(visit.page, BENCH_SENTENCE);
		await visit.context.close();
		return { query: BENCH_SENTENCE, after: earlier, ...tally(dist, origin, urls), parts: searchParts(dist, origin, urls) };
	};
	const sentenceAfter = await after(shortQuery);
	const sentenceAfterItsStart = await after(BENCH_SENTENCE.slice(0, 10));

	// Latency: a warm index (every query searched once), then each query timed with the CPU slowed 4×.
	const timed = await fresh();
	const shortQueries = SEARCH_QUERIES.map(({ query }) => query).slice(0, 20);
	const sentences = SENTENCE_QUERIES.map(({ query }) => query).slice(0, 20);
	for (const query of [...shortQueries, ...sentences]) {
		await timeQuery(timed.page, query);
		await clearQuery(timed.page);
	}
	const cdp = await timed.context.newCDPSession(timed.page);
	const cpuThrottle = 4;
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
	const times = async (queries: readonly string[]) => {
		const ms: number[] = [];
		for (const query of queries) {
			ms.push(await timeQuery(timed.page, query));
			await clearQuery(timed.page);
		}
		return ms;
	};
	const shortMs = median(await times(shortQueries));
	const sentenceMs = median(await times(sentences));
	await timed.context.close();
	return {
		sentenceFirst: { query: BENCH_SENTENCE, ...tally(dist, origin, sentenceUrls), parts: searchParts(dist, origin, sentenceUrls) },
		sentenceAfter,
		sentenceAfterItsStart,
		latency: { cpuThrottle, shortMs, sentenceMs, shortQueries: shortQueries.length, sentenceQueries: sentences.length },
	};
}

/** The checklist runner's budgets (issue 12): its own JavaScript, one tick's update time, layout shift. */
interface RunnerBudget {
	path: string;
	/** JS the checklist page loads that a chapter page does not, gzip bytes (budget 12 KB). */
	ownJs: number;
	/** Steps in the run the tick was measured on. */
	steps: number;
	/** Median time of one tick's synchronous update, 4× CPU throttling (budget 16 ms). */
	tickMedianMs: number;
	/** Cumulative layout shift of the checklist page while the runner starts (budget 0.1). */
	layoutShift: number;
}

/** One tick's update time and the page's layout shift, measured the way a phone would feel them. */
async function measureRunner(page: Page, origin: string, path: string): Promise<Omit<RunnerBudget, 'path' | 'ownJs'>> {
	await page.goto(origin + path, { waitUntil: 'networkidle' });
	await page.waitForTimeout(1000);
	const layoutShift = await page.evaluate(
		() =>
			new Promise<number>((done) => {
				let total = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
						if (!entry.hadRecentInput) total += entry.value;
				}).observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => done(total), 200);
			}),
	);
	await page.getByRole('button', { name: '开始执行' }).click();
	await page.getByRole('status').filter({ hasText: '运行中' }).waitFor();
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	const times = await page.evaluate(async () => {
		const boxes = [...document.querySelectorAll<HTMLInputElement>('li.step:not([hidden]) input.run-box')];
		const measured: number[] = [];
		for (const box of boxes) {
			const start = performance.now();
			box.click();
			measured.push(performance.now() - start);
			await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
		}
		return measured;
	});
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	const sorted = [...times].sort((a, b) => a - b);
	const tickMedianMs = Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 10) / 10;
	return { steps: times.length, tickMedianMs, layoutShift: Math.round(layoutShift * 1000) / 1000 };
}

function listFiles(folder: string): string[] {
	return readdirSync(folder, { recursive: true })
		.map((name) => join(folder, String(name)))
		.filter((file) => statSync(file).isFile());
}

/** Bytes on the wire for a file served with gzip: already-compressed files are sent as they are. */
function wireBytes(dist: string, path: string): number {
	const body = readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path));
	return Math.min(body.length, gzipSync(body, { level: 9 }).length);
}

function tally(dist: string, origin: string, urls: readonly string[]): Download {
	const download: Download = { html: 0, js: 0, css: 0, other: 0, total: 0, requests: 0 };
	for (const url of new Set(urls)) {
		if (!url.startsWith(origin)) continue;
		const path = decodeURIComponent(new URL(url).pathname);
		let bytes: number;
		try {
			bytes = wireBytes(dist, path);
		} catch {
			continue;
		}
		const kind =
			path.endsWith('/') || path.endsWith('.html') ? 'html' : path.endsWith('.js') ? 'js' : path.endsWith('.css') ? 'css' : 'other';
		download[kind] += bytes;
		download.total += bytes;
		download.requests++;
	}
	return download;
}

/** Splits the Pagefind files a search fetched into the engine, index chunks, page fragments and filters. */
function searchParts(dist: string, origin: string, urls: readonly string[]): SearchParts {
	const parts: SearchParts = {
		wasm: { bytes: 0, files: 0 },
		index: { bytes: 0, files: 0 },
		fragment: { bytes: 0, files: 0 },
		filter: { bytes: 0, files: 0 },
		other: { bytes: 0, files: 0 },
	};
	for (const url of new Set(urls)) {
		if (!url.startsWith(origin)) continue;
		const path = decodeURIComponent(new URL(url).pathname);
		if (!path.includes('/pagefind/') || path.endsWith('.js')) continue;
		const kind = path.includes('wasm.')
			? 'wasm'
			: path.endsWith('.pf_index')
				? 'index'
				: path.endsWith('.pf_fragment')
					? 'fragment'
					: path.endsWith('.pf_filter')
						? 'filter'
						: 'other';
		try {
			parts[kind].bytes += wireBytes(dist, path);
			parts[kind].files++;
		} catch {
			// not a file in dist/
		}
	}
	return parts;
}

async function recordVisit(page: Page, origin: string, path: string): Promise<string[]> {
	const urls: string[] = [];
	const listener = (request: { url(): string }) => urls.push(request.url());
	page.on('request', listener);
	await page.goto(origin + path, { waitUntil: 'networkidle' });
	page.off('request', listener);
	return urls;
}

type FirstVisits = Report['firstVisit'];

/** Each page type opened in an empty cache, as a first visit: what it downloads, and the URLs (for own-JS figures). */
async function firstVisits(
	browser: Browser,
	dist: string,
	origin: string,
	pages: Record<string, string | undefined>,
): Promise<{ firstVisit: FirstVisits; visited: Record<string, string[]> }> {
	const firstVisit: FirstVisits = {};
	const visited: Record<string, string[]> = {};
	let homeUrls: string[] = [];
	for (const [type, path] of Object.entries(pages)) {
		if (!path) continue;
		const context = await browser.newContext(); // empty cache: a first visit
		const page = await context.newPage();
		const urls = await recordVisit(page, origin, path);
		if (type === 'home') homeUrls = urls;
		visited[type] = urls;
		const own = tally(
			dist,
			origin,
			urls.filter((url) => !homeUrls.includes(url)),
		);
		firstVisit[type] = { path, ...tally(dist, origin, urls), ...(type === 'home' ? {} : { ownJs: own.js }) };
		await context.close();
	}
	return { firstVisit, visited };
}

async function measure(name: string, root: string, query: string): Promise<Report> {
	console.log(`构建 ${name}（${root}）……`);
	const timing = await buildMeasured(root, join(ROOT, 'node_modules/.bin/astro'));
	const dist = join(root, 'dist');
	const offline = await offlinePrecache(dist);
	const chunk = (prefix: string) =>
		readdirSync(join(dist, '_astro'))
			.filter((file) => file.startsWith(prefix) && file.endsWith('.js'))
			.reduce((sum, file) => sum + wireBytes(dist, `_astro/${file}`), 0) / 1024;
	const drafting = { panelKB: Math.round(chunk('draft-panel.') * 10) / 10, docxKB: Math.round(chunk('docx.') * 10) / 10 };
	const htmlFiles = listFiles(dist).filter((file) => file.endsWith('.html'));
	const pagefindFiles = listFiles(join(dist, 'pagefind'));
	const pick = (pattern: RegExp) => {
		const file = htmlFiles.map((f) => '/' + relative(dist, f).replace(/index\.html$/, '')).find((path) => pattern.test(path));
		return file;
	};
	const pages = {
		home: '/',
		chapter: pick(/^\/emergency\/[^/]+\/$/) ?? pick(/^\/[^/]+\/[^/]+\/$/),
		checklist: pick(/^\/checklists\/system-failure\/$/) ?? pick(/^\/checklists\/[^/]+\/$/),
	};

	const executablePath = findChromium();
	if (!executablePath) throw new Error('没有 Chromium：请先运行 node scripts/ensure-browser.mjs');
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	const { server, origin } = await serveDist(dist);
	try {
		const { firstVisit, visited } = await firstVisits(browser, dist, origin, pages);
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(origin + '/', { waitUntil: 'networkidle' });
		const urls: string[] = [];
		page.on('request', (request) => urls.push(request.url()));
		await page.getByRole('button', { name: '搜索' }).click();
		await page.getByRole('dialog', { name: '搜索' }).getByRole('textbox', { name: '搜索' }).fill(query);
		await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
		await page.waitForLoadState('networkidle');
		await context.close();
		const firstSearch = { query, ...tally(dist, origin, urls), parts: searchParts(dist, origin, urls) };
		// The sentence budgets are about this manual's own search; a synthetic manual is measured for scale only.
		const costs = name === '手册' ? await searchCosts(browser, dist, origin, query) : undefined;
		// The query sets name this manual's pages.
		const relevance = name === '手册' ? await measureRelevance(browser, origin) : undefined;
		let runner: RunnerBudget | undefined;
		if (pages.checklist && visited['checklist'] && visited['chapter']) {
			const chapterUrls = visited['chapter'];
			const ownJs = tally(
				dist,
				origin,
				visited['checklist'].filter((url) => !chapterUrls.includes(url)),
			).js;
			const runnerContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
			runner = { path: pages.checklist, ownJs, ...(await measureRunner(await runnerContext.newPage(), origin, pages.checklist)) };
			await runnerContext.close();
		}
		const lighthouse = await lighthouseRows(origin, { checklist: pages.checklist, chapter: pages.chapter });
		const handover = pages.checklist
			? await measureHandover(browser, origin, pages.checklist, (urls) => tally(dist, origin, urls).js)
			: undefined;
		// Paged.js lays out a synthetic manual of a thousand chapters for far too long: the real one only.
		const pdf = name === '手册' ? await benchPdf(dist) : undefined;
		return {
			name,
			date: new Date().toISOString(),
			build: { ...timing, pages: htmlFiles.length },
			firstVisit,
			pagefind: {
				indexBytes: pagefindFiles.reduce((sum, file) => sum + statSync(file).size, 0),
				indexFiles: pagefindFiles.length,
				firstSearch,
				...(costs ? { costs } : {}),
			},
			...(runner ? { runner } : {}),
			lighthouse,
			...(handover ? { handover } : {}),
			...(pdf ? { pdf } : {}),
			offline,
			...(relevance ? { relevance } : {}),
			drafting,
		};
	} finally {
		server.close();
		await browser.close();
	}
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** The paths the first visits opened, by page type, for the peer to open too. */
const visitedPaths = (report: Report) => Object.fromEntries(Object.entries(report.firstVisit).map(([type, visit]) => [type, visit.path]));

/** This manual's first visits beside bare Starlight's to the same paths, with issue 28's targets. */
function peerVisitLines(report: Report): string[] {
	const peer = report.peer?.firstVisit;
	if (!peer) return [];
	const rows = Object.entries(report.firstVisit)
		.filter(([type]) => peer[type])
		.map(([type, ours]) => {
			const theirs = peer[type]!;
			const times = ours.total / theirs.total;
			const target = FIRST_VISIT_TARGETS[type];
			const verdict = target === undefined ? '' : times <= target ? '达标' : '超出';
			return `| ${type} (\`${ours.path}\`) | ${kb(ours.total)} | ${kb(theirs.total)}（HTML ${kb(theirs.html)}，JS ${kb(theirs.js)}，CSS ${kb(theirs.css)}） | ${times.toFixed(2)}× | ${target === undefined ? '—' : `≤ ${target}×`} | ${verdict} |`;
		});
	return [
		'',
		'首次访问与纯 Starlight 对照（同一路径，KB，gzip 后）：',
		'',
		'| 页面类型 | 本手册 | 纯 Starlight | 倍数 | 目标 | |',
		'| --- | ---: | ---: | ---: | ---: | --- |',
		...rows,
	];
}

function toMarkdown(report: Report, previous?: PreviousSearch): string {
	const rows = Object.entries(report.firstVisit).map(
		([type, d]) =>
			`| ${type} (\`${d.path}\`) | ${kb(d.html)} | ${kb(d.js)} | ${d.ownJs === undefined ? '—' : kb(d.ownJs)} | ${kb(d.css)} | ${kb(d.other)} | ${kb(d.total)} | ${d.requests} |`,
	);
	const s = report.pagefind.firstSearch;
	return [
		`# 基准：${report.name}（${report.date}）`,
		'',
		...buildLines(report.build, report.peer),
		'首次访问下载量（KB，gzip 后）：',
		'',
		'| 页面类型 | HTML | JS | 其中本页自有 JS | CSS | 其他 | 合计 | 请求数 |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...rows,
		...peerVisitLines(report),
		'',
		`Pagefind 索引：${kb(report.pagefind.indexBytes)} KB，${report.pagefind.indexFiles} 个文件。`,
		`首次搜索“${s.query}”下载：${kb(s.total)} KB（JS ${kb(s.js)}，CSS ${kb(s.css)}，索引与数据 ${kb(s.other)}），${s.requests} 个请求。`,
		`其中搜索引擎 WASM ${kb(s.parts.wasm.bytes)} KB，索引分块 ${kb(s.parts.index.bytes)} KB（${s.parts.index.files} 块），` +
			`结果页面片段 ${kb(s.parts.fragment.bytes)} KB（${s.parts.fragment.files} 个），筛选 ${kb(s.parts.filter.bytes)} KB，其他 ${kb(s.parts.other.bytes)} KB。`,
		'',
		...(report.pagefind.costs ? searchCostRows(s, report.pagefind.costs, previous) : []),
		...(report.relevance ? relevanceLines(report.relevance) : []),
		...(report.drafting
			? [
					`起草文书：面板 ${report.drafting.panelKB} KB（有可起草的运行时才加载），.docx 生成库 ${report.drafting.docxKB} KB（点“下载 .docx”时才加载），gzip 后。`,
					'',
				]
			: []),
		...(report.runner ? runnerLines(report.runner) : []),
		...(report.lighthouse ? lighthouseLines(report.lighthouse) : []),
		...(report.handover ? handoverLines(report.handover) : []),
		...(report.pdf ? pdfLines(report.pdf) : []),
		...(report.offline ? offlineLines(report.offline) : []),
	].join('\n');
}

function searchCostRows(short: SearchDownload, costs: SearchCosts, previous?: PreviousSearch): string[] {
	const within = (value: number, budget: number) => (value <= budget ? '✓' : '✗ 超出');
	const before = (value: number | undefined, unit = '') => (value === undefined ? '—' : `${Math.round(value * 10) / 10}${unit}`);
	const download = (label: string, d: SearchDownload, budget: number, earlier: number | undefined) =>
		`| ${label} | ${before(earlier)} | ${kb(d.total)} | ≤ ${budget} | ${within(d.total / 1024, budget)} | ${d.requests} | ${kb(d.parts.index.bytes)}（${d.parts.index.files} 块） | ${kb(d.parts.fragment.bytes)} |`;
	const { latency } = costs;
	const was = previous?.downloadKB;
	return [
		`搜索（KB，gzip 后；预算见 issue 13；“上次”为${previous?.date ? ` ${previous.date} 的` : ''}上一次运行）：`,
		'',
		'| 场景 | 上次 | 本次 | 预算 | | 请求数 | 其中索引分块 | 页面片段 |',
		'| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
		download(`短查询首次搜索“${short.query}”`, short, BUDGETS.shortFirstKB, was?.short),
		download(
			`整句首次搜索“${costs.sentenceFirst.query}”（${[...costs.sentenceFirst.query].length} 字）`,
			costs.sentenceFirst,
			BUDGETS.sentenceFirstKB,
			was?.sentenceFirst,
		),
		download(`先搜“${costs.sentenceAfter.after}”，再搜同一整句`, costs.sentenceAfter, BUDGETS.sentenceAfterKB, was?.sentenceAfter),
		download(
			`先搜前半句“${costs.sentenceAfterItsStart.after}”，再搜整句`,
			costs.sentenceAfterItsStart,
			BUDGETS.sentenceAfterKB,
			was?.sentenceAfterItsStart,
		),
		'',
		`从输入到结果显示（索引已热，CPU 降速 ${latency.cpuThrottle} 倍，中位数）：`,
		'',
		'| 查询 | 条数 | 上次 | 本次 | 目标 | |',
		'| --- | ---: | ---: | ---: | ---: | --- |',
		`| 短查询（相关性短集前 ${latency.shortQueries} 条） | ${latency.shortQueries} | ${before(previous?.latencyMs.short, ' ms')} | ${latency.shortMs} ms | ≤ ${BUDGETS.shortMs} ms | ${within(latency.shortMs, BUDGETS.shortMs)} |`,
		`| 整句（整句集前 ${latency.sentenceQueries} 条） | ${latency.sentenceQueries} | ${before(previous?.latencyMs.sentence, ' ms')} | ${latency.sentenceMs} ms | ≤ ${BUDGETS.sentenceMs} ms | ${within(latency.sentenceMs, BUDGETS.sentenceMs)} |`,
		'',
	];
}

/** The runner's budgets against their limits (issue 12). */
function runnerLines(r: RunnerBudget): string[] {
	const verdict = (ok: boolean) => (ok ? '达标' : '超出');
	return [
		`清单运行（\`${r.path}\`，360 px）：`,
		'',
		'| 指标 | 实测 | 预算 | 结果 |',
		'| --- | ---: | ---: | --- |',
		`| 清单页自有 JS（比章节页多出的部分，gzip） | ${kb(r.ownJs)} KB | 12 KB | ${verdict(r.ownJs <= 12 * 1024)} |`,
		`| 勾选一步的页面更新（${r.steps} 步，CPU 降速 4 倍，中位数） | ${r.tickMedianMs} ms | 16 ms | ${verdict(r.tickMedianMs <= 16)} |`,
		`| 运行器启动时的累计布局偏移（CLS） | ${r.layoutShift} | 0.1 | ${verdict(r.layoutShift <= 0.1)} |`,
		'',
	];
}

const perPage = (cost: BuildCost & { pages: number }) => (cost.cpuSeconds * 1000) / cost.pages;

/** The build's cost, its own steps, and bare Starlight's cost beside it when measured (`--peer`). */
function buildLines(build: BuildCost & { pages: number }, peer?: BuildCost & { pages: number }): string[] {
	const lines = [
		`构建：${build.wallSeconds} 秒（CPU ${build.cpuSeconds} 秒），峰值内存 ${build.peakMemoryMiB} MiB，${build.pages} 个页面。`,
		'',
	];
	const steps = Object.entries(build.steps) as [BuildStep, number][];
	if (steps.length > 0) {
		const own = steps.reduce((sum, [, ms]) => sum + ms, 0);
		lines.push(
			'构建各步骤（墙钟时间；“Astro 渲染及其他”是总时间减去列出的步骤）：',
			'',
			'| 步骤 | 秒 | 占比 |',
			'| --- | ---: | ---: |',
			...steps.map(
				([step, ms]) => `| ${BUILD_STEPS[step]} | ${(ms / 1000).toFixed(1)} | ${Math.round((ms / 10 / build.wallSeconds) * 10) / 10}% |`,
			),
			`| Astro 渲染及其他 | ${(build.wallSeconds - own / 1000).toFixed(1)} | ${Math.round(((build.wallSeconds * 1000 - own) / 10 / build.wallSeconds) * 10) / 10}% |`,
			'',
		);
	}
	if (peer) {
		const ratio = (ours: number, theirs: number) => (theirs > 0 ? (ours / theirs).toFixed(2) : '—');
		lines.push(
			'与纯 Starlight 对比（同样的章节和清单文字，Starlight 默认设置；预算：每页 CPU ≤ 1.3 倍，峰值内存 ≤ 1.2 倍）：',
			'',
			'| 指标 | 手册 | 纯 Starlight | 倍数 | 结果 |',
			'| --- | ---: | ---: | ---: | --- |',
			`| 页面数 | ${build.pages} | ${peer.pages} | ${ratio(build.pages, peer.pages)} | |`,
			`| CPU 时间（秒） | ${build.cpuSeconds} | ${peer.cpuSeconds} | ${ratio(build.cpuSeconds, peer.cpuSeconds)} | |`,
			`| 每页 CPU（毫秒） | ${perPage(build).toFixed(1)} | ${perPage(peer).toFixed(1)} | ${ratio(perPage(build), perPage(peer))} | ${perPage(build) <= 1.3 * perPage(peer) ? '达标' : '超出'} |`,
			`| 峰值内存（MiB） | ${build.peakMemoryMiB} | ${peer.peakMemoryMiB} | ${ratio(build.peakMemoryMiB, peer.peakMemoryMiB)} | ${build.peakMemoryMiB <= 1.2 * peer.peakMemoryMiB ? '达标' : '超出'} |`,
			`| 墙钟时间（秒） | ${build.wallSeconds} | ${peer.wallSeconds} | ${ratio(build.wallSeconds, peer.wallSeconds)} | |`,
			'',
		);
	}
	return lines;
}

/** Bare Starlight building the same content as the project at `root`: its cost and page count. */
type PeerCost = BuildCost & { pages: number; firstVisit?: FirstVisits };

/** Issue 28's targets for a first visit, as a multiple of bare Starlight's download for the same page. */
const FIRST_VISIT_TARGETS: Record<string, number> = { home: 1.3, chapter: 1.05 };

/** Bare Starlight built from the same content; with `pages`, also its first visit to each of them that it has. */
async function measurePeer(root: string, pages?: Record<string, string | undefined>): Promise<PeerCost> {
	const peer = peerProject(root, join(ROOT, 'bench'));
	console.log(`构建纯 Starlight 对照（${peer.root}，${peer.pages} 篇）……`);
	try {
		const cost = await buildMeasured(peer.root, join(ROOT, 'node_modules/.bin/astro'));
		const dist = join(peer.root, 'dist');
		const built = { ...cost, pages: listFiles(dist).filter((file) => file.endsWith('.html')).length };
		if (!pages) return built;
		const present = Object.fromEntries(Object.entries(pages).filter(([, path]) => path && existsSync(join(dist, path, 'index.html'))));
		const executablePath = findChromium();
		const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
		const { server, origin } = await serveDist(dist);
		try {
			return { ...built, firstVisit: (await firstVisits(browser, dist, origin, present)).firstVisit };
		} finally {
			server.close();
			await browser.close();
		}
	} finally {
		rmSync(peer.root, { recursive: true, force: true });
	}
}

/**
 * A copy of the project whose content/ is generated. It sits inside bench/ so that it resolves
 * this checkout's node_modules the ordinary way (a symlinked node_modules confuses Vite's paths).
 */
function syntheticProject(chapters: number, checklists: number): string {
	mkdirSync(join(ROOT, 'bench'), { recursive: true });
	const root = mkdtempSync(join(ROOT, 'bench', 'synthetic-'));
	for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', '.remarkrc.mjs']) {
		try {
			cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
		} catch {
			// optional entries such as public/ may not exist
		}
	}
	generateSyntheticManual(ROOT, root, { chapters, checklists });
	return root;
}

const args = process.argv.slice(2);
const syntheticAt = args.indexOf('--synthetic');
/** `--peer`: also build bare Starlight from the same content, side by side. `--build-only`: the build figures alone. */
const withPeer = args.includes('--peer');
const buildOnly = args.includes('--build-only');

/** `--build-only`: build (and the peer), print the build's lines, skip the browser measurements. */
async function buildFigures(name: string, root: string): Promise<void> {
	console.log(`构建 ${name}（${root}）……`);
	const cost = await buildMeasured(root, join(ROOT, 'node_modules/.bin/astro'));
	const build = { ...cost, pages: listFiles(join(root, 'dist')).filter((file) => file.endsWith('.html')).length };
	const peer = withPeer ? await measurePeer(root) : undefined;
	const text = [`# 基准（只测构建）：${name}（${new Date().toISOString()}）`, '', ...buildLines(build, peer)].join('\n');
	writeFileSync(join(outDir, `build-${name === '手册' ? 'manual' : 'synthetic'}.md`), text);
	console.log(text);
}

const outDir = join(ROOT, 'bench', 'out');
mkdirSync(outDir, { recursive: true });
let report: Report;
/** The previous run's search figures, read before this run overwrites them. */
let previous: PreviousSearch | undefined;
if (buildOnly) {
	if (syntheticAt >= 0) {
		const [chapters = 1000, checklists = 300] = (args[syntheticAt + 1] ?? '1000,300').split(',').map(Number);
		const root = syntheticProject(chapters, checklists);
		try {
			await buildFigures(`合成手册 ${chapters} 章 ${checklists} 张清单`, root);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	} else await buildFigures('手册', ROOT);
	process.exit(0);
}
if (syntheticAt >= 0) {
	const [chapters = 1000, checklists = 300] = (args[syntheticAt + 1] ?? '1000,300').split(',').map(Number);
	const root = syntheticProject(chapters, checklists);
	try {
		report = await measure(`合成手册 ${chapters} 章 ${checklists} 张清单`, root, '应急');
		if (withPeer) report.peer = await measurePeer(root, visitedPaths(report));
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
	writeFileSync(join(outDir, `synthetic-${chapters}-${checklists}.json`), JSON.stringify(report, null, 2));
	writeFileSync(join(outDir, `synthetic-${chapters}-${checklists}.md`), toMarkdown(report));
} else {
	previous = previousSearch(join(outDir, 'manual.json'));
	report = await measure('手册', ROOT, '数据泄露');
	if (withPeer) report.peer = await measurePeer(ROOT, visitedPaths(report));
	writeFileSync(join(outDir, 'manual.json'), JSON.stringify(report, null, 2));
	writeFileSync(join(outDir, 'manual.md'), toMarkdown(report, previous));
}
console.log(toMarkdown(report, previous));
