import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getSearchPlan } from './plan-data.ts';
import { SEARCH_KEYS } from './keys.ts';
import { summaryWords } from './index-plan.ts';

/**
 * Tells Pagefind what each page is, through `<meta>` tags in the head (Pagefind reads filters and
 * metadata anywhere in the document, but indexes only the page body as text):
 * - `类型` and `部分` become filters in the search dialog and labels on each result;
 * - hidden metadata fields, matched by search but never rendered on the page, read by screen
 *   readers or shown on a result: the glossary words of the page's concepts, the symptoms of its
 *   checklist, and the words of its title and one-line description cut as a query would be.
 * Pages that only list other pages are taken out of the index.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const path = route.id === '' || route.id === 'index' ? '/' : `/${route.id}/`;
	const entry = (await getSearchPlan()).get(path);
	if (entry === undefined) return;
	if (entry === null) {
		route.entry.data.pagefind = false;
		return;
	}
	const meta = (attrs: Record<string, string>) => route.head.push({ tag: 'meta', attrs });
	const shown = (key: string, value: string) =>
		meta({ 'data-pagefind-filter': `${key}[content]`, 'data-pagefind-meta': `${key}[content]`, content: value });
	const hidden = (key: string, words: Iterable<string>) => {
		const content = [...new Set(words)].join(' ');
		if (content) meta({ 'data-pagefind-meta': `${key}[content]`, content });
	};
	shown(SEARCH_KEYS.type, entry.type);
	if (entry.part) shown(SEARCH_KEYS.part, entry.part);
	hidden(SEARCH_KEYS.synonyms, entry.synonyms);
	hidden(SEARCH_KEYS.symptoms, entry.symptoms);
	hidden(SEARCH_KEYS.summary, summaryWords(route.entry.data.title, route.entry.data.description ?? ''));
});
