/**
 * Writes the offline worker into a built site (`astro:build:done`, see ./astro-integration.ts, and
 * the tests' redeploy of a changed copy): stamps every page with the build's edition, bundles
 * ./worker.ts with the Workbox modules, and lets workbox-build inject the precache manifest, with a
 * revision for every file whose name is not fingerprinted. What is precached follows
 * `precachePlan` (src/domain/offline.ts): the whole site, or the essentials above the budget.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build as bundle } from 'esbuild';
import { getManifest, injectManifest, type ManifestTransform } from 'workbox-build';
import { EDITION_META } from '../domain/edition.ts';
import { DEFAULT_PRECACHE_BUDGET_BYTES, precachePlan, type PrecachePlan } from '../domain/offline.ts';

/** The worker's file at the root of the site (registered in every page's head, see astro.config.mjs). */
export const WORKER_FILE = 'sw.js';

const WORKER_SOURCE = fileURLToPath(new URL('./worker.ts', import.meta.url));
const STAMP = new RegExp(`<meta name="${EDITION_META}" content="[^"]*">`, 'g');

export interface OfflineOptions {
	/** The deploy's base path (`/` or `/manual/`). */
	base: string;
	/** Above this many bytes only the essential pages are precached (default: DEFAULT_PRECACHE_BUDGET_BYTES). */
	precacheBudgetBytes?: number | undefined;
}

export interface OfflineCopy extends PrecachePlan {
	edition: string;
	workerBytes: number;
}

/** Files a site path never names: dot files (the server's CSP snippet), the worker, the 404 page nobody opens. */
const IGNORED = [WORKER_FILE, '404.html'];

function siteFiles(dist: string): string[] {
	return readdirSync(dist, { recursive: true })
		.map(String)
		.filter((name) => !name.split(sep).some((part) => part.startsWith('.')) && !IGNORED.includes(name))
		.filter((name) => statSync(join(dist, name)).isFile())
		.sort();
}

/**
 * Writes the edition into every page and returns it: a hash of every file of the site with the
 * pages' old stamps left out, so the same content always gets the same edition.
 */
export function stampEdition(dist: string): string {
	const hash = createHash('sha256');
	const pages: string[] = [];
	for (const name of siteFiles(dist)) {
		const content = readFileSync(join(dist, name));
		hash.update(name).update('\0');
		if (name.endsWith('.html')) {
			pages.push(name);
			hash.update(content.toString('utf8').replace(STAMP, ''));
		} else hash.update(content);
	}
	const edition = hash.digest('hex').slice(0, 12);
	for (const name of pages) {
		const file = join(dist, name);
		const html = readFileSync(file, 'utf8').replace(STAMP, '');
		writeFileSync(file, html.replace('</head>', `<meta name="${EDITION_META}" content="${edition}"></head>`));
	}
	return edition;
}

/**
 * Bytes a file takes on the wire when served with gzip. Pagefind writes its index, fragments and
 * WebAssembly already gzipped (they start with gzip's magic bytes): they go as they are, and
 * compressing them again only costs the build time.
 */
export function wireSize(body: Buffer): number {
	return body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body).length;
}

/** workbox-build's options for this site, and the plan its manifest transform chose. */
function manifestOptions(dist: string, options: OfflineOptions) {
	const base = options.base.replace(/\/?$/, '/');
	const chosen: { plan?: PrecachePlan } = {};
	const transform: ManifestTransform = (entries) => {
		const files = entries.map((entry) => ({
			// Pages are asked for as `x/`, never `x/index.html`.
			url: base + entry.url.replace(/(^|\/)index\.html$/, '$1'),
			// Vite's fingerprinted names change with their content: no revision needed.
			revision: entry.url.startsWith('_astro/') ? null : entry.revision,
			size: entry.size,
			transferSize: wireSize(readFileSync(join(dist, entry.url))),
		}));
		chosen.plan = precachePlan(files, base, options.precacheBudgetBytes ?? DEFAULT_PRECACHE_BUDGET_BYTES);
		return { manifest: chosen.plan.entries.map(({ url, revision, size }) => ({ url, revision, size })), warnings: [] };
	};
	return {
		chosen,
		workbox: {
			globDirectory: dist,
			globPatterns: ['**/*'],
			globIgnores: IGNORED,
			manifestTransforms: [transform],
			// The search's WebAssembly and the larger index chunks are over Workbox's 2 MB default.
			maximumFileSizeToCacheInBytes: 50 * 1024 * 1024,
		},
	};
}

/** What would be precached, without writing anything (the bench). */
export async function planOfflineCopy(dist: string, options: OfflineOptions): Promise<PrecachePlan> {
	const { chosen, workbox } = manifestOptions(dist, options);
	await getManifest(workbox);
	return chosen.plan!;
}

export async function buildOfflineWorker(dist: string, options: OfflineOptions): Promise<OfflineCopy> {
	const base = options.base.replace(/\/?$/, '/');
	const edition = stampEdition(dist);
	const scratch = mkdtempSync(join(tmpdir(), 'manual-sw-'));
	try {
		const swSrc = join(scratch, WORKER_FILE);
		await bundle({
			entryPoints: [WORKER_SOURCE],
			outfile: swSrc,
			bundle: true,
			format: 'iife',
			minify: true,
			target: 'es2022',
			logLevel: 'warning',
			// Workbox's development logging is dropped in production builds.
			define: {
				MANUAL_BASE: JSON.stringify(base),
				MANUAL_EDITION: JSON.stringify(edition),
				'process.env.NODE_ENV': '"production"',
				'import.meta.env': '{}',
			},
		});
		const { chosen, workbox } = manifestOptions(dist, options);
		const swDest = join(dist, WORKER_FILE);
		await injectManifest({ ...workbox, swSrc, swDest });
		return { ...chosen.plan!, edition, workerBytes: statSync(swDest).size };
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}
