import { getCollection } from 'astro:content';
import { CATEGORY_ORDER } from '../domain/incidents.ts';
import { CHECKLIST_KINDS, type Checklist, type ChecklistKind } from '../schemas/checklist.ts';
import type { Role } from '../schemas/role.ts';

/**
 * Astro's collections, each read, filtered and ordered once per build (as withastro/docs'
 * `src/content.ts` does); pages and components import these lists and never call
 * `getCollection` themselves.
 */
export interface ChecklistEntry {
	id: string;
	data: Checklist;
}

/** The first call's promise, shared by every later caller. */
function once<T>(read: () => Promise<T>): () => Promise<T> {
	let result: Promise<T> | undefined;
	return () => (result ??= read());
}

const KIND_ORDER = Object.keys(CHECKLIST_KINDS) as ChecklistKind[];
const categoryRank = (checklist: Checklist) => (checklist.category ? CATEGORY_ORDER.indexOf(checklist.category) : -1);

/** Checklists ordered as the checklists page lists them: by kind, then category, then title. */
export const getChecklists = once(async (): Promise<ChecklistEntry[]> => {
	const entries = await getCollection('checklists');
	return entries
		.map(({ id, data }) => ({ id, data }))
		.sort(
			(a, b) =>
				KIND_ORDER.indexOf(a.data.kind) - KIND_ORDER.indexOf(b.data.kind) ||
				categoryRank(a.data) - categoryRank(b.data) ||
				a.data.title.localeCompare(b.data.title, 'zh-CN'),
		);
});

/** Roles by id, in directory order. */
export const getRoles = once(async (): Promise<Map<string, Role>> => {
	const entries = await getCollection('roles');
	return new Map(entries.map(({ data }) => [data.id, data]));
});

export const getGlossary = once(async () => {
	const entries = await getCollection('glossary');
	return entries.map(({ data }) => data).sort((a, b) => a.term.localeCompare(b.term, 'zh-CN'));
});

/** Filing calendars, newest year first. */
export const getCalendars = once(async () => {
	const entries = await getCollection('calendars');
	return entries.map(({ data }) => data).sort((a, b) => b.year - a.year);
});

/** Every chapter entry, the home page included. */
export const getChapters = once(() => getCollection('docs'));

/** Chapter titles by id, for links from checklists back to chapters. */
export const getChapterTitles = once(
	async (): Promise<Map<string, string>> => new Map((await getChapters()).map(({ id, data }) => [id, data.title])),
);

/** Chapter and checklist titles by id: what a learning path's items are called. */
export const getItemTitles = once(
	async (): Promise<Map<string, string>> =>
		new Map([...(await getChapterTitles()), ...(await getChecklists()).map(({ id, data }) => [id, data.title] as const)]),
);
