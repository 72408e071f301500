import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.mjs';

// E2E_PORT lets several checkouts on one machine run their tests at once without sharing a server.
const PORT = Number(process.env['E2E_PORT'] ?? 4322);
// `npm run test:e2e` runs scripts/ensure-browser.mjs first, which installs one or explains what to install.
const executablePath = findChromium();

export default defineConfig({
	testDir: 'tests/e2e',
	// Two cores: one for the preview server, one for the browser.
	workers: 1,
	forbidOnly: Boolean(process.env.CI),
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		// The offline worker would serve cached pages around page.route(); only the offline test allows it.
		serviceWorkers: 'block',
		launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
	},
	webServer: {
		command: `npm run preview -- --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		// Never test a server this run did not start: it may be serving another build.
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
