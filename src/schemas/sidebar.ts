import { z } from 'zod';

/** A chapter's id: its path under content/chapters without extension. */
export const ChapterIdSchema = z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/);

/** One part of the manual in the sidebar, with its chapters in reading order. */
export const SidebarPartSchema = z.strictObject({
	/** Heading shown in the sidebar, e.g. 运营. */
	label: z.string().min(1),
	/** Chapter ids in the order staff should read them. */
	chapters: z.array(ChapterIdSchema).min(1),
	/** Start folded (for parts read rarely). */
	collapsed: z.boolean().default(false),
});

/** The manual's table of contents: editors add new chapters here. */
export const SidebarSchema = z.array(SidebarPartSchema).min(1);

export type SidebarPart = z.output<typeof SidebarPartSchema>;
export type Sidebar = z.output<typeof SidebarSchema>;
