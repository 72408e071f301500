/**
 * Where each kind of content is published. Pages, the link checker and tests build URLs here
 * so a route changes in one place.
 */
export const chapterPath = (id: string) => (id === 'index' ? '/' : `/${id}/`);
export const checklistPath = (id: string) => `/checklists/${id}/`;
export const roleAnchor = (id: string) => `/roles/#${id}`;

/** Pages generated from the data files rather than written as chapters. */
export const DATA_PAGES = {
	checklists: '/checklists/',
	roles: '/roles/',
	contacts: '/contacts/',
	glossary: '/glossary/',
	calendar: '/calendar/',
} as const;

/** Splits `/a/b/#x` into its page path (with trailing slash) and anchor. */
export function splitLink(url: string): { path: string; anchor: string | undefined } {
	const [rawPath = '', anchor] = url.split('#');
	const path = rawPath === '' ? '' : rawPath.endsWith('/') ? rawPath : `${rawPath}/`;
	return { path, anchor: anchor ? decodeURIComponent(anchor) : undefined };
}
