import type { APIRoute } from 'astro';
import { getSearchVocabulary } from '../search/plan-data.ts';

/** The page count and compounds the search dialog's query planner needs (src/search/weights.ts). */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await getSearchVocabulary()), { headers: { 'Content-Type': 'application/json' } });
