/**
 * Pagefind's search field is labelled only by its `title`, which screen readers may skip and axe
 * reports as serious (label-title-only). Pagefind draws the field when the dialog first opens, so
 * the label is added as soon as it appears.
 */
const LABEL = '搜索手册';

function label(root: ParentNode): boolean {
	const input = root.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
	if (!input) return false;
	if (!input.hasAttribute('aria-label')) input.setAttribute('aria-label', LABEL);
	return true;
}

const dialog = document.querySelector('site-search dialog');
if (dialog && !label(dialog)) {
	const observer = new MutationObserver(() => {
		if (label(dialog)) observer.disconnect();
	});
	observer.observe(dialog, { childList: true, subtree: true });
}
