/**
 * What Starlight's Search component builds on every page once the page is idle, in place of
 * Pagefind's UI (astro.config.mjs points its `@pagefind/default-ui` import here). It keeps the
 * options and draws the real dialog (`./planned-ui.ts`: Pagefind's UI, its Svelte runtime, the
 * manual's options and query planner, some 30 KB gzip) only when a reader opens the search, or
 * is about to: the pointer over the search button, or the button focused or touched. Most page
 * views never search, and each of them downloaded, compiled and drew it all the same (issue 28:
 * pages as light as bare Starlight's).
 */
import { SEARCH_UNAVAILABLE_EVENT } from './keys.ts';
import type { PagefindUIOptions } from './options.ts';
import { handOver, standInField } from './stand-in.ts';

/** The interactions that announce a search: loading starts then, so the dialog is usually drawn by the time it opens. */
const INTENT_EVENTS = ['pointerenter', 'focus', 'touchstart'] as const;

export class PagefindUI {
	constructor(options: PagefindUIOptions & { element: string }) {
		const container = document.querySelector<HTMLElement>(options.element);
		const dialog = container?.closest('dialog');
		const button = document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]');
		let drawn: Promise<void> | undefined;
		let ready = false;
		const draw = () =>
			(drawn ??= import('./planned-ui.ts').then(
				({ PlannedPagefindUI }) => {
					new PlannedPagefindUI(options);
					ready = true;
					if (container) handOver(container);
				},
				(error: unknown) => {
					// The dialog's code could not load (offline, never kept on this device): say so, and try again next time.
					drawn = undefined;
					document.dispatchEvent(new CustomEvent(SEARCH_UNAVAILABLE_EVENT));
					throw error;
				},
			));
		const load = () => void draw().catch(() => undefined);
		if (!container || !dialog) {
			load();
			return;
		}
		// Starlight focuses the field as it opens the dialog, before Pagefind's exists: the stand-in takes it meanwhile.
		const opened = () => {
			if (!ready) standInField(container).focus();
			load();
		};
		new MutationObserver(() => dialog.open && opened()).observe(dialog, { attributes: true, attributeFilter: ['open'] });
		if (dialog.open) opened();
		for (const type of INTENT_EVENTS) button?.addEventListener(type, load, { once: true, passive: true });
	}
}
