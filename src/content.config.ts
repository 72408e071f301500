import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { ChapterExtensionSchema } from './schemas/chapter.ts';

/**
 * The manual lives in the top-level `content/` so editors never open `src/`. Starlight's
 * `docsLoader()` only reads `src/content/docs`, hence the explicit `glob()` loader.
 */
export const collections = {
	docs: defineCollection({
		loader: glob({ base: './content/chapters', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: ChapterExtensionSchema }),
	}),
};
