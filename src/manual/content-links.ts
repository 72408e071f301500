import { defineMdastPlugin } from 'satteri';
import { withBase } from '../domain/routes.ts';

/** JSX props that hold a link in the components chapters use (`<LinkCard href="/…">`). */
const LINK_PROPS = new Set(['href']);

type JsxAttributes = readonly { type: string; name?: string; value?: unknown }[];

/**
 * Editors write links between pages as site paths (`/emergency/framework/`), the same on every
 * deploy, and the content check resolves them as such. This Sätteri plugin (Astro 7's Markdown
 * processor, which knows nothing of the base) turns them into hrefs under the deploy's `base` as
 * chapters are rendered, so a sub-path deploy needs only `site.base` changed.
 */
export function contentLinksUnder(base: string) {
	const rebase = withBase(base);
	/**
	 * A JSX element's link props, rebased. Sätteri edits attributes only by replacing the element,
	 * so a changed element is swapped for a copy (its children are the same nodes).
	 */
	const rebaseProps = <N extends { attributes: JsxAttributes }>(node: N, context: { replaceNode: (node: N, replacement: N) => void }) => {
		let changed = false;
		const attributes = node.attributes.map((attribute) => {
			if (attribute.type !== 'mdxJsxAttribute' || !LINK_PROPS.has(attribute.name ?? '') || typeof attribute.value !== 'string')
				return attribute;
			const value = rebase(attribute.value);
			changed ||= value !== attribute.value;
			return { ...attribute, value };
		});
		if (changed) context.replaceNode(node, { ...node, attributes });
	};
	return defineMdastPlugin({
		name: 'manual:content-links-under-base',
		link(node, context) {
			if (rebase(node.url) !== node.url) context.setProperty(node, 'url', rebase(node.url));
		},
		definition(node, context) {
			if (rebase(node.url) !== node.url) context.setProperty(node, 'url', rebase(node.url));
		},
		mdxJsxFlowElement: rebaseProps,
		mdxJsxTextElement: rebaseProps,
	});
}
