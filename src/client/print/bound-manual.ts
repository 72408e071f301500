import { Handler, Polisher, Previewer, registerHandlers, registeredHandlers } from 'pagedjs';
import { doneText, dueAnnouncement, progressText, type LayoutProgress } from '../../domain/bound-layout.ts';
import layoutState from './layout-state.css?inline';
import { showPrintedPdf } from './printed-pdf.ts';

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

/**
 * Until the layout is done, printing (Ctrl+P included) gives a notice instead of a partial manual,
 * and the pages laid out so far are set aside. Its own constructed sheet: Paged.js rewrites the
 * page's stylesheets and applies their print rules on screen, and leaves adopted sheets alone.
 */
const state = new CSSStyleSheet();
state.replaceSync(layoutState);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, state];

/** Marks a page laid out and hidden until the whole book is (see layout-state.css). */
const SET_ASIDE = 'data-bound-set-aside';

/** Shows how far the layout has come after every page: a real count, never an estimate. */
function progressReporter(totalChapters: number) {
	const bar = document.querySelector<HTMLProgressElement>('[data-bound-progress]');
	const line = document.querySelector<HTMLElement>('[data-bound-progress-text]');
	const status = document.querySelector<HTMLElement>('[data-bound-status]');
	const progress: LayoutProgress = { pages: 0, chapters: 0, totalChapters };
	let announced = 0;
	return class LayoutProgressHandler extends Handler {
		afterPageLayout(pageElement: Element) {
			// Pages done are set aside (display: none) until the end: Paged.js measures the page it
			// fills hundreds of times, and each measurement otherwise restyles and re-lays out the
			// whole book so far. What it reads of earlier pages (targets, strings) is in the DOM.
			pageElement.previousElementSibling?.setAttribute(SET_ASIDE, '');
			progress.pages += 1;
			// A chapter's title appears once, on the page it begins (its continuations carry no title).
			progress.chapters += pageElement.querySelectorAll('.bound-chapter-title').length;
			if (bar) bar.value = progress.chapters;
			if (line) line.textContent = progressText(progress);
			const due = dueAnnouncement(progress, announced);
			if (due && status) {
				announced = due.step;
				status.textContent = due.text;
			}
		}
	};
}

async function layOut(): Promise<void> {
	const book = document.querySelector<HTMLElement>('[data-bound-book]');
	const pages = document.querySelector<HTMLElement>('[data-bound-pages]');
	const status = document.querySelector<HTMLElement>('[data-bound-status]');
	const line = document.querySelector<HTMLElement>('[data-bound-progress-text]');
	const print = document.querySelector<HTMLButtonElement>('[data-bound-print]');
	const hint = document.querySelector<HTMLElement>('[data-bound-print-hint]');
	if (!book || !pages) return;
	const totalChapters = book.querySelectorAll('.bound-chapter').length;
	if (line) line.textContent = progressText({ pages: 0, chapters: 0, totalChapters });
	registerHandlers(progressReporter(totalChapters));
	// The book's markup is the source; the pages are built beside the screen-only header.
	const source = document.createDocumentFragment();
	source.append(...book.childNodes);
	book.remove();
	const flow = await new Previewer().preview(source, undefined, pages);
	for (const page of pages.querySelectorAll(`[${SET_ASIDE}]`)) page.removeAttribute(SET_ASIDE);
	// What `npm run pdf` waits for before printing, what the print gate keys on, and the reader sees before pressing print.
	document.documentElement.dataset['boundPages'] = String(flow.total);
	if (line) line.textContent = `已排 ${flow.total} 页，全部 ${totalChapters} 章。`;
	if (status) status.textContent = doneText(flow.total);
	if (print) {
		print.disabled = false;
		print.addEventListener('click', () => window.print());
	}
	hint?.remove();
}

void showPrintedPdf();
void layOut();
