/**
 * Reads back the QR codes the site draws (uqr's `renderSVG`: one `M x,y h… v… h… z` square per
 * dark module), so a test can compare a printed code's modules with the code of the address it
 * should carry: equal matrices mean the code decodes to that address.
 */
import { encode } from 'uqr';

/** The options src/components/editions/PrintedEditionCode.astro draws with. */
export const PRINTED_CODE_OPTIONS = { ecc: 'M', border: 2 } as const;

export function svgModules(svg: string): boolean[][] {
	const side = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
	const squares = [...svg.matchAll(/M(\d+),(\d+)h(\d+)/g)].map(([, x, y, size]) => [Number(x), Number(y), Number(size)] as const);
	const pixel = squares[0]?.[2];
	if (!side || !pixel) throw new Error('not a QR code drawn by uqr: no viewBox or no dark module');
	const modules = Array.from({ length: side / pixel }, () => Array<boolean>(side / pixel).fill(false));
	for (const [x, y] of squares) modules[y / pixel]![x / pixel] = true;
	return modules;
}

/** The modules of the printed code for `text`. */
export const expectedModules = (text: string): boolean[][] => encode(text, PRINTED_CODE_OPTIONS).data;
