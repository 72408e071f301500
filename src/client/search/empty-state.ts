/**
 * `<search-empty-state>`: the search dialog's answer when nothing matches (see
 * `src/search/empty-state.ts`). Server-rendered with the page, moved under Pagefind's results,
 * and shown when the dialog reports a search of the query in the box that found nothing.
 */
import { emptyStateOrder } from '../../search/empty-state.ts';
import { SEARCHED_EVENT } from '../../search/keys.ts';

interface Searched {
	query: string;
	count: number;
}

class SearchEmptyState extends HTMLElement {
	private readonly onSearched = (event: Event) => {
		const { query, count } = (event as CustomEvent<Searched>).detail;
		const input = document.querySelector<HTMLInputElement>('#starlight__search input');
		// A slower, older search may finish after the one for what is in the box now.
		if (input && input.value !== query) return;
		if (count > 0 || !query.trim()) {
			this.hidden = true;
			return;
		}
		for (const part of emptyStateOrder(query)) {
			const element = this.querySelector(`[data-part="${part}"]`);
			if (element) this.append(element);
		}
		this.hidden = false;
	};

	private readonly onInput = (event: Event) => {
		if (event.target instanceof HTMLInputElement && !event.target.value.trim()) this.hidden = true;
	};

	connectedCallback(): void {
		const results = document.getElementById('starlight__search');
		// Rendered after Starlight's dialog, shown inside it, under the results. Moving reconnects the element.
		if (results && this.previousElementSibling !== results) {
			results.after(this);
			return;
		}
		document.addEventListener(SEARCHED_EVENT, this.onSearched);
		results?.addEventListener('input', this.onInput);
	}

	disconnectedCallback(): void {
		document.removeEventListener(SEARCHED_EVENT, this.onSearched);
		document.getElementById('starlight__search')?.removeEventListener('input', this.onInput);
	}
}

customElements.define('search-empty-state', SearchEmptyState);
