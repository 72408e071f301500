/**
 * `<edition-notice>`: "手册已更新" on a page older than the installed offline worker (editions:
 * src/domain/edition.ts). The new worker waits until the reader reloads, so an open page, and a
 * run on it, keep the edition they were loaded with; the reload lets the new worker take over
 * first. While the page is stale, `<html data-edition-stale>` tells the runner to warn before a
 * run starts (src/client/run/stale-start.ts).
 */
import { EDITION_META, EDITION_REQUEST, isStale, SKIP_WAITING_REQUEST } from '../../domain/edition.ts';

/** A page left open all day checks for a new edition this often (browsers check on navigation only). */
const UPDATE_CHECK_MS = 30 * 60 * 1000;

/** The edition a worker says it is, or undefined if it does not answer (an older worker, or one shutting down). */
function editionOf(worker: ServiceWorker): Promise<string | undefined> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		const timer = setTimeout(() => resolve(undefined), 3000);
		channel.port1.onmessage = (event) => {
			clearTimeout(timer);
			resolve(typeof event.data === 'string' ? event.data : undefined);
		};
		worker.postMessage({ type: EDITION_REQUEST }, [channel.port2]);
	});
}

class EditionNotice extends HTMLElement {
	private readonly pageEdition = document.querySelector<HTMLMetaElement>(`meta[name="${EDITION_META}"]`)?.content;
	private newer: ServiceWorker | undefined;

	connectedCallback(): void {
		if (!('serviceWorker' in navigator) || !this.pageEdition) return;
		this.querySelector('[data-reload]')?.addEventListener('click', () => this.reload());
		// Out of the way while a run goes on; the page stays marked stale, so a new start still warns.
		this.querySelector('[data-later]')?.addEventListener('click', () => (this.hidden = true));
		void this.watch();
	}

	private async watch(): Promise<void> {
		const registration = await navigator.serviceWorker.getRegistration();
		if (!registration) {
			// Not registered yet (the first visit registers on load): the worker it installs is this page's edition.
			navigator.serviceWorker.ready.then(
				() => this.watch(),
				() => {},
			);
			return;
		}
		// Not the active worker at load: a page fetched from a newer server than the active worker is not stale.
		if (registration.waiting) void this.consider(registration.waiting);
		// Another tab's reload let the new worker take over this page too.
		navigator.serviceWorker.addEventListener('controllerchange', () => {
			const controller = navigator.serviceWorker.controller;
			if (controller) void this.consider(controller);
		});
		registration.addEventListener('updatefound', () => {
			const worker = registration.installing;
			worker?.addEventListener('statechange', () => {
				if (worker.state === 'installed') void this.consider(worker);
			});
		});
		const check = () => registration.update().catch(() => {});
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') void check();
		});
		addEventListener('online', () => void check());
		setInterval(() => void check(), UPDATE_CHECK_MS);
	}

	private async consider(worker: ServiceWorker): Promise<void> {
		if (!isStale(this.pageEdition, await editionOf(worker))) return;
		this.newer = worker;
		document.documentElement.dataset['editionStale'] = '';
		const runNote = this.querySelector<HTMLElement>('[data-run-note]');
		if (runNote) runNote.hidden = !document.querySelector('checklist-runner.running');
		this.hidden = false;
	}

	private reload(): void {
		const worker = this.newer;
		if (!worker || worker.state === 'activated') {
			location.reload();
			return;
		}
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
		worker.postMessage({ type: SKIP_WAITING_REQUEST });
		// If the worker never takes over (it was replaced meanwhile), reload anyway.
		setTimeout(() => location.reload(), 3000);
	}
}

customElements.define('edition-notice', EditionNotice);
