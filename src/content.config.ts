import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { parse } from 'yaml';
import { FilingCalendarSchema } from './schemas/calendar.ts';
import { ChapterExtensionSchema } from './schemas/chapter.ts';
import { ChecklistSchema } from './schemas/checklist.ts';
import { GlossaryEntrySchema } from './schemas/glossary.ts';
import { RoleSchema } from './schemas/role.ts';
import { CONTENT } from './manual/paths.ts';

/**
 * The manual lives in the top-level `content/` so editors never open `src/`. Starlight's
 * `docsLoader()` only reads `src/content/docs`, hence the explicit `glob()` loader. The schemas
 * are the same ones `npm run check` applies, so pages receive exactly what the check validated.
 */
export const collections = {
	docs: defineCollection({
		loader: glob({ base: CONTENT.chapters, pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: ChapterExtensionSchema }),
	}),
	checklists: defineCollection({
		loader: glob({ base: CONTENT.checklists, pattern: '[^_]*.{yaml,yml}' }),
		schema: ChecklistSchema,
	}),
	roles: defineCollection({
		loader: file(CONTENT.roles),
		schema: RoleSchema,
	}),
	glossary: defineCollection({
		// Terms have no id field: the term itself is the id.
		loader: file(CONTENT.glossary, {
			parser: (text) => (parse(text) as { term: string }[]).map((entry) => ({ id: entry.term, ...entry })),
		}),
		schema: GlossaryEntrySchema,
	}),
	calendars: defineCollection({
		loader: glob({ base: CONTENT.calendar, pattern: '[^_]*.{yaml,yml}' }),
		schema: FilingCalendarSchema,
	}),
};
