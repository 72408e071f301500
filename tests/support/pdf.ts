/**
 * Reads a printed PDF back as a reader would see it: the text of each page (poppler's
 * `pdftotext -layout`, one form feed per page) and the fonts it carries (`pdffonts`).
 * `npm run test:e2e` provisions poppler-utils (scripts/ensure-poppler.mjs).
 */
import { spawnSync } from 'node:child_process';
import { hasPoppler, POPPLER_MISSING } from '../../scripts/poppler.mjs';

function run(tool: string, args: string[]): string {
	if (!hasPoppler()) throw new Error(POPPLER_MISSING);
	const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${result.stderr}`);
	return result.stdout;
}

/** Each page's non-empty lines, trimmed, in order. */
export function pdfPageLines(file: string): string[][] {
	const pages = run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']).split('\f');
	if (pages.at(-1)?.trim() === '') pages.pop();
	return pages.map((page) =>
		page
			.split('\n')
			.map((line) => line.trim())
			.filter(Boolean),
	);
}

export interface PdfFont {
	name: string;
	type: string;
	embedded: boolean;
}

/** The fonts the PDF uses; `embedded` false means a reader's machine must supply the glyphs. */
export function pdfFonts(file: string): PdfFont[] {
	return run('pdffonts', [file])
		.split('\n')
		.slice(2) // the header and its rule
		.filter((line) => line.trim())
		.map((line) => {
			const columns = line.trim().split(/\s+/);
			// name type… encoding emb sub uni object-number generation: read from the right, the type may have spaces.
			return { name: columns[0] ?? '', type: columns.slice(1, -6).join(' '), embedded: columns.at(-5) === 'yes' };
		});
}
