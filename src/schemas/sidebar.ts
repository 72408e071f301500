import { z } from 'zod';
import { ChapterIdSchema } from './ids.ts';

/** One part of the manual in the sidebar, with its chapters in reading order. */
export const SidebarPartSchema = z.strictObject({
	/** Heading shown in the sidebar, e.g. 运营. */
	label: z.string().min(1).describe('侧边栏中这一部分的标题，例如 运营'),
	/** Chapter ids in the order staff should read them. */
	chapters: z.array(ChapterIdSchema).min(1).describe('本部分的章节 id，按阅读顺序排列，例如 emergency/framework'),
	/** Start folded (for parts read rarely). */
	collapsed: z.boolean().default(false).describe('是否默认折叠：true 或 false'),
});

/** The manual's table of contents: editors add new chapters here. */
export const SidebarSchema = z.array(SidebarPartSchema).min(1).describe('侧边栏的各个部分，至少一个');

export type SidebarPart = z.output<typeof SidebarPartSchema>;
export type Sidebar = z.output<typeof SidebarSchema>;
