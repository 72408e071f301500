/**
 * `<search-unavailable>`: the search dialog's answer when the index cannot be loaded, which
 * happens offline on a device that has not kept it yet. Shown instead of Pagefind's "正在搜索……",
 * which would otherwise stay for ever; hidden again once a search succeeds.
 */
import { SEARCH_UNAVAILABLE_EVENT, SEARCHED_EVENT } from '../../search/keys.ts';

class SearchUnavailable extends HTMLElement {
	private readonly show = (unavailable: boolean) => {
		this.hidden = !unavailable;
		document.getElementById('starlight__search')?.classList.toggle('search-unavailable', unavailable);
	};
	private readonly onUnavailable = () => this.show(true);
	private readonly onSearched = () => this.show(false);

	connectedCallback(): void {
		const results = document.getElementById('starlight__search');
		// Rendered after Starlight's dialog, shown inside it, above the results. Moving reconnects the element.
		if (results && this.nextElementSibling !== results) {
			results.before(this);
			return;
		}
		document.addEventListener(SEARCH_UNAVAILABLE_EVENT, this.onUnavailable);
		document.addEventListener(SEARCHED_EVENT, this.onSearched);
	}

	disconnectedCallback(): void {
		document.removeEventListener(SEARCH_UNAVAILABLE_EVENT, this.onUnavailable);
		document.removeEventListener(SEARCHED_EVENT, this.onSearched);
	}
}

customElements.define('search-unavailable', SearchUnavailable);
