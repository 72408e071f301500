// Lighthouse's mobile performance run (issue 12's budget: a checklist page scores ≥ 95 with a
// cumulative layout shift ≤ 0.1, like a chapter) against a server the bench already runs, with
// the Chromium the tests use. Lighthouse's default config is the mobile one: a mid-range phone's
// screen, 4× CPU slowdown and a slow 4G network, simulated.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { CHROMIUM_ARGS, findChromium } from '../browser.mjs';

export interface LighthouseRow {
	/** Which kind of page: "checklist", "chapter". */
	type: string;
	path: string;
	/** Performance score, 0–100, of the median run. */
	score: number;
	/** Every run's score, lowest first. */
	runs: number[];
	/** Cumulative layout shift. */
	layoutShift: number;
	/** Largest contentful paint, ms (simulated). */
	largestPaintMs: number;
	/** Total blocking time, ms (simulated). */
	blockingMs: number;
}

/** Budget: what a chapter already reaches, and no visible jump. */
export const LIGHTHOUSE_BUDGET = { score: 95, layoutShift: 0.1 } as const;

/**
 * Runs Lighthouse `runs` times per page, in one headless Chromium, and keeps the median run by
 * score (Lighthouse's own advice: one run varies by several points with the machine's load, and
 * this machine's two cores are shared).
 */
export async function lighthouseRows(
	origin: string,
	pages: Readonly<Record<string, string | undefined>>,
	runs = 5,
): Promise<LighthouseRow[]> {
	const chromePath = findChromium();
	if (!chromePath) throw new Error('没有 Chromium：请先运行 node scripts/ensure-browser.mjs');
	const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
	const rows: LighthouseRow[] = [];
	try {
		for (const [type, path] of Object.entries(pages)) {
			if (!path) continue;
			const measured: LighthouseRow[] = [];
			for (let run = 0; run < runs; run++) measured.push(await measure(chrome.port, type, origin, path));
			measured.sort((a, b) => a.score - b.score);
			rows.push({ ...measured[Math.floor(measured.length / 2)]!, runs: measured.map((row) => row.score) });
		}
	} finally {
		chrome.kill();
	}
	return rows;
}

/** One Lighthouse run of one page, in the Chromium listening on `port`. */
async function measure(port: number, type: string, origin: string, path: string): Promise<LighthouseRow> {
	const result = await lighthouse(origin + path, { port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
	if (!result) throw new Error(`Lighthouse 没有返回 ${path} 的结果`);
	const { lhr } = result;
	const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
	return {
		type,
		path,
		score: Math.round((lhr.categories['performance']?.score ?? 0) * 100),
		runs: [],
		layoutShift: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
		largestPaintMs: Math.round(audit('largest-contentful-paint')),
		blockingMs: Math.round(audit('total-blocking-time')),
	};
}

/** The rows as the bench report's Markdown table. */
export function lighthouseLines(rows: readonly LighthouseRow[]): string[] {
	const ok = (row: LighthouseRow) => row.score >= LIGHTHOUSE_BUDGET.score && row.layoutShift <= LIGHTHOUSE_BUDGET.layoutShift;
	return [
		`Lighthouse 移动端性能（模拟中端手机、CPU 降速 4 倍、慢速 4G；预算：评分 ≥ ${LIGHTHOUSE_BUDGET.score}，CLS ≤ ${LIGHTHOUSE_BUDGET.layoutShift}）：`,
		'',
		'| 页面 | 评分（中位数） | 各次评分 | CLS | LCP | TBT | 结果 |',
		'| --- | ---: | ---: | ---: | ---: | ---: | --- |',
		...rows.map(
			(row) =>
				`| ${row.type} (\`${row.path}\`) | ${row.score} | ${row.runs.join('、')} | ${row.layoutShift} | ${row.largestPaintMs} ms | ${row.blockingMs} ms | ${ok(row) ? '达标' : '超出'} |`,
		),
		'',
	];
}
