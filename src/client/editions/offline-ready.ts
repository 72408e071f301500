/**
 * `<offline-ready>`: says once per device that the offline copy of the manual is ready ("已可离线
 * 使用"), when the offline worker (src/offline/worker.ts, registered in every page's head) first
 * becomes active: Workbox activates it only after its install kept every precached file. The
 * element is a live region from the start, so the sentence is announced when it appears.
 */

/** localStorage flag: the notice was shown on this device. */
const SHOWN_KEY = 'manual.offline-ready-shown';

function shownBefore(): boolean {
	try {
		return localStorage.getItem(SHOWN_KEY) !== null;
	} catch {
		// no storage, no offline copy worth announcing either
		return true;
	}
}

class OfflineReady extends HTMLElement {
	connectedCallback(): void {
		const template = this.querySelector('template');
		if (!template || !('serviceWorker' in navigator) || shownBefore()) return;
		navigator.serviceWorker.ready.then(
			() => {
				if (shownBefore()) return;
				try {
					localStorage.setItem(SHOWN_KEY, new Date().toISOString());
				} catch {
					return;
				}
				this.append(template.content.cloneNode(true));
				this.querySelector('button')?.addEventListener('click', () => this.replaceChildren());
			},
			() => {},
		);
	}
}

customElements.define('offline-ready', OfflineReady);
