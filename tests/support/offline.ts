/**
 * Helpers for the offline tests: waiting until the service worker has kept its copy, and a small
 * static server for a copy of `dist/` that a test can change and redeploy (the preview server
 * serves the build in place, which other tests read).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Resolves once a worker is active: Workbox activates a worker only after its install has
 * fetched every precached file, so the offline copy is complete by then.
 */
export async function waitForOfflineCopy(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf',
	'.txt': 'text/plain; charset=utf-8',
};

/** Serves `root` as nginx does with deploy/nginx/ (directory indexes, `/x` redirected to `/x/`, no-cache). */
export async function serveStatic(root: string): Promise<{ origin: string; close: () => Promise<void> }> {
	const server: Server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		let file = normalize(join(root, path));
		if (!file.startsWith(root)) file = join(root, '404.html');
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!path.endsWith('/')) {
				response.writeHead(301, { location: `${path}/` }).end();
				return;
			}
			file = join(file, 'index.html');
		}
		const found = existsSync(file) && statSync(file).isFile();
		const served = found ? file : join(root, '404.html');
		response.writeHead(found ? 200 : 404, {
			'content-type': TYPES[extname(served)] ?? 'application/octet-stream',
			'cache-control': 'no-cache',
		});
		createReadStream(served).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
