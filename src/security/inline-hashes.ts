import { createHash } from 'node:crypto';

/**
 * Astro's `security.csp` hashes the scripts it bundles, but not `<script is:inline>` blocks
 * (withastro/astro#16664), and Starlight writes several (theme, sidebar state, search button).
 * These pure helpers add each page's own inline scripts to its policy after the build, so the
 * policy stays strict (no `'unsafe-inline'`) and still lets the site's scripts run.
 */
const INLINE_SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/g;
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** `'sha256-…'` of every inline script of a page that the browser would run. */
export function inlineScriptHashes(html: string): string[] {
	const hashes = new Set<string>();
	for (const [, attributes = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
		if (/\ssrc\s*=/.test(attributes) || body === '') continue;
		const type = /\stype\s*=\s*"([^"]*)"/.exec(attributes)?.[1]?.toLowerCase() ?? '';
		if (!EXECUTABLE_TYPES.has(type)) continue; // JSON data blocks are not run
		hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
	}
	return [...hashes];
}

/** The page with its inline scripts' hashes added to the `script-src` of its CSP `<meta>`. */
export function withInlineScriptHashes(html: string): string {
	const hashes = inlineScriptHashes(html);
	if (hashes.length === 0) return html;
	return html.replace(
		/(<meta http-equiv="content-security-policy" content="[^"]*?script-src )([^;"]*)/,
		(_, start: string, sources: string) => {
			const present = new Set(sources.split(/\s+/).filter(Boolean));
			return `${start}${[...present, ...hashes.filter((hash) => !present.has(hash))].join(' ')}`;
		},
	);
}

/** The policy a page's `<meta>` carries, for a server to send as a header too. */
export function pagePolicy(html: string): string | undefined {
	return /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
}

/**
 * One policy that allows what any page's policy allows, for a server header (a header applies to
 * every response, and both it and a page's `<meta>` must pass). `extra` adds directives only a
 * header can carry, such as `frame-ancestors 'none'`.
 */
export function unionPolicy(policies: readonly string[], extra: readonly string[] = []): string {
	const directives = new Map<string, Set<string>>();
	for (const policy of [...policies, ...extra])
		for (const directive of policy.split(';')) {
			const [name, ...sources] = directive.trim().split(/\s+/);
			if (!name) continue;
			const known = directives.get(name) ?? new Set<string>();
			for (const source of sources) known.add(source);
			directives.set(name, known);
		}
	return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
