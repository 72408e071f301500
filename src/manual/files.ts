import { resolve } from 'node:path';
import { z } from 'zod';
import { OrganisationSchema, type Organisation } from '../schemas/organisation.ts';
import { SidebarSchema, type Sidebar } from '../schemas/sidebar.ts';
import { readYamlFile } from './yaml-file.ts';

/** Where the organisation data lives, relative to the repository root. */
export const ORGANISATION_FILE = 'content/organisation/organisation.yaml';
export const SIDEBAR_FILE = 'content/sidebar.yaml';

function load<T extends z.ZodType>(root: string, file: string, schema: T): z.output<T> {
	const result = schema.safeParse(readYamlFile(resolve(root, file)));
	if (result.success) return result.data;
	// The full report comes from `npm run check`; this keeps the build from starting on bad identity data.
	throw new Error(`${file} 有错误，请运行 npm run check 查看详情：\n${z.prettifyError(result.error)}`);
}

/** The agency's identity, read from the organisation data. */
export function loadOrganisation(root = process.cwd()): Organisation {
	return load(root, ORGANISATION_FILE, OrganisationSchema);
}

/** The manual's parts and chapter order. */
export function loadSidebar(root = process.cwd()): Sidebar {
	return load(root, SIDEBAR_FILE, SidebarSchema);
}

/** Edit links open the chapter's source file in the repository's web editor. */
export function editLinkBase(organisation: Organisation): string {
	return `${organisation.repository.url.replace(/\/$/, '')}/edit/${organisation.repository.branch}/`;
}
