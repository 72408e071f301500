import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getChecklists, lastUpdated, organisation } from './manual/index.ts';
import { chapterIncidentCategories, CONTACTS_HEADING } from './domain/incidents.ts';

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const file = route.entry.filePath;
	// An internal manual publishes no sitemap (astro.config.mjs), so its pages do not point to one.
	if (!organisation.site.public) route.head = route.head.filter((entry) => !(entry.tag === 'link' && entry.attrs?.['rel'] === 'sitemap'));
	// The home page is an entry point, not a procedure: it carries no date.
	if (file && route.entry.id !== 'index') route.lastUpdated = lastUpdated(file) ?? route.lastUpdated;
	// Incident chapters end with the contacts block (see overrides/MarkdownContent.astro): list it
	// in "on this page" so a phone reaches the numbers in one tap.
	if (route.toc && chapterIncidentCategories(route.entry.data, await getChecklists()).length > 0)
		route.toc.items.push({ depth: 2, slug: CONTACTS_HEADING.slug, text: CONTACTS_HEADING.text, children: [] });
});
