import type { Manual } from '../load.ts';
import { problem, type ContentProblem } from '../problem.ts';
import { readText } from '../text.ts';
import { splitFrontmatter } from '../yaml.ts';

const FENCE = /^\s*(`{3,}|~{3,})/;
const OPENS = /^\s*(:{3,})([A-Za-z][\w-]*)/;
const CLOSES = /^\s*(:{3,})\s*$/;

/**
 * `:::tip … :::` containers that are never closed: the renderer swallows everything after the
 * opening line into the box, so the rest of the chapter publishes inside a tip. Code blocks are
 * skipped; a closing line closes the innermost box with as many colons or fewer.
 */
export function unclosedContainerProblems(manual: Manual, root: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const chapter of manual.chapters) {
		const parts = splitFrontmatter(readText(root, chapter.file));
		const body = parts?.body ?? readText(root, chapter.file);
		const firstLine = parts?.bodyLine ?? 1;
		const open: { name: string; colons: number; line: number; text: string }[] = [];
		let fence: string | undefined;
		body.split('\n').forEach((text, index) => {
			const marker = FENCE.exec(text)?.[1];
			if (fence) {
				if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
				return;
			}
			if (marker) {
				fence = marker;
				return;
			}
			const closing = CLOSES.exec(text);
			if (closing) {
				const at = open.findLastIndex((box) => box.colons <= closing[1]!.length);
				if (at >= 0) open.splice(at);
				return;
			}
			const opening = OPENS.exec(text);
			if (opening) open.push({ name: opening[2]!, colons: opening[1]!.length, line: firstLine + index, text: text.trim() });
		});
		for (const box of open)
			problems.push(
				problem('mdx/unclosed-container', {
					file: chapter.file,
					field: '正文',
					value: box.text.slice(0, 40),
					message: `第 ${box.line} 行开始的提示框 :::${box.name} 没有结束`,
					hint: `提示框后面的正文都会被装进这个框里：在提示框内容的最后另起一行，写 ${':'.repeat(box.colons)}。`,
					line: box.line,
				}),
			);
	}
	return problems;
}

/**
 * `{…}` in a chapter's text: MDX runs it as JavaScript when the page is built, so a brace typed as
 * punctuation either breaks the build (reported against the bound manual, not this chapter) or
 * prints something no editor wrote. Reported here, where it was typed.
 */
export function expressionProblems(manual: Manual): ContentProblem[] {
	return manual.chapters.flatMap(({ file, expressions }) =>
		expressions.map(({ text, line, column }) =>
			problem('mdx/expression', {
				file,
				field: '正文',
				value: `{${text}}`.slice(0, 40),
				hint: '花括号 { } 在 MDX 中表示要执行的代码：只是想写括号，请改用全角“｛｝”或“（）”；要显示法律数字，用 <LegalFact id="…" />。',
				line,
				column,
			}),
		),
	);
}
