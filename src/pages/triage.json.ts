import type { APIRoute } from 'astro';
import { triageChecklists } from '../manual/triage.ts';

/**
 * Every checklist's severity levels, for the home page's triage (src/components/incidents/SeverityTriage.astro):
 * fetched when a reader opens it, rather than 10 KB written into the home page for the few who do.
 */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await triageChecklists()), { headers: { 'Content-Type': 'application/json' } });
