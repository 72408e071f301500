import { LineCounter, parseDocument, isNode, visit } from 'yaml';
import { problem, type ContentProblem, type Locate } from './problem.ts';
import { yamlSlips } from './yaml-slips.ts';

/** The parser's error codes in the words of the person who made the mistake; others keep the parser's text. */
const YAML_ERRORS: Partial<Record<string, string>> = {
	MISSING_CHAR: '引号或括号没有闭合（缺少结尾的 " 、 ' + "'" + ' 、 ] 或 }）',
	BAD_INDENT: '缩进不对：同一层的字段要对齐，下一层多缩进两个空格',
	TAB_AS_INDENT: '用了制表符（Tab）缩进，YAML 只能用空格',
	DUPLICATE_KEY: '同一个字段名写了两次',
	MULTILINE_IMPLICIT_KEY: '字段名必须写在一行内：多半是上一行缺少冒号，或缩进不对',
	BLOCK_AS_IMPLICIT_KEY: '字段名的位置写成了一段内容：多半是缩进不对或缺少冒号',
	BAD_SCALAR_START: '值不能以这个符号开头：以 - ? : , [ ] { } # & * ! | > \' " % @ ` 开头的文字请加引号',
	UNEXPECTED_TOKEN: '这里有多余的符号',
	MULTIPLE_DOCS: '文件中间多了一行 ---：一个文件只能有一份内容',
	BLOCK_IN_FLOW: '方括号 [ ] 里不能换行写 - 列表',
};

/** A parsed YAML text that can say on which line each field sits. */
export interface ParsedYaml {
	data: unknown;
	/**
	 * With syntax problems: what the parser could still read, and the first line it could not.
	 * Fields wholly above that line are as written, so their own mistakes can be reported in the same round.
	 */
	recovered?: { data: unknown; before: number };
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
	// The parser often reports one mistake several times on one line (a bad indent is also an
	// unclosed flow list and a multi-line key): the editor gets the first, once.
	const lines = new Set<number>();
	const problems: ContentProblem[] = slips.length
		? slips
		: document.errors.flatMap((error) => {
				const line = (error.linePos?.[0].line ?? 1) + lineOffset;
				if (lines.has(line)) return [];
				lines.add(line);
				const reason = YAML_ERRORS[error.code];
				return [
					problem('yaml/syntax', {
						file,
						message: `YAML 格式错误：${reason ?? error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
						hint: '请检查这一行的缩进、冒号后的空格、引号和列表符号“- ”。',
						line,
						column: error.linePos?.[0].col ?? 1,
					}),
				];
			});
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
	if (!problems.length) return { data: document.toJS(), locate, problems };
	let recovered: ParsedYaml['recovered'];
	try {
		// A scalar that runs into the error (an unclosed quote swallows the lines after it) is not as written either.
		const errorAt = document.errors.map((error) => error.pos[0]);
		let before = Math.min(...problems.map((found) => found.line ?? 1));
		visit(document, {
			Scalar(_, node) {
				if (node.range && errorAt.some((at) => node.range![0] < at && at <= node.range![2]))
					before = Math.min(before, lineCounter.linePos(node.range[0]).line + lineOffset);
			},
		});
		recovered = { data: document.toJS(), before };
	} catch {
		recovered = undefined;
	}
	return { data: undefined, locate, problems, ...(recovered ? { recovered } : {}) };
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits an MDX file into its frontmatter and body, keeping the body's first line number. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
	const match = FRONTMATTER.exec(text);
	if (!match) return undefined;
	return { frontmatter: match[1] ?? '', body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
