import { isoDay } from '../domain/review.ts';
import { lastUpdatedOf } from './git-dates.ts';
import { CONTENT } from './paths.ts';

/**
 * The editions printed on the documents made of many files: each is dated by its sources' last
 * change (git), as a chapter is by its own, so a paper copy can be checked against the site.
 * A checklist's edition is its `edition` field. Node only, no collections: the tests read it too.
 */
export const PRINTED_SOURCES = {
	/** The paper kit: the incident checklists, the roles they name, the contacts. */
	emergencyKit: [CONTENT.checklists, CONTENT.roles, CONTENT.organisation],
	/** The 合订本: everything it prints. */
	boundManual: [
		CONTENT.chapters,
		CONTENT.sidebar,
		CONTENT.checklists,
		CONTENT.roles,
		CONTENT.organisation,
		CONTENT.responseRules,
		CONTENT.legalFacts,
	],
} as const;

/** The edition (YYYY-MM-DD) a document built from `sources` prints. */
export function printedEdition(sources: readonly string[], root = process.cwd()): string {
	return isoDay(lastUpdatedOf(sources, root) ?? new Date());
}
