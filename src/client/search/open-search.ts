/** `<open-search>`: a page's own search button that opens the header's search dialog. */
/** The header's search button (Starlight's `site-search`). */
const headerSearch = () => document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]');

class OpenSearchElement extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button');
		if (!button || !headerSearch()) return;
		button.hidden = false;
		button.addEventListener('click', (event) => {
			// The search closes itself on a click that reaches the window outside its dialog: this one would.
			event.stopPropagation();
			headerSearch()?.click();
		});
	}
}

customElements.define('open-search', OpenSearchElement);
