import type { APIRoute } from 'astro';
import { organisation } from '../manual/index.ts';
import { webAppManifest } from '../domain/web-app-manifest.ts';

/** The web app manifest (src/domain/web-app-manifest.ts), linked from every page's head. */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(webAppManifest(organisation, import.meta.env.BASE_URL), null, '\t'), {
		headers: { 'content-type': 'application/manifest+json; charset=utf-8' },
	});
