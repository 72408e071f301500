// The bench's PDF rows: what `npm run pdf` produces from a built site, printed into a scratch folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printPdfs, type PrintedPdf } from '../pdf/print.ts';

export interface PdfBench {
	/** Wall time of printing both documents, Paged.js layout included. */
	seconds: number;
	documents: Omit<PrintedPdf, 'file'>[];
}

/** Budget of the issue (17): each PDF under 15 MB. */
const MAX_MB = 15;

export async function benchPdf(dist: string): Promise<PdfBench> {
	const out = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
	const started = performance.now();
	try {
		const printed = await printPdfs({ dist, out });
		return {
			seconds: Math.round((performance.now() - started) / 100) / 10,
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
	];
}
