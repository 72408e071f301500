/** A tiny element builder: enough for the runner's UI without a framework runtime. */
type Child = Node | string | false | null | undefined;
type Attributes = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

export function h(tag: string, attributes: Attributes = {}, ...children: (Child | Child[])[]): HTMLElement {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value === undefined || value === false) continue;
		if (typeof value === 'function') element.addEventListener(name.slice(2), value);
		else if (value === true) element.setAttribute(name, '');
		else element.setAttribute(name, String(value));
	}
	for (const child of children.flat()) {
		if (child === false || child === null || child === undefined) continue;
		element.append(child);
	}
	return element;
}

/** Replaces an element's children, skipping the `false`/`undefined` left by conditionals. */
export function fill(element: Element, ...children: Child[]): void {
	element.replaceChildren(...children.filter((child): child is Node | string => child !== false && child !== null && child !== undefined));
}

/** Offers text as a file download (exports work offline: nothing is sent anywhere). */
export function download(filename: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = h('a', { href: url, download: filename });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Sets an element's text only when it differs, so an unchanged node is never touched. */
export function setText(element: Element, text: string): void {
	if (element.textContent !== text) element.textContent = text;
}

/** Shows or hides an element only when its state differs. */
export function show(element: HTMLElement, visible: boolean): void {
	if (element.hidden === visible) element.hidden = !visible;
}

/**
 * Readies a table for `stack-on-phone` (src/styles/manual.css) after its rows are written: every
 * part gets its explicit role, so screen readers keep the table when a phone shows it as cards,
 * and every body cell gets its column's header as `data-label`, the name printed before it there.
 */
export function stackOnPhone(table: HTMLTableElement): void {
	table.classList.add('stack-on-phone');
	table.setAttribute('role', 'table');
	const headers = [...(table.tHead?.rows[0]?.cells ?? [])].map((cell) => cell.textContent?.trim() ?? '');
	for (const group of [table.tHead, ...table.tBodies]) group?.setAttribute('role', 'rowgroup');
	for (const row of table.rows) {
		row.setAttribute('role', 'row');
		for (const cell of row.cells) {
			const isHeader = cell.tagName === 'TH';
			cell.setAttribute('role', isHeader ? (cell.closest('thead') ? 'columnheader' : 'rowheader') : 'cell');
			const label = headers[cell.cellIndex];
			// A cell spanning the row (a "nothing here" line) has no single column to name.
			if (!cell.closest('thead') && label && cell.colSpan === 1) cell.dataset['label'] = label;
		}
	}
}

/** Marks an element and its descendants with a page's style scope (see scopedLike). */
export type Scoper = <T extends HTMLElement>(element: T) => T;

/**
 * For elements built in the browser to wear the page's scoped styles: copies the scope Astro gave
 * `like`, a class (`astro-…`, as Astro 7 scopes) or an attribute (`data-astro-cid-…`).
 */
export function scopedLike(like: Element | null | undefined): Scoper {
	const scope =
		[...(like?.classList ?? [])].find((name) => name.startsWith('astro-')) ??
		like?.getAttributeNames().find((name) => name.startsWith('data-astro-cid-'));
	return (element) => {
		if (scope)
			for (const node of [element, ...element.querySelectorAll('*')])
				if (scope.startsWith('astro-')) node.classList.add(scope);
				else node.setAttribute(scope, '');
		return element;
	};
}
