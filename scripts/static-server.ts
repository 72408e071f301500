// A static web server over a built site, for the scripts that load it in a browser (`npm run pdf`,
// `npm run bench`): enough for pages, their assets and Pagefind; no compression, no cache rules.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
};

/** Serves `dist` under `base` (the site's sub-path, `/` at the root) on a free loopback port. */
export function serveDist(dist: string, base = '/'): Promise<{ server: Server; origin: string }> {
	const server = createServer((request, response) => {
		let path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		if (!path.startsWith(base)) return void response.writeHead(404).end();
		path = path.slice(base.length - 1);
		if (path.endsWith('/')) path += 'index.html';
		try {
			const body = readFileSync(join(dist, path));
			response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
			response.end(body);
		} catch {
			response.writeHead(404).end();
		}
	});
	return new Promise((done) =>
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			done({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
		}),
	);
}
