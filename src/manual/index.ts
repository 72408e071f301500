/**
 * The content access module for pages and components: every list they render and every content
 * path they name comes from here. Build time only (it reads files and Astro's collections);
 * browser code gets what it needs through the rendered page.
 */
import { loadLegalFacts, loadOrganisation, loadResponseRules } from './files.ts';

export {
	getCalendars,
	getChapters,
	getChapterTitles,
	getChecklists,
	getGlossary,
	getItemTitles,
	getRoles,
	type ChecklistEntry,
} from './collections.ts';
export { CONTENT, checklistFile } from './paths.ts';
export { commitUrl, editUrl } from './files.ts';
export { lastUpdated, lastUpdatedOf } from './git-dates.ts';
export { getContentStatus, type ChecklistHistory, type StatusRow } from './status.ts';

/** The agency's identity (name, site, repository, contacts). */
export const organisation = loadOrganisation();

/** Severity thresholds, response targets, who is told first and who decides. */
export const responseRules = loadResponseRules();

/** Penalties, fines and retention periods, kept once. */
export const legalFacts = loadLegalFacts();
export { getDocumentCatalogue } from './documents.ts';
export { getBoundManual, type BoundManual, type BoundPart } from './bound.ts';
export { PRINTED_SOURCES, printedEdition } from './printed-editions.ts';
