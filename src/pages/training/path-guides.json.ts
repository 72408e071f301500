import type { APIRoute } from 'astro';
import { getItemTitles } from '../../manual/index.ts';
import { pathGuides } from '../../manual/training.ts';

/**
 * Every learning path and the chapters' current editions, for "回到学习路径 · 下一项" under a chapter
 * (src/client/training/chapter-training.ts): one file the offline copy keeps, rather than the same
 * 60 KB written into every chapter on a path.
 */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(pathGuides(await getItemTitles())), { headers: { 'Content-Type': 'application/json' } });
