import { createHash } from 'node:crypto';

/**
 * Astro's `security.csp` hashes the scripts it bundles, but not `<script is:inline>` blocks
 * (withastro/astro#16664), and Starlight writes several (theme, sidebar state, search button).
 * Starlight also writes `style` attributes (`--sl-icon-size`, `--depth`, the search dialog's
 * `padding:0`…). These pure helpers add each page's own inline scripts and style attributes to its
 * policy after the build, so the policy stays strict (no `'unsafe-inline'` anywhere) and still lets
 * the site's scripts run and Starlight's attributes apply.
 */
const sha256Source = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const INLINE_SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/g;
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** `'sha256-…'` of every inline script of a page that the browser would run. */
export function inlineScriptHashes(html: string): string[] {
	const hashes = new Set<string>();
	for (const [, attributes = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
		if (/\ssrc\s*=/.test(attributes) || body === '') continue;
		const type = /\stype\s*=\s*"([^"]*)"/.exec(attributes)?.[1]?.toLowerCase() ?? '';
		if (!EXECUTABLE_TYPES.has(type)) continue; // JSON data blocks are not run
		hashes.add(sha256Source(body));
	}
	return [...hashes];
}

/** The page with its inline scripts' hashes added to the `script-src` of its CSP `<meta>`. */
export function withInlineScriptHashes(html: string): string {
	const hashes = inlineScriptHashes(html);
	return hashes.length === 0 ? html : withSources(html, 'script-src', hashes);
}

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/;

/** Adds sources to one directive of the page's CSP `<meta>` (appended when the page has no such directive). */
function withSources(html: string, directive: string, sources: readonly string[]): string {
	return html.replace(CSP_META, (meta: string, policy: string) => {
		const existing = new RegExp(`(^|;)(\\s*)${directive} ([^;]*)`).exec(policy);
		let updated: string;
		if (existing) {
			const present = existing[3]!.split(/\s+/).filter(Boolean);
			const all = [...present, ...sources.filter((source) => !present.includes(source))];
			const start = existing.index + existing[1]!.length + existing[2]!.length;
			updated = `${policy.slice(0, start)}${directive} ${all.join(' ')}${policy.slice(existing.index + existing[0].length)}`;
		} else updated = `${policy.replace(/;?\s*$/, ';')} ${directive} ${sources.join(' ')};`;
		return meta.replace(policy, () => updated);
	});
}

/** `style="…"` and `style='…'` on any element, the value as written. */
const STYLE_ATTRIBUTE = /\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const NAMED_REFERENCES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

/** The attribute value the browser sees, which is what it hashes: character references decoded. */
function decodeAttribute(value: string): string {
	return value.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (reference: string, name: string) => {
		if (/^#x/i.test(name)) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
		if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
		return NAMED_REFERENCES[name.toLowerCase()] ?? reference;
	});
}

/** `'sha256-…'` of every distinct `style` attribute value on the page. */
export function styleAttributeHashes(html: string): string[] {
	const hashes = new Set<string>();
	for (const [, double, single] of html.matchAll(STYLE_ATTRIBUTE)) hashes.add(sha256Source(decodeAttribute(double ?? single ?? '')));
	return [...hashes];
}

/**
 * The page with its style attributes' hashes added to the `style-src-attr` of its CSP `<meta>`.
 * A hash matches a style attribute only next to `'unsafe-hashes'` (CSP Level 3), so that comes too:
 * exactly these values apply, where `'unsafe-inline'` would let any injected attribute through.
 */
export function withStyleAttributeHashes(html: string): string {
	const hashes = styleAttributeHashes(html);
	return hashes.length === 0 ? html : withSources(html, 'style-src-attr', ["'unsafe-hashes'", ...hashes]);
}

/** The policy a page's `<meta>` carries, for a server to send as a header too. */
export function pagePolicy(html: string): string | undefined {
	return CSP_META.exec(html)?.[1];
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
