/**
 * The field shown in the search dialog until Pagefind's is drawn, so that what a reader types at
 * once (after `/` or Ctrl+K, or a tap on the button) is not lost: it moves into Pagefind's own field
 * when that appears. Starlight builds the search only once the page is idle, and this manual
 * draws the dialog only when it is opened (`./pagefind-ui.ts`); a dialog opened before either
 * gets this field at once (`src/client/search/stand-in.ts`).
 */

/** The stand-in in `container`, made if it is not there yet. */
export function standInField(container: HTMLElement): HTMLInputElement {
	const existing = container.querySelector<HTMLInputElement>('input.search-stand-in');
	if (existing) return existing;
	const field = document.createElement('input');
	field.type = 'text';
	field.className = 'search-stand-in';
	field.setAttribute('aria-label', '搜索手册');
	field.autocomplete = 'off';
	container.prepend(field);
	return field;
}

/** Pagefind's field now drawn: it takes what was typed in the stand-in, and the focus if the stand-in had it. */
export function handOver(container: HTMLElement): void {
	const standIn = container.querySelector<HTMLInputElement>('input.search-stand-in');
	const field = container.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
	if (!field || !standIn) return;
	const focused = document.activeElement === standIn;
	if (standIn.value) {
		field.value = standIn.value;
		field.dispatchEvent(new Event('input', { bubbles: true }));
	}
	standIn.remove();
	if (focused) field.focus();
}
