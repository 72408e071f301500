import { INCIDENT_CATEGORIES, type Checklist, type IncidentCategory } from '../schemas/checklist.ts';
import type { Contact } from '../schemas/organisation.ts';
import { links } from './routes.ts';

/**
 * The incident side of the manual as the home page and the incident pages present it:
 * one entry per category, the checklists behind it, and the contacts that apply.
 */
export interface ChecklistLike {
	id: string;
	data: Pick<Checklist, 'kind' | 'category' | 'title' | 'summary' | 'appliesWhen'> & { severities: readonly { id: string }[] };
}

export interface IncidentChoice {
	id: string;
	title: string;
	/** One line: when this checklist applies. */
	line: string;
	href: string;
	/** Starts a run at once at the highest level: used when a category offers a choice, so the choice is the first tap. */
	startHref: string;
}

export interface IncidentEntry {
	category: IncidentCategory;
	label: string;
	/** One or more; with several the home page offers a short choice. */
	checklists: IncidentChoice[];
}

/** The contacts block's heading, also listed in the incident chapters' tables of contents. */
export const CONTACTS_HEADING = { slug: 'contacts-title', text: '应急联系人' } as const;

export const CATEGORY_ORDER = Object.keys(INCIDENT_CATEGORIES) as IncidentCategory[];

/** One entry per incident category that has a checklist, in the categories' order. */
export function incidentEntries(checklists: readonly ChecklistLike[]): IncidentEntry[] {
	return CATEGORY_ORDER.map((category) => ({
		category,
		label: INCIDENT_CATEGORIES[category],
		checklists: checklists
			.filter(({ data }) => data.kind === 'incident' && data.category === category)
			.map(({ id, data }) => ({
				id,
				title: data.title,
				line: data.appliesWhen ?? data.summary,
				href: links.checklist(id),
				startHref: links.checklistStart(id, data.severities[0]?.id ?? ''),
			})),
	})).filter((entry) => entry.checklists.length > 0);
}

/** Categories of the incident checklists among `ids`, in the categories' order. */
export function categoriesOf(ids: readonly string[], checklists: readonly ChecklistLike[]): IncidentCategory[] {
	const found = new Set(checklists.filter(({ id, data }) => ids.includes(id) && data.kind === 'incident').map(({ data }) => data.category));
	return CATEGORY_ORDER.filter((category) => found.has(category));
}

/**
 * The incident categories a chapter serves: a chapter of the 应急 part that lists at least one
 * incident checklist is an incident chapter and shows the contacts block. Empty for any other page.
 */
export function chapterIncidentCategories(
	data: { part?: string | undefined; checklists?: readonly string[] | undefined },
	checklists: readonly ChecklistLike[],
): IncidentCategory[] {
	return data.part === '应急' ? categoriesOf(data.checklists ?? [], checklists) : [];
}

/**
 * Contacts to show for incidents of these categories: those with no categories everywhere, the
 * others only where one of their categories applies. Without categories (the contacts page) all of them.
 */
export function contactsFor<C extends Pick<Contact, 'categories'>>(contacts: readonly C[], categories?: readonly IncidentCategory[]): C[] {
	if (!categories) return [...contacts];
	return contacts.filter(
		(contact) => contact.categories.length === 0 || contact.categories.some((category) => categories.includes(category)),
	);
}
