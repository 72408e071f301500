import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.mjs';
import { SUBPATH_BASE, SUBPATH_DIST } from './tests/support/subpath.ts';
import { redirectPortOf, spkiHash, testCertificate } from './tests/support/nginx.ts';

// E2E_PORT lets several checkouts on one machine run their tests at once without sharing a server.
const PORT = Number(process.env['E2E_PORT'] ?? 4322);
// The same site built under a sub-path (`npm run build:subpath`), served on the next port.
const SUBPATH_PORT = PORT + 1;
// The root build served by nginx with deploy/nginx/ (scripts/nginx-server.ts): HTTPS, and the
// shipped plain-HTTP server that only redirects.
const NGINX_PORT = PORT + 2;
const NGINX_REDIRECT_PORT = redirectPortOf(NGINX_PORT);
// nginx serves HTTPS with a self-signed certificate; Chromium trusts it by its key, since a
// browser installs no service worker from a page with a certificate error.
const NGINX_CERTIFICATE = testCertificate().certificate;
// `npm run test:e2e` runs scripts/ensure-browser.mjs first, which installs one or explains what to install:
// the headless shell when it can (scripts/browser.mjs says why).
const executablePath = findChromium({ headlessShell: true });

export default defineConfig({
	testDir: 'tests/e2e',
	// Two cores, two browsers: the static servers cost next to nothing. Files run in parallel;
	// tests within a file in order, unless the file asks otherwise (accessibility.spec.ts).
	workers: 2,
	forbidOnly: Boolean(process.env.CI),
	reporter: [['list']],
	use: {
		browserName: 'chromium',
		// The offline worker would serve cached pages around page.route(); only the offline tests allow it.
		serviceWorkers: 'block',
		launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
	},
	projects: [
		{ name: 'site', testIgnore: /(subpath|nginx)\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${PORT}` } },
		{
			name: 'nginx',
			testMatch: /nginx\.spec\.ts/,
			use: {
				baseURL: `https://127.0.0.1:${NGINX_PORT}`,
				// For the API requests, which run in Node; the browser trusts the key (the flag below).
				ignoreHTTPSErrors: true,
				launchOptions: {
					...(executablePath ? { executablePath } : {}),
					args: [...CHROMIUM_ARGS, `--ignore-certificate-errors-spki-list=${spkiHash(NGINX_CERTIFICATE)}`],
				},
			},
		},
		{ name: 'subpath', testMatch: /subpath\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH_BASE}` } },
	],
	// The built sites served as a static host serves them (scripts/static-server.ts): a bare Node
	// server starts in a moment and leaves both cores to the browsers, where `astro preview` loads
	// Vite and every integration.
	webServer: [
		{
			command: `node scripts/static-server.ts dist ${PORT}`,
			url: `http://127.0.0.1:${PORT}/`,
			// Never test a server this run did not start: it may be serving another build.
			reuseExistingServer: false,
			timeout: 60_000,
		},
		{
			command: `node scripts/static-server.ts ${SUBPATH_DIST} ${SUBPATH_PORT} ${SUBPATH_BASE}`,
			url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH_BASE}`,
			reuseExistingServer: false,
			timeout: 60_000,
		},
		{
			command: `node scripts/nginx-server.ts ${NGINX_PORT} ${NGINX_REDIRECT_PORT}`,
			// Behind the login every page answers 401: that is the server being up.
			url: `https://127.0.0.1:${NGINX_PORT}/robots.txt`,
			ignoreHTTPSErrors: true,
			reuseExistingServer: false,
			timeout: 60_000,
		},
	],
});
