import { printedEditionIn, printedEditionNotice } from '../../domain/printed-edition.ts';

/**
 * `<printed-edition data-current="2026-11-24">`: when the page was opened from a printed copy's
 * QR code (`?edition=…`), says whether that copy is the current edition. A current copy needs no
 * link to the changes, so the link is shown only when the editions differ.
 */
class PrintedEdition extends HTMLElement {
	connectedCallback(): void {
		const printed = printedEditionIn(location.search);
		const current = this.dataset['current'];
		if (!printed || !current) return;
		const notice = printedEditionNotice(printed, current);
		this.dataset['state'] = notice.state;
		const text = this.querySelector('[data-text]');
		if (text) text.textContent = notice.text;
		this.querySelector<HTMLElement>('[data-changes]')?.toggleAttribute('hidden', notice.state === 'current');
		this.hidden = false;
	}
}

if (!customElements.get('printed-edition')) customElements.define('printed-edition', PrintedEdition);
