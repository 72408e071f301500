// Which Chromium the browser tests use: Playwright's own build when it has one, else Debian's.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
/**
 * Debian's `chromium-headless-shell`: the same engine without the desktop browser around it, the
 * build Playwright itself runs headless tests in. The browser tests spend about 40% less CPU in
 * it than in the full browser (home.spec.ts: 81 → 46 CPU seconds), which on two cores is time.
 */
export const DEBIAN_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/** Flags Chromium needs on these machines: without them it keeps calling hosts the closed network refuses. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/**
 * Path of a usable Chromium, or undefined when none is installed. `headlessShell`: for what only
 * renders and prints (the browser tests, `npm run pdf`), the headless shell when it is installed;
 * the bench's page measurements and Lighthouse keep the full browser that readers have.
 */
export function findChromium({ headlessShell = false } = {}) {
	if (headlessShell && existsSync(DEBIAN_HEADLESS_SHELL)) return DEBIAN_HEADLESS_SHELL;
	const bundled = chromium.executablePath();
	if (bundled && existsSync(bundled)) return bundled;
	if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
	return undefined;
}
