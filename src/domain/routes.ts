/**
 * Where each kind of content is published, in two forms:
 * - site paths (`chapterPath`, `DATA_PAGES`…): where a page sits within the site, as editors
 *   write links in content (`/emergency/framework/`); the content check and the search plan
 *   identify pages by them;
 * - hrefs (`links`, `href`): what a reader's browser follows, with the deploy's `base` in front
 *   (`/manual/emergency/framework/` when the site is served under `/manual/`).
 * `withBase` is the one place a base is applied.
 */

/** Prefixes root-relative site paths with `base`; anchors, queries, other schemes and hosts pass through. */
export const withBase =
	(base: string) =>
	(sitePath: string): string =>
		sitePath.startsWith('/') && !sitePath.startsWith('//') ? base.replace(/\/?$/, '/') + sitePath.slice(1) : sitePath;

/**
 * The deploy's base: Astro's `BASE_URL` at build time and, statically replaced by Vite, in the
 * browser; `/` under plain Node (the content check, unit tests), where site paths are wanted.
 */
export const SITE_BASE: string = import.meta.env?.BASE_URL ?? '/';

/** A site path as the href a reader follows on this deploy. */
export const href = withBase(SITE_BASE);

export const chapterPath = (id: string) => (id === 'index' ? '/' : `/${id}/`);
export const checklistPath = (id: string) => `/checklists/${id}/`;
export const roleAnchor = (id: string) => `/roles/#${id}`;
/** Opening this starts a run of the checklist at once, at the given severity level (the runner's contract). */
export const checklistStartPath = (id: string, severity: string) => `${checklistPath(id)}?start=${encodeURIComponent(severity)}`;
/** Where a run on this device is resumed. */
export const runPath = (checklistId: string, runId: string) => `${checklistPath(checklistId)}?run=${encodeURIComponent(runId)}`;

/** A role's learning path page; under /training/paths/ so no chapter under /training/ can collide. */
export const trainingPathPath = (pathId: string) => `/training/paths/${pathId}/`;
/** Every role's path, the reader's own record (print and export), and the manager's summary of imported records. */
export const TRAINING_PAGES = { paths: '/training/paths/', record: '/training/record/', summary: '/training/summary/' } as const;

/** Every learning path's items and the chapters' editions, fetched by a chapter page to name the next item (src/manual/training.ts). */
export const TRAINING_PATH_GUIDES = '/training/path-guides.json';

/** Every checklist's severity levels, fetched by the home page's triage when it is opened (src/pages/triage.json.ts). */
export const TRIAGE_LEVELS = '/triage.json';

/** Every run on this device, finished or not: export, import and delete (the home page lists only unfinished ones). */
export const RUN_HISTORY_PAGE = '/runs/';

/** The editors' help page of a content-check rule (slugs such as `ref/role` keep their slash). */
export const ruleHelpPath = (slug: string) => `/help/rules/${slug}/`;
export const RULE_HELP_INDEX = '/help/rules/';

/** The whole manual as one document for print (合订本), laid out as pages in the browser. */
export const BOUND_MANUAL_PATH = '/bound/';

/**
 * The PDFs `npm run pdf` prints after the build and publishes beside the site (scripts/pdf/):
 * a build alone has none, so a page linking them must say so when one is missing.
 */
export const PRINTED_PDF_FOLDER = '/pdf/';
export const PRINTED_PDFS = { boundManual: 'manual-bound.pdf', emergencyKit: 'emergency-kit.pdf' } as const;

/** Pages generated from the data files rather than written as chapters. */
export const DATA_PAGES = {
	checklists: '/checklists/',
	roles: '/roles/',
	contacts: '/contacts/',
	glossary: '/glossary/',
	calendar: '/calendar/',
	emergencyKit: '/emergency-kit/',
	status: '/status/',
} as const;

export const DATA_PAGE_LABELS: Record<keyof typeof DATA_PAGES, string> = {
	checklists: '全部清单',
	roles: '岗位名录',
	contacts: '应急联系人',
	glossary: '术语表',
	calendar: '申报日历',
	emergencyKit: '纸质应急包（打印）',
	status: '内容状态',
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

/** Hrefs of the pages code links to, with the deploy's base applied. */
export const links = {
	chapter: (id: string) => href(chapterPath(id)),
	checklist: (id: string) => href(checklistPath(id)),
	role: (id: string) => href(roleAnchor(id)),
	checklistStart: (id: string, severity: string) => href(checklistStartPath(id, severity)),
	run: (checklistId: string, runId: string) => href(runPath(checklistId, runId)),
	dataPage: (key: keyof typeof DATA_PAGES) => href(DATA_PAGES[key]),
	ruleHelp: (slug: string) => href(ruleHelpPath(slug)),
	trainingPath: (pathId: string) => href(trainingPathPath(pathId)),
	trainingPaths: () => href(TRAINING_PAGES.paths),
	trainingRecord: () => href(TRAINING_PAGES.record),
	trainingSummary: () => href(TRAINING_PAGES.summary),
	trainingPathGuides: () => href(TRAINING_PATH_GUIDES),
	triageLevels: () => href(TRIAGE_LEVELS),
	ruleHelpIndex: () => href(RULE_HELP_INDEX),
	runHistory: () => href(RUN_HISTORY_PAGE),
	boundManual: () => href(BOUND_MANUAL_PATH),
	printedPdf: (key: keyof typeof PRINTED_PDFS) => href(PRINTED_PDF_FOLDER + PRINTED_PDFS[key]),
};
