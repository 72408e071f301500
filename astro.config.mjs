// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { editLinkBase, loadOrganisation, loadSidebar } from './src/manual/files.ts';
import { contentCheck } from './src/check/astro-integration.ts';
import { contentLinksUnder } from './src/manual/content-links.ts';
import { inlineHashPolicy } from './src/security/astro-integration.ts';
import { offlineManual } from './src/offline/astro-integration.ts';
import { dataPageLinks, withBase } from './src/domain/routes.ts';
import { MANIFEST_PATH, THEME_COLOUR, TOUCH_ICON_PATH } from './src/domain/web-app-manifest.ts';
import { SEARCH_KEYS } from './src/search/keys.ts';
import { useIndexChunkSize } from './src/search/index-chunks.ts';
import { stepMarkers } from './src/build/step-timings.ts';

const organisation = loadOrganisation();

// Pagefind runs inside Starlight's `astro:build:done`: these two time it for `npm run bench`.
const [pagefindStarts, pagefindEnds] = stepMarkers('pagefind');

// Small index chunks: a search downloads only the few it needs (src/search/index-chunks.ts).
useIndexChunkSize();

export default defineConfig({
	site: organisation.site.url,
	base: organisation.site.base,
	trailingSlash: 'always',
	// Editors run `npm run dev` to preview content: no English developer toolbar over the page.
	devToolbar: { enabled: false },
	// A strict policy on every page: scripts only from the site or hashed, `'wasm-unsafe-eval'` only
	// because Pagefind's search runs as WebAssembly; style elements and sheets hashed or same-origin.
	// Style attributes: only the exact values the page carries (Starlight writes `style="--sl-…"` on its
	// own elements), hashed after the build next to `'unsafe-hashes'` (src/security/inline-hashes.ts).
	security: {
		csp: {
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'", { resource: "'unsafe-hashes'", kind: 'attribute' }] },
			directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
		},
	},
	// Starlight adds its own plugins (asides, heading anchors) to this processor.
	markdown: { processor: satteri({ mdastPlugins: [contentLinksUnder(organisation.site.base)] }) },
	integrations: [
		contentCheck(),
		inlineHashPolicy(),
		// Starlight adds @astrojs/sitemap unless an integration of that name is present: an internal
		// manual takes its place with nothing, so it publishes no list of its pages.
		...(organisation.site.public ? [] : [{ name: '@astrojs/sitemap', hooks: {} }]),
		pagefindStarts,
		starlight({
			title: organisation.siteTitle,
			description: `${organisation.name}的运营与应急手册`,
			locales: { root: { label: '简体中文', lang: 'zh-CN' } },
			sidebar: [
				...loadSidebar().map((part) => ({
					label: part.label,
					collapsed: part.collapsed,
					items: part.chapters,
				})),
				{
					label: '清单与资料',
					items: dataPageLinks(),
				},
			],
			editLink: { baseUrl: editLinkBase(organisation) },
			lastUpdated: true,
			markdown: { processedDirs: ['./content/chapters/'] },
			routeMiddleware: ['./src/route-middleware.ts', './src/search/middleware.ts'],
			customCss: ['./src/styles/manual.css'],
			head: [
				// Internal by default: not indexed, and no page address leaks to other sites (organisation.yaml: site.public).
				...(organisation.site.public
					? []
					: [{ tag: /** @type {const} */ ('meta'), attrs: { name: 'robots', content: 'noindex, nofollow' } }]),
				{ tag: 'meta', attrs: { name: 'referrer', content: organisation.site.public ? 'strict-origin-when-cross-origin' : 'same-origin' } },
				// Installable on a phone's home screen (src/domain/web-app-manifest.ts).
				{ tag: 'link', attrs: { rel: 'manifest', href: withBase(organisation.site.base)(MANIFEST_PATH) } },
				{ tag: 'link', attrs: { rel: 'apple-touch-icon', href: withBase(organisation.site.base)(TOUCH_ICON_PATH) } },
				{ tag: 'meta', attrs: { name: 'theme-color', content: THEME_COLOUR } },
				// The offline worker (src/offline/), written into the site after the build.
				{
					tag: 'script',
					// data-scripts: pages show controls that need JavaScript only when it runs (src/components/run/runner.css).
					content: `document.documentElement.dataset.scripts = 'on'; if ('serviceWorker' in navigator) addEventListener('load', () => navigator.serviceWorker.register('${organisation.site.base}sw.js').catch(() => {}));`,
				},
			],
			// A page's glossary words count double and its checklist's symptoms triple (see src/search/middleware.ts):
			// they say what the page is about, in the words staff use.
			pagefind: { ranking: { metaWeights: { [SEARCH_KEYS.synonyms]: 2, [SEARCH_KEYS.symptoms]: 3 } } },
			// Search: Starlight's dialog plus the `/` shortcut; the footer is kept out of the index.
			components: {
				// Chapters: related checklists above the text; incident chapters end with the contacts to call.
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				Search: './src/components/overrides/Search.astro',
				Footer: './src/components/overrides/Footer.astro',
				// A chapter's footer names its edition by date (src/domain/edition-label.ts).
				LastUpdated: './src/components/overrides/LastUpdated.astro',
				// The way into training heads the sidebar (and the phone's menu).
				Sidebar: './src/components/overrides/Sidebar.astro',
			},
		}),
		pagefindEnds,
		// After Starlight: the offline worker precaches the search index Starlight writes when the build is done.
		offlineManual(),
	],
	vite: {
		// Small scripts stay files instead of being inlined, so `script-src 'self'` covers them.
		build: { assetsInlineLimit: 0 },
		resolve: {
			// Starlight's Search component builds Pagefind's UI with fixed options; this wrapper adds the
			// manual's (src/search/options.ts: query clean-up, Chinese wording, hidden metadata, no worker).
			alias: [{ find: /^@pagefind\/default-ui$/, replacement: fileURLToPath(new URL('./src/search/pagefind-ui.ts', import.meta.url)) }],
		},
	},
});
