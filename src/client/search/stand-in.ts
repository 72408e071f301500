import { standInField } from '../../search/stand-in.ts';

/**
 * A search dialog opened before Starlight has built the search (it waits until the page is idle,
 * which a busy phone may not be for seconds): the stand-in field, focused, so the reader can type
 * at once. What they type moves into Pagefind's field once it is drawn.
 */
const container = document.querySelector<HTMLElement>('#starlight__search');
const dialog = container?.closest('dialog');
if (container && dialog)
	new MutationObserver(() => {
		if (dialog.open && !container.querySelector('.pagefind-ui__search-input')) standInField(container).focus();
	}).observe(dialog, { attributes: true, attributeFilter: ['open'] });
