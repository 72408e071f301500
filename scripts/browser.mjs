// Which Chromium the browser tests use: Playwright's own build when it has one, else Debian's.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

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

/** Path of a usable Chromium, or undefined when none is installed. */
export function findChromium() {
	const bundled = chromium.executablePath();
	if (bundled && existsSync(bundled)) return bundled;
	if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
	return undefined;
}
