/** `/` opens the search dialog, as on most documentation sites, unless typed into a field. */
const openButton = document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]');
if (openButton) {
	openButton.setAttribute('aria-keyshortcuts', `${openButton.getAttribute('aria-keyshortcuts') ?? ''} /`.trim());
	window.addEventListener('keydown', (event) => {
		if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
		const target = event.target;
		// `/` typed into a field is text, not a shortcut.
		if (target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select'))) return;
		if (openButton.disabled || document.querySelector('site-search dialog[open]')) return;
		event.preventDefault();
		openButton.click();
	});
}
