/**
 * Printed sheets that know their edition: a paper copy carries a QR code for its page's address
 * with the edition it was printed from (`?edition=2026-11-24`); the page, opened from that code,
 * compares it with the edition it is now and says whether the paper is still current.
 */

import { PRINTED_EDITION_PARAM } from './printed-edition-param.ts';

export { PRINTED_EDITION_PARAM };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The address printed on a paper copy: the page's href with its edition. Absolute when the site's
 * public address is known (a phone's camera needs a host), else the site path as it stands.
 */
export function printedEditionUrl(pageHref: string, edition: string, site: string | URL | undefined): string {
	const [path = '', anchor] = pageHref.split('#');
	const withEdition = `${path}${path.includes('?') ? '&' : '?'}${PRINTED_EDITION_PARAM}=${encodeURIComponent(edition)}${anchor ? `#${anchor}` : ''}`;
	return site ? new URL(withEdition, site).href : withEdition;
}

/** The edition a printed copy's address names, when it names a valid day. */
export function printedEditionIn(search: string): string | undefined {
	const value = new URLSearchParams(search).get(PRINTED_EDITION_PARAM)?.trim();
	return value && ISO_DAY.test(value) ? value : undefined;
}

export type PrintedEditionState = 'current' | 'outdated' | 'unknown';

/** What the reader of a printed copy is told: editions are ISO days, so they compare as text. */
export interface PrintedEditionNotice {
	state: PrintedEditionState;
	text: string;
}

export function printedEditionNotice(printed: string, current: string): PrintedEditionNotice {
	if (printed === current) return { state: 'current', text: `您手上的是 ${printed} 版，就是当前版本，可以照纸执行。` };
	if (printed < current) return { state: 'outdated', text: `您手上的是 ${printed} 版，当前为 ${current} 版，请换用新版；变更见` };
	// A date after the current edition: mistyped, or a page served from an old cache.
	return { state: 'unknown', text: `您手上的是 ${printed} 版，本页为 ${current} 版，无法判断哪份较新：请刷新本页再对照；变更见` };
}
