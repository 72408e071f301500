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

/** A JSX element written in a chapter (`<LinkCard href="…">`, or raw HTML such as `<script>`). */
export interface WrittenElement {
	name: string;
	/** Attributes with a literal value; `true` for a bare attribute, undefined for an expression. */
	attributes: { name: string; value: string | true | undefined }[];
	line: number;
	column: number;
}

/** An `import` at the top of a chapter. */
export interface WrittenImport {
	source: string;
	/** The local names it binds. */
	names: string[];
	line: number;
	column: number;
}

/** What the content check needs from a chapter body. */
export interface ChapterOutline {
	/** Heading anchors as the site renders them (github-slugger, as Astro does). */
	anchors: string[];
	links: WrittenLink[];
	/** Markdown images (`![说明](地址)`). */
	images: WrittenLink[];
	elements: WrittenElement[];
	imports: WrittenImport[];
	/** `{…}` expressions in the body (MDX comments left out): MDX runs them as code. */
	expressions: WrittenExpression[];
}

/** A `{…}` expression written in a chapter body. */
export interface WrittenExpression {
	text: string;
	line: number;
	column: number;
}

interface EstreeImport {
	type: string;
	source?: { value?: unknown };
	specifiers?: { local?: { name?: string } }[];
}

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkDirective);

/** Parses MDX; throws the MDX parser's own error (with its position) on bad syntax. */
export function parseMdx(text: string): Root {
	return parser.parse(text);
}

/**
 * A heading's text as the site renders it. remark-directive reads "17:00" as the text directive
 * `:00`; the site (Starlight) writes a directive it does not know back as the text it was, so the
 * anchor of "截止日 17:00 以后" is 截止日-1700-以后 there, and must be here too.
 */
function headingText(node: Node): string {
	if (node.type === 'textDirective') {
		const { name, children = [] } = node as Node & { name: string; children?: Node[] };
		return `:${name}${children.length > 0 ? `[${children.map(headingText).join('')}]` : ''}`;
	}
	const children = (node as Node & { children?: Node[] }).children;
	return children ? children.map(headingText).join('') : toString(node);
}

export function outline(tree: Root): ChapterOutline {
	const slugger = new GithubSlugger();
	const anchors: string[] = [];
	const links: WrittenLink[] = [];
	const images: WrittenLink[] = [];
	const elements: WrittenElement[] = [];
	const imports: WrittenImport[] = [];
	const expressions: WrittenExpression[] = [];
	const at = (node: Node) => ({
		line: node.position?.start.line ?? 1,
		column: node.position?.start.column ?? 1,
	});
	visit(tree, (node) => {
		if (node.type === 'heading') anchors.push(slugger.slug(headingText(node)));
		// Reference-style links ([text][ref]) take their address from the definition ([ref]: /a/b/).
		else if (node.type === 'link' || node.type === 'definition') links.push({ url: node.url, ...at(node) });
		else if (node.type === 'image') images.push({ url: node.url, ...at(node) });
		else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			const attributes: WrittenElement['attributes'] = [];
			for (const attribute of node.attributes) {
				if (attribute.type !== 'mdxJsxAttribute') continue;
				const value =
					attribute.value === null || attribute.value === undefined
						? true
						: typeof attribute.value === 'string'
							? attribute.value
							: undefined;
				attributes.push({ name: attribute.name, value });
				if (attribute.name === 'href' && typeof value === 'string') links.push({ url: value, ...at(node) });
			}
			// A fragment (`<>…</>`) has no name.
			if (node.name) elements.push({ name: node.name, attributes, ...at(node) });
		} else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
			if (!/^\s*(\/\*[\s\S]*\*\/\s*)*$/.test(node.value)) expressions.push({ text: node.value.trim(), ...at(node) });
		} else if (node.type === 'mdxjsEsm') {
			const body = ((node.data as { estree?: { body?: EstreeImport[] } } | undefined)?.estree?.body ?? []).filter(
				(statement) => statement.type === 'ImportDeclaration',
			);
			for (const statement of body)
				imports.push({
					source: String(statement.source?.value ?? ''),
					names: (statement.specifiers ?? []).map((specifier) => specifier.local?.name ?? '').filter(Boolean),
					...at(node),
				});
		}
	});
	return { anchors, links, images, elements, imports, expressions };
}
