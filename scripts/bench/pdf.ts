// The bench's PDF rows: what `npm run pdf` produces from a built site, printed into a scratch
// folder, and how long the 合订本 (/bound/) takes Paged.js to lay out. Run alone, without the
// twelve minutes of the whole bench: `node scripts/bench/pdf.ts [dist]` (after `npm run build`).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { printPdfs, type PrintedPdf } from '../pdf/print.ts';

export interface PdfBench {
	/** Wall time of printing both documents, Paged.js layout included. */
	seconds: number;
	/** Wall time from opening /bound/ to its last page laid out. */
	layoutSeconds: number;
	/** The machine's load over the last minute when the layout ended: a busy shared core stretches every figure. */
	load: number;
	documents: Omit<PrintedPdf, 'file' | 'layoutSeconds'>[];
}

/** Budget of the issue (17): each PDF under 15 MB. */
const MAX_MB = 15;
/** Budget of the issue (27): the 合订本 laid out in the browser within 30 s on this machine. */
const MAX_LAYOUT_SECONDS = 30;

export async function benchPdf(dist: string): Promise<PdfBench> {
	const out = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
	const started = performance.now();
	try {
		const printed = await printPdfs({ dist, out });
		const load = Math.round(loadavg()[0]! * 10) / 10;
		return {
			seconds: Math.round((performance.now() - started) / 100) / 10,
			layoutSeconds: printed.find((pdf) => pdf.layoutSeconds !== undefined)?.layoutSeconds ?? NaN,
			load,
			documents: printed.map(({ name, pages, bytes }) => ({ name, pages, bytes })),
		};
	} finally {
		rmSync(out, { recursive: true, force: true });
	}
}

export function pdfLines(bench: PdfBench): string[] {
	const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
	return [
		`打印版 PDF（npm run pdf，A4，共用时 ${bench.seconds} 秒）：`,
		'',
		'| 文件 | 页数 | 大小 | 预算 | 结果 |',
		'| --- | ---: | ---: | ---: | --- |',
		...bench.documents.map(
			(d) => `| \`${d.name}\` | ${d.pages} | ${mb(d.bytes)} MB | ${MAX_MB} MB | ${d.bytes < MAX_MB * 1024 * 1024 ? '达标' : '超出'} |`,
		),
		'',
		`合订本在浏览器中排版（打开 /bound/ 到排完最后一页）：${bench.layoutSeconds} 秒，预算 ${MAX_LAYOUT_SECONDS} 秒，` +
			`${bench.layoutSeconds <= MAX_LAYOUT_SECONDS ? '达标' : '超出'}（结束时机器一分钟平均负载 ${bench.load}，双核；负载高于 2 时用时随之拉长）。`,
		'',
	];
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename))
	console.log(pdfLines(await benchPdf(process.argv[2] ?? 'dist')).join('\n'));
