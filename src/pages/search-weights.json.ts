import type { APIRoute } from 'astro';
import { getSearchWeights } from '../search/plan-data.ts';

/** The word rarities the search dialog's query planner ranks by (src/search/weights.ts). */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await getSearchWeights()), { headers: { 'Content-Type': 'application/json' } });
