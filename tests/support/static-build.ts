/**
 * Serves another build of the site in place of the running one, on the same origin, so a page
 * opened afterwards sees the same localStorage: what a reader's browser meets when the manual is
 * redeployed. Requests to other origins pass through untouched.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Page } from '@playwright/test';

const HTML = 'text/html; charset=utf-8';
const TYPES: Record<string, string> = {
	'.html': HTML,
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
};

export async function serveBuild(page: Page, dist: string): Promise<void> {
	const folder = resolve(dist);
	if (!existsSync(join(folder, 'index.html'))) throw new Error(`${dist}/ is missing: run \`npm run build:reread\` before this test`);
	const origin = new URL(page.url()).origin;
	await page.route(
		(url) => url.origin === origin,
		async (route) => {
			const path = decodeURIComponent(new URL(route.request().url()).pathname);
			let file = join(folder, path);
			if (!file.startsWith(folder)) return route.fulfill({ status: 403 });
			if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
			if (!existsSync(file)) return route.fulfill({ status: 404, path: join(folder, '404.html'), contentType: HTML });
			return route.fulfill({
				status: 200,
				body: readFileSync(file),
				contentType: TYPES[extname(file)] ?? 'application/octet-stream',
			});
		},
	);
}
