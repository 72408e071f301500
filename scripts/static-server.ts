// A static web server over a built site, for what loads it in a browser: `npm run pdf`, `npm run
// bench`, and the end-to-end tests (`node scripts/static-server.ts <dist> <port> [base]`, started by
// playwright.config.ts). Enough for pages, their assets, Pagefind and the 404 page, as a static
// host serves them; no compression, no cache rules (deploy/nginx/ has those, and its own tests).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

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
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.pdf': 'application/pdf',
	'.ico': 'image/x-icon',
};

/** The file a request path is served from: the file itself, or a folder's index.html (with or without the slash). */
function servedFile(root: string, path: string): string | undefined {
	const file = resolve(root, `.${path}`);
	if (file !== root && !file.startsWith(root + sep)) return undefined;
	if (existsSync(file) && statSync(file).isFile()) return file;
	const index = join(file, 'index.html');
	return existsSync(index) ? index : undefined;
}

/** Serves `dist` under `base` (the site's sub-path, `/` at the root) on loopback: a free port unless one is given. */
export function serveDist(dist: string, base = '/', port = 0): Promise<{ server: Server; origin: string }> {
	const root = resolve(dist);
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		const file = path.startsWith(base) ? servedFile(root, path.slice(base.length - 1)) : undefined;
		if (!file) {
			// Like a static host: the site's own 404 page, with its status.
			const missing = join(root, '404.html');
			response.writeHead(404, existsSync(missing) ? { 'content-type': TYPES['.html']! } : {});
			return void response.end(existsSync(missing) ? readFileSync(missing) : undefined);
		}
		const body = readFileSync(file);
		// A static host states every file's length, HEAD requests included (/bound/ reads its PDF's size so).
		response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': body.length });
		response.end(request.method === 'HEAD' ? undefined : body);
	});
	return new Promise((done) =>
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			done({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
		}),
	);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
	const [dist = 'dist', port = '4321', base = '/'] = process.argv.slice(2);
	const { origin } = await serveDist(dist, base, Number(port));
	console.log(`${dist}/ served at ${origin}${base}`);
}
