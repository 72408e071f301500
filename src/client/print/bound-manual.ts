import { Polisher, Previewer, registeredHandlers } from 'pagedjs';

/**
 * The 合订本 laid out as printed pages by Paged.js: page numbers in the table of contents
 * (`target-counter`), the chapter title and edition in each page's running header (`string-set`).
 *
 * Paged.js puts the stylesheets it rewrites into new `<style>` elements, which the site's CSP
 * (hashed styles only) blocks. Stylesheets built through the CSS object model are not inline
 * markup, so its insertions go into constructed sheets adopted by the document instead.
 */
Polisher.prototype.insert = function insert(this: Polisher, text: string) {
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(text);
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
	const inserted = {
		remove: () => {
			document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
		},
	};
	this.inserted.push(inserted);
	return inserted;
};

/**
 * Paged.js 0.4 reads media queries with css-tree 1, which leaves range syntax such as
 * `(width>=50rem)` (what the minifier writes) as raw text, and then fails on the whole sheet.
 * The media names are read from that text instead: a screen layout's query is dropped as other
 * non-print media are, and one marked `pagedjs-ignore` is kept.
 */
const rawMediaNames = (node: unknown): string[] =>
	String((node as { prelude?: { value?: unknown } } | undefined)?.prelude?.value ?? '').match(/[a-z][a-z-]*/gi) ?? [];
for (const handler of registeredHandlers) {
	const readMedia = handler.prototype.getMediaName;
	if (typeof readMedia === 'function')
		handler.prototype.getMediaName = function getMediaName(this: unknown, node: unknown) {
			return readMedia.call(this, node) ?? rawMediaNames(node);
		};
}

async function layOut(): Promise<void> {
	const book = document.querySelector<HTMLElement>('[data-bound-book]');
	const pages = document.querySelector<HTMLElement>('[data-bound-pages]');
	const status = document.querySelector<HTMLElement>('[data-bound-status]');
	if (!book || !pages) return;
	// The book's markup is the source; the pages are built beside the screen-only header.
	const source = document.createDocumentFragment();
	source.append(...book.childNodes);
	book.remove();
	const flow = await new Previewer().preview(source, undefined, pages);
	// What `npm run pdf` waits for before printing, and the reader sees before pressing print.
	document.documentElement.dataset['boundPages'] = String(flow.total);
	if (status) status.textContent = `排版完成：共 ${flow.total} 页。按 Ctrl+P（或浏览器菜单中的“打印”）打印或另存为 PDF。`;
}

void layOut();
