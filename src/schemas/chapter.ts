import { z } from 'zod';
import { CalendarDaySchema } from './date.ts';
import { ChecklistIdSchema, RoleIdSchema } from './ids.ts';
import { symptomsSchema } from './symptoms.ts';

/** The manual's parts; each chapter belongs to exactly one. */
export const PARTS = ['运营', '应急', '培训'] as const;
export const PartSchema = z.enum(PARTS);

/**
 * What a chapter adds to Starlight's frontmatter. Splash pages (the home page) are exempt
 * from the editorial fields, so those are checked by `ChapterFieldsSchema` in the content check.
 */
export const ChapterFieldsSchema = z.object({
	/** One-line summary shown under the title and in search results. */
	description: z.string().min(8).max(120).describe('一句话摘要，显示在标题下方和搜索结果中，8 到 120 个字'),
	/** Role that keeps this chapter correct. */
	owner: RoleIdSchema.describe('负责维护本章的岗位 id，见 content/roles/roles.yaml'),
	/** Roles that must read it. */
	audience: z.array(RoleIdSchema).min(1).describe('必须阅读本章的岗位 id 列表，至少一个，例如 [bookkeeper, reviewer]'),
	/** Part of the manual it belongs to. */
	part: PartSchema.describe('所属部分：运营、应急 或 培训'),
	/** Date of the last review, YYYY-MM-DD. */
	reviewed: CalendarDaySchema.describe('最近一次审阅日期，写成 YYYY-MM-DD，例如 2026-11-24'),
	/** Months between reviews. */
	reviewEvery: z.int().min(1).max(36).describe('审阅周期（月），1 到 36 之间的整数，例如 12'),
	/** Checklists this chapter explains. */
	checklists: z.array(ChecklistIdSchema).default([]).describe('本章说明的清单 id 列表，即 content/checklists 下的文件名（不含扩展名）'),
	/** What staff see or say when this chapter applies, for incident chapters (`./symptoms.ts`). */
	symptoms: symptomsSchema('章'),
});

/** Frontmatter extension passed to Starlight's `docsSchema`: optional so splash pages pass. */
export const ChapterExtensionSchema = ChapterFieldsSchema.partial().extend({
	checklists: ChapterFieldsSchema.shape.checklists,
	symptoms: ChapterFieldsSchema.shape.symptoms,
});

export type ChapterFields = z.output<typeof ChapterFieldsSchema>;
