import { expect, test } from '@playwright/test';
import { checklist, manual } from '../support/manual.ts';
import { NGINX_USER, redirectPortOf } from '../support/nginx.ts';
import { waitForOfflineCopy } from '../support/offline.ts';

/**
 * The built site served by Debian's nginx with the configuration in deploy/nginx/ as shipped, only
 * its paths, ports and certificate changed (scripts/nginx-server.ts, which runs `nginx -t` first):
 * HTTPS over HTTP/2, the redirect from plain HTTP, the login, the headers, the cache rules, and
 * offline use behind the login.
 */
const systemFailure = checklist('system-failure');

test('plain HTTP only redirects to HTTPS', async ({ request, baseURL }) => {
	const redirectPort = redirectPortOf(Number(new URL(baseURL!).port));
	const plain = await request.get(`http://127.0.0.1:${redirectPort}/emergency/framework/?edition=2026-01-01`, { maxRedirects: 0 });
	expect(plain.status()).toBe(301);
	// `$host` carries no port: on the server both listen on their standard ports.
	expect(plain.headers()['location']).toBe('https://127.0.0.1/emergency/framework/?edition=2026-01-01');
});

test('without a login nothing is served, not even the service worker or the search index', async ({ request }) => {
	for (const path of ['/', '/emergency/framework/', '/sw.js', '/pagefind/pagefind.js', `/checklists/${systemFailure.id}/`]) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(401);
		expect(response.headers()['www-authenticate'], path).toMatch(/^Basic realm=/);
	}
});

test.describe('logged in', () => {
	test.use({ httpCredentials: NGINX_USER });

	test('pages carry the security headers, a header CSP that frames nothing, and fresh caching', async ({ request }) => {
		const page = await request.get('/emergency/framework/');
		expect(page.status()).toBe(200);
		const headers = page.headers();
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('same-origin');
		expect(headers['permissions-policy']).toContain('camera=()');
		expect(headers['strict-transport-security']).toBe('max-age=31536000');
		expect(headers['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
		expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		expect(headers['cache-control']).toBe('no-cache');
		expect((await request.get('/sw.js')).headers()['cache-control']).toBe('no-cache');
		const manifest = (await request.get('/manifest.webmanifest')).headers();
		expect([manifest['content-type'], manifest['cache-control']]).toEqual(['application/manifest+json', 'no-cache']);

		const html = await page.text();
		const asset = /src="(\/_astro\/[^"]+\.js)"/.exec(html)![1]!;
		const script = await request.get(asset, { headers: { 'Accept-Encoding': 'gzip' } });
		expect(script.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(script.headers()['content-encoding']).toBe('gzip');
		expect((await request.get('/.csp-header.conf')).status()).toBe(404);
		expect((await request.get('/no-such-page/')).status()).toBe(404);
	});

	test('the browser gets the pages over HTTP/2 on TLS', async ({ page }) => {
		await page.goto('/emergency/framework/');
		const protocol = await page.evaluate(
			() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).nextHopProtocol,
		);
		expect(protocol).toBe('h2');
	});

	test('a page and the search run under both policies without a violation', async ({ page }) => {
		await page.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { __violations: string[] }).__violations = seen;
			document.addEventListener('securitypolicyviolation', (event) =>
				seen.push(`${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`),
			);
		});
		await page.goto('/');
		await page.getByRole('button', { name: '搜索' }).click();
		await page.getByRole('dialog', { name: '搜索' }).getByRole('textbox', { name: '搜索' }).fill('数据泄露');
		await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
		await page.goto(`/checklists/${systemFailure.id}/`);
		await page.getByRole('button', { name: '开始执行' }).click();
		await expect(page.getByRole('status').filter({ hasText: '运行中' })).toBeVisible();
		expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
	});

	test.describe('offline', () => {
		test.use({ serviceWorkers: 'allow' });

		test('the offline copy installs behind the login and opens a checklist with the network down', async ({ page, context }) => {
			await page.goto('/');
			await waitForOfflineCopy(page);
			await context.setOffline(true);
			await page.goto(`/checklists/${systemFailure.id}/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(systemFailure.data.title);
			await page.getByRole('button', { name: '开始执行' }).click();
			await expect(page.getByRole('status').filter({ hasText: '运行中' })).toBeVisible();
			// The whole manual was kept behind the login, not only the incident pages.
			await page.goto('/emergency/framework/');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(manual.chapters.find((c) => c.id === 'emergency/framework')!.title);
		});
	});
});
