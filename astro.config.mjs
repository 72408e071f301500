// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { editLinkBase, loadOrganisation, loadSidebar } from './src/config/site.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { dataPageLinks } from './src/lib/routes.ts';

const organisation = loadOrganisation();

export default defineConfig({
	site: organisation.site.url,
	base: organisation.site.base,
	trailingSlash: 'always',
	integrations: [
		contentCheck(),
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
			routeMiddleware: './src/route-middleware.ts',
			components: {
				// Chapters: related checklists above the text; incident chapters end with the contacts to call.
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
			},
			customCss: ['./src/styles/manual.css'],
		}),
	],
});
