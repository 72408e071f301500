import { z } from 'zod';
import { IncidentCategorySchema } from './checklist.ts';

/** One number to call in an incident, shown with a `tel:` link. */
export const ContactSchema = z.strictObject({
	/** Stable id, used by pages that pick a contact. */
	id: z.string().regex(/^[a-z0-9-]+$/),
	/** Who answers, in Chinese, e.g. 应急负责人（值班）. */
	label: z.string().min(2),
	/** The role this contact stands for, when it is an internal one. */
	role: z.string().optional(),
	/** Phone number; empty means the agency has not filled it in yet. */
	phone: z.string().regex(/^[0-9+\- ]*$/).default(''),
	/** When to call this contact. */
	when: z.string().min(2),
	/** Outside the agency (police, hotlines, vendors). */
	external: z.boolean().default(false),
	/**
	 * Incident categories whose checklists and chapters list this contact; empty means all of them.
	 * The contacts page always lists every contact.
	 */
	categories: z.array(IncidentCategorySchema).default([]).describe('只在这些应急类别的清单和章节中显示，例如 [cyber-data-leak, media-crisis]；不写表示全部显示'),
});

/** The agency's identity: the one place for its name, the site's address and the repository. */
export const OrganisationSchema = z.strictObject({
	/** Registered name, printed on every checklist. */
	name: z.string().min(2),
	/** Short name for tight spaces such as the phone header. */
	shortName: z.string().min(2),
	/** Title of the site, shown in the header and the browser tab. */
	siteTitle: z.string().min(2),
	site: z.object({
		/** Public origin of the deployed site, used for canonical URLs and printed page links. */
		url: z.url(),
		/** Path the site is served under; `/` unless deployed in a sub-folder. */
		base: z.string().regex(/^\/([^/]+\/)*$/).default('/'),
	}),
	repository: z.object({
		/** Web address of the repository; edit links point into it. */
		url: z.url(),
		/** Branch editors open pull requests against. */
		branch: z.string().min(1).default('main'),
	}),
	/** Emergency contacts, in the order they are usually called. */
	contacts: z.array(ContactSchema).min(1),
});

export type OrganisationUserInput = z.input<typeof OrganisationSchema>;
export type Organisation = z.output<typeof OrganisationSchema>;
export type Contact = z.output<typeof ContactSchema>;
