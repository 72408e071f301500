import { problem, type ContentProblem } from './problem.ts';

/**
 * The slips people make typing YAML on a Chinese keyboard, found line by line before the parser
 * runs, because the parser either gives an English message for them or, worse, none: `title：…`
 * and `title:…` are valid YAML text, just not a field. Lines inside block scalars (`detail: |`)
 * and comments are prose and are left alone.
 */
const KEY = String.raw`[A-Za-z_][\w-]*`;
const FULL_WIDTH_COLON = new RegExp(String.raw`^(\s*(?:-\s+)?${KEY}\s*)：`);
const NO_SPACE_AFTER_COLON = new RegExp(String.raw`^(\s*(?:-\s+)?${KEY}):(?=[^\s:/])`);
const NO_SPACE_AFTER_DASH = /^(\s*)-(?=[^\s-])/;
const BLOCK_SCALAR = /:\s*[|>][+-]?\d*\s*(#.*)?$/;

export function yamlSlips(file: string, text: string, lineOffset = 0): ContentProblem[] {
	const problems: ContentProblem[] = [];
	let blockIndent: number | undefined;
	text.split(/\r?\n/).forEach((line, index) => {
		const at = (column: number) => ({ file, line: index + 1 + lineOffset, column });
		const indent = /^[ \t]*/.exec(line)![0].length;
		if (blockIndent !== undefined) {
			if (line.trim() === '' || indent > blockIndent) return;
			blockIndent = undefined;
		}
		if (/^\s*#/.test(line)) return;
		const tab = /^ *\t/.exec(line);
		if (tab) {
			const hint = `第 ${tab[0].length} 个字符是制表符（Tab）：YAML 只能用空格缩进，请换成空格。`;
			problems.push(problem('yaml/tab', { value: line.trim(), hint, ...at(tab[0].length) }));
		}
		let match = FULL_WIDTH_COLON.exec(line);
		if (match) {
			const hint = `字段名后是全角冒号“：”：请改成半角冒号加空格，写成 ${line.trim().replace('：', ': ')}。`;
			problems.push(problem('yaml/full-width-colon', { value: line.trim(), hint, ...at(match[1]!.length + 1) }));
		}
		match = NO_SPACE_AFTER_COLON.exec(line);
		if (match) {
			const hint = `冒号“:”后缺少空格，写成 ${match[1]!.trim()}: ${line.slice(match[0].length + 1).trim()}。`;
			problems.push(problem('yaml/missing-space', { value: line.trim(), hint, ...at(match[1]!.length + 1) }));
		}
		match = NO_SPACE_AFTER_DASH.exec(line);
		if (match) {
			const hint = `列表符号“-”后缺少空格，写成 - ${line.slice(match[0].length + 1).trim()}。`;
			problems.push(problem('yaml/missing-space', { value: line.trim(), hint, ...at(match[1]!.length + 1) }));
		}
		if (BLOCK_SCALAR.test(line)) blockIndent = indent;
	});
	return problems;
}
