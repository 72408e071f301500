import type { APIRoute } from 'astro';
import { organisation } from '../manual/index.ts';

/** An internal manual asks every crawler to stay out; a public one points them to its sitemap. */
export const GET: APIRoute = ({ site }) =>
	new Response(
		organisation.site.public
			? `User-agent: *\nAllow: /\nSitemap: ${new URL('sitemap-index.xml', new URL(import.meta.env.BASE_URL, site)).href}\n`
			: 'User-agent: *\nDisallow: /\n',
		{ headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
	);
