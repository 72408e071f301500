import { z } from 'zod';

/** The manual's parts; each chapter belongs to exactly one. */
export const PARTS = ['运营', '应急', '培训'] as const;
export const PartSchema = z.enum(PARTS);

export const RoleIdSchema = z.string().regex(/^[a-z0-9-]+$/, '岗位 id 只能用小写字母、数字和连字符');
export const ChecklistIdSchema = z.string().regex(/^[a-z0-9-]+$/, '清单 id 只能用小写字母、数字和连字符');

/**
 * What a chapter adds to Starlight's frontmatter. Splash pages (the home page) are exempt
 * from the editorial fields, so those are checked by `ChapterFieldsSchema` in the content check.
 */
export const ChapterFieldsSchema = z.object({
	/** One-line summary shown under the title and in search results. */
	description: z.string().min(8).max(120),
	/** Role that keeps this chapter correct. */
	owner: RoleIdSchema,
	/** Roles that must read it. */
	audience: z.array(RoleIdSchema).min(1),
	/** Part of the manual it belongs to. */
	part: PartSchema,
	/** Date of the last review, YYYY-MM-DD. */
	reviewed: z.coerce.date(),
	/** Months between reviews. */
	reviewEvery: z.int().min(1).max(36),
	/** Checklists this chapter explains. */
	checklists: z.array(ChecklistIdSchema).default([]),
});

/** Frontmatter extension passed to Starlight's `docsSchema`: optional so splash pages pass. */
export const ChapterExtensionSchema = ChapterFieldsSchema.partial().extend({
	checklists: z.array(ChecklistIdSchema).default([]),
});

export type ChapterFields = z.output<typeof ChapterFieldsSchema>;
