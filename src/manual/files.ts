import { resolve } from 'node:path';
import { z } from 'zod';
import { LegalFactsSchema, type LegalFacts } from '../schemas/legal-facts.ts';
import { OrganisationSchema, type Organisation } from '../schemas/organisation.ts';
import { parseContent } from '../schemas/parse.ts';
import { ResponseRulesSchema, type ResponseRules } from '../schemas/response-rules.ts';
import { SidebarSchema, type Sidebar } from '../schemas/sidebar.ts';
import { CONTENT } from './paths.ts';
import { readYamlFile } from './yaml-file.ts';

/**
 * The content files Astro's configuration needs before its content layer runs (the site's
 * identity and the sidebar), each parsed once per root and shared by the config and the pages.
 */
const parsed = new Map<string, unknown>();

function load<T extends z.ZodType>(root: string, file: string, schema: T): z.output<T> {
	const key = `${resolve(root)}\0${file}`;
	if (parsed.has(key)) return parsed.get(key) as z.output<T>;
	const result = parseContent(schema, readYamlFile(resolve(root, file)));
	// The full report comes from `npm run check`; this keeps the build from starting on bad identity data.
	if (!result.success) throw new Error(`${file} 有错误，请运行 npm run check 查看详情：\n${z.prettifyError(result.error)}`);
	parsed.set(key, result.data);
	return result.data;
}

/**
 * The agency's identity, read from the organisation data. `MANUAL_SITE_BASE` overrides
 * `site.base` for one build only: the test command builds a sub-path copy of the site with it.
 */
export function loadOrganisation(root = process.cwd()): Organisation {
	const organisation = load(root, CONTENT.organisation, OrganisationSchema);
	const base = process.env['MANUAL_SITE_BASE'];
	return base ? { ...organisation, site: { ...organisation.site, base } } : organisation;
}

/** The manual's parts and chapter order. */
export function loadSidebar(root = process.cwd()): Sidebar {
	return load(root, CONTENT.sidebar, SidebarSchema);
}

/** The first decisions of an incident, answered once: chapters render them with <ResponseRules>. */
export function loadResponseRules(root = process.cwd()): ResponseRules {
	return load(root, CONTENT.responseRules, ResponseRulesSchema);
}

/** Legal figures several chapters need: rendered with <LegalTable> and <LegalFact>. */
export function loadLegalFacts(root = process.cwd()): LegalFacts {
	return load(root, CONTENT.legalFacts, LegalFactsSchema);
}

/** Edit links open the chapter's source file in the repository's web editor. */
export function editLinkBase(organisation: Organisation): string {
	return `${organisation.repository.url.replace(/\/$/, '')}/edit/${organisation.repository.branch}/`;
}

/**
 * Where the repository's web interface shows one commit's changes: `/commit/<hash>` on GitHub,
 * GitLab, Gitea, Forgejo and Gitee alike. The hash goes into the address, not the page's text.
 */
export function commitUrl(organisation: Organisation, commit: string): string {
	return `${organisation.repository.url.replace(/\/$/, '')}/commit/${commit}`;
}

/** The web-editor address of one content file (a path from the repository root). */
export function editUrl(organisation: Organisation, file: string): string {
	return editLinkBase(organisation) + file;
}
