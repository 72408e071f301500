import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { Node } from 'unist';

/** A link written in a chapter, with where it sits. */
export interface WrittenLink {
	url: string;
	line: number;
	column: number;
}

/** What the content check needs from a chapter body. */
export interface ChapterOutline {
	/** Heading anchors as the site renders them (github-slugger, as Astro does). */
	anchors: string[];
	links: WrittenLink[];
}

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkDirective);

/** Parses MDX; throws the MDX parser's own error (with its position) on bad syntax. */
export function parseMdx(text: string): Root {
	return parser.parse(text);
}

export function outline(tree: Root): ChapterOutline {
	const slugger = new GithubSlugger();
	const anchors: string[] = [];
	const links: WrittenLink[] = [];
	const at = (node: Node) => ({
		line: node.position?.start.line ?? 1,
		column: node.position?.start.column ?? 1,
	});
	visit(tree, (node) => {
		if (node.type === 'heading') anchors.push(slugger.slug(toString(node)));
		// Reference-style links ([text][ref]) take their address from the definition ([ref]: /a/b/).
		else if (node.type === 'link' || node.type === 'definition') links.push({ url: node.url, ...at(node) });
		else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			for (const attribute of node.attributes) {
				if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href' && typeof attribute.value === 'string')
					links.push({ url: attribute.value, ...at(node) });
			}
		}
	});
	return { anchors, links };
}
