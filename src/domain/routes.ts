/**
 * Where each kind of content is published. Pages, the link checker and tests build URLs here
 * so a route changes in one place.
 */
export const chapterPath = (id: string) => (id === 'index' ? '/' : `/${id}/`);
export const checklistPath = (id: string) => `/checklists/${id}/`;
export const roleAnchor = (id: string) => `/roles/#${id}`;
/** Opening this starts a run of the checklist at once, at the given severity level (the runner's contract). */
export const checklistStartPath = (id: string, severity: string) => `${checklistPath(id)}?start=${encodeURIComponent(severity)}`;
/** Where a run on this device is resumed. */
export const runPath = (checklistId: string, runId: string) => `${checklistPath(checklistId)}?run=${encodeURIComponent(runId)}`;

/** Pages generated from the data files rather than written as chapters. */
export const DATA_PAGES = {
	checklists: '/checklists/',
	roles: '/roles/',
	contacts: '/contacts/',
	glossary: '/glossary/',
	calendar: '/calendar/',
	emergencyKit: '/emergency-kit/',
} as const;

export const DATA_PAGE_LABELS: Record<keyof typeof DATA_PAGES, string> = {
	checklists: '全部清单',
	roles: '岗位名录',
	contacts: '应急联系人',
	glossary: '术语表',
	calendar: '申报日历',
	emergencyKit: '纸质应急包（打印）',
};

/** The generated pages as sidebar links. */
export function dataPageLinks(): { label: string; link: string }[] {
	return (Object.keys(DATA_PAGES) as (keyof typeof DATA_PAGES)[]).map((key) => ({ label: DATA_PAGE_LABELS[key], link: DATA_PAGES[key] }));
}

/** Splits `/a/b/#x` into its page path (with trailing slash) and anchor. */
export function splitLink(url: string): { path: string; anchor: string | undefined } {
	const [rawPath = '', anchor] = url.split('#');
	const path = rawPath === '' ? '' : rawPath.endsWith('/') ? rawPath : `${rawPath}/`;
	return { path, anchor: anchor ? decodeURIComponent(anchor) : undefined };
}
