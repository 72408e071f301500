/**
 * What the build may write into a page instead of a file of its own: small scripts, nothing else.
 *
 * Astro inlines a component's script that imports nothing when Vite's `assetsInlineLimit` lets it
 * (Starlight's theme, language, sidebar, table-of-contents and page scripts): eight or nine fewer
 * requests on every page, as bare Starlight makes. The policy stays strict: the build hashes every
 * inline script into each page's `script-src` (`inline-hashes.ts`), never `'unsafe-inline'`.
 * Stylesheets, images and fonts stay files: a stylesheet inlined would be a `<style>` element the
 * policy does not hash, an image or a font a `data:` URL it does not allow for fonts.
 */
export const INLINE_SCRIPT_BYTES = 4096;

/** Vite's `build.assetsInlineLimit` as a function: `true` to inline the file, `false` to keep it a file. */
export function inlineSmallScripts(file: string, content: Buffer): boolean {
	return /\.m?js$/.test(file) && content.length < INLINE_SCRIPT_BYTES;
}
