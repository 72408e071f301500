import { LineCounter, parseDocument, isNode } from 'yaml';
import { problem, type ContentProblem, type Locate } from './problem.ts';
import { yamlSlips } from './yaml-slips.ts';

/** A parsed YAML text that can say on which line each field sits. */
export interface ParsedYaml {
	data: unknown;
	locate: Locate;
	problems: ContentProblem[];
}

/**
 * Parses YAML keeping positions. `lineOffset` shifts lines for YAML embedded in another file
 * (a chapter's frontmatter starts on line 2).
 */
export function parseYaml(file: string, text: string, lineOffset = 0): ParsedYaml {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, uniqueKeys: true });
	// A slip explains the parser's errors (or their absence) in words an editor can act on.
	const slips = yamlSlips(file, text, lineOffset);
	const problems: ContentProblem[] = slips.length
		? slips
		: document.errors.map((error) =>
				problem('yaml/syntax', {
					file,
					message: `YAML 格式错误：${error.message.split('\n')[0]}`,
					hint: '请检查这一行的缩进、冒号后的空格、引号和列表符号“- ”。',
					line: (error.linePos?.[0].line ?? 1) + lineOffset,
					column: error.linePos?.[0].col ?? 1,
				}),
			);
	const locate: Locate = (path) => {
		// A missing field has no node: point at the nearest parent that exists.
		for (let depth = path.length; depth >= 0; depth--) {
			const node = document.getIn(path.slice(0, depth) as unknown[], true);
			if (isNode(node) && node.range) {
				const position = lineCounter.linePos(node.range[0]);
				return { line: position.line + lineOffset, column: position.col };
			}
		}
		return undefined;
	};
	return { data: problems.length ? undefined : document.toJS(), locate, problems };
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits an MDX file into its frontmatter and body, keeping the body's first line number. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
	const match = FRONTMATTER.exec(text);
	if (!match) return undefined;
	return { frontmatter: match[1] ?? '', body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
