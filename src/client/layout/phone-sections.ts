/**
 * Folds the bodies of long pages' sections (src/components/layout/PhoneSection.astro) on a phone,
 * so that the status page and the emergency kit read as a list of headings there rather than tens
 * of thousands of pixels. The server renders them open: without this script, on a desktop and on
 * paper, everything shows. A section a link points at (#kit-…, #edition-…) stays or comes open.
 */
const PHONE = window.matchMedia('screen and (max-width: 40rem)');

const sections = () => [...document.querySelectorAll<HTMLDetailsElement>('details[data-phone-section]')];

/** The element the address's fragment names, if any. */
function target(): Element | null {
	if (!location.hash) return null;
	try {
		return document.getElementById(decodeURIComponent(location.hash.slice(1)));
	} catch {
		return null;
	}
}

/** Whether the fragment's element is this section's body or the section (heading) it belongs to. */
const pointedAt = (details: HTMLDetailsElement, element: Element | null) =>
	element !== null && (details.contains(element) || (details.parentElement?.contains(element) ?? false));

function fold(): void {
	const pointed = target();
	for (const details of sections()) details.open = !PHONE.matches || pointedAt(details, pointed);
}

fold();
PHONE.addEventListener('change', fold);
window.addEventListener('hashchange', () => {
	const pointed = target();
	for (const details of sections()) if (pointedAt(details, pointed)) details.open = true;
});

// Paper gets every section whatever the screen showed (the stylesheet does the same for print
// media; this covers a browser that lays out print from the open state), and the screen comes
// back as it was.
let foldedBeforePrint: HTMLDetailsElement[] = [];
window.addEventListener('beforeprint', () => {
	foldedBeforePrint = sections().filter((details) => !details.open);
	for (const details of foldedBeforePrint) details.open = true;
});
window.addEventListener('afterprint', () => {
	for (const details of foldedBeforePrint) details.open = false;
	foldedBeforePrint = [];
});
