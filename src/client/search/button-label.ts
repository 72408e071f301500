/**
 * Starlight names its search button "搜索" (`aria-label`) but shows "搜索 Ctrl K" (⌘ K on a Mac) from
 * a tablet's width up: people who speak to their device say what they see, so the name must
 * contain the visible label (WCAG 2.5.3, axe `label-content-name-mismatch`). The name becomes the
 * label with the shortcut's keys, read after Starlight's inline script has chosen the platform's key.
 * The label and keys are joined as they are laid out, side by side with no text between them
 * ("搜索CtrlK"): that is the visible text axe compares the name with, and "搜索 Ctrl K" does not
 * contain it. Screen readers still read the keys as keys.
 */
const button = document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]');
if (button) {
	const label = button.querySelector('span')?.textContent?.trim() || button.getAttribute('aria-label') || '';
	const keys = [...button.querySelectorAll('kbd kbd')].map((key) => key.textContent?.trim() ?? '').filter(Boolean);
	if (label && keys.length > 0) button.setAttribute('aria-label', label + keys.join(''));
}
