/**
 * Starlight's search dialog with this manual's Pagefind UI options (see `./options.ts`).
 * astro.config.mjs points the `@pagefind/default-ui` import of Starlight's Search component here;
 * everything else in that component (button, dialog, Ctrl+K, styles) stays Starlight's.
 */
// @ts-expect-error — @pagefind/default-ui ships no type declarations (Starlight's Search notes the same).
import { PagefindUI as DefaultUI } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
import { manualOptions, type PagefindUIOptions } from './options.ts';

export class PagefindUI extends DefaultUI {
	constructor(options: PagefindUIOptions) {
		super(manualOptions(options));
	}
}
