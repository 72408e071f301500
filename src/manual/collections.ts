import { getCollection } from 'astro:content';
import { loadOrganisation } from './files.ts';
import { CHECKLIST_KINDS, INCIDENT_CATEGORIES, type Checklist, type ChecklistKind } from '../schemas/checklist.ts';
import type { Role } from '../schemas/role.ts';

/**
 * The one place pages get content from: collections are read and ordered here, and pages
 * import the results instead of calling `getCollection` themselves.
 */
export interface ChecklistEntry {
	id: string;
	data: Checklist;
}

const KIND_ORDER = Object.keys(CHECKLIST_KINDS) as ChecklistKind[];
const CATEGORY_ORDER = Object.keys(INCIDENT_CATEGORIES);

/** Checklists ordered as the checklists page lists them: by kind, then category, then title. */
export async function getChecklists(): Promise<ChecklistEntry[]> {
	const entries = await getCollection('checklists');
	return entries
		.map(({ id, data }) => ({ id, data }))
		.sort(
			(a, b) =>
				KIND_ORDER.indexOf(a.data.kind) - KIND_ORDER.indexOf(b.data.kind) ||
				CATEGORY_ORDER.indexOf(a.data.category ?? '') - CATEGORY_ORDER.indexOf(b.data.category ?? '') ||
				a.data.title.localeCompare(b.data.title, 'zh-CN'),
		);
}

/** Roles by id, in directory order. */
export async function getRoles(): Promise<Map<string, Role>> {
	const entries = await getCollection('roles');
	return new Map(entries.map(({ data }) => [data.id, data]));
}

export async function getGlossary() {
	const entries = await getCollection('glossary');
	return entries.map(({ data }) => data).sort((a, b) => a.term.localeCompare(b.term, 'zh-CN'));
}

export async function getCalendars() {
	const entries = await getCollection('calendars');
	return entries.map(({ data }) => data).sort((a, b) => b.year - a.year);
}

/** Chapter titles by id, for links from checklists back to chapters. */
export async function getChapterTitles(): Promise<Map<string, string>> {
	const entries = await getCollection('docs');
	return new Map(entries.map(({ id, data }) => [id, data.title]));
}

export const organisation = loadOrganisation();
