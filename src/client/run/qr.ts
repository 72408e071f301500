/**
 * A QR code as inline SVG, drawn with uqr. Imported dynamically when the hand-over panel opens:
 * the encoder is the largest part of the hand-over and most runs never need it.
 */
import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';

/** The text as a QR code; `label` is what a screen reader announces for the image. */
export function qrCode(text: string, label: string): SVGSVGElement {
	// Low error correction keeps a long link at the smallest, easiest-to-scan size; a screen does not smudge.
	const { data, size } = encode(text, { ecc: 'L', border: 2 });
	let path = '';
	data.forEach((row, y) => row.forEach((dark, x) => dark && (path += `M${x} ${y}h1v1h-1z`)));
	const svg = document.createElementNS(SVG, 'svg');
	svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
	svg.setAttribute('role', 'img');
	svg.setAttribute('aria-label', label);
	svg.setAttribute('shape-rendering', 'crispEdges');
	const background = document.createElementNS(SVG, 'rect');
	background.setAttribute('width', String(size));
	background.setAttribute('height', String(size));
	background.setAttribute('fill', '#fff');
	const modules = document.createElementNS(SVG, 'path');
	modules.setAttribute('d', path);
	modules.setAttribute('fill', '#000');
	svg.append(background, modules);
	return svg;
}
