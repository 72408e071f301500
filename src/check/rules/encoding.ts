import { problem, type ContentProblem } from '../problem.ts';
import { readBytes } from '../text.ts';

const STRICT = new TextDecoder('utf-8', { fatal: true });

/** 1-based line and column of the character at `index`. */
function position(text: string, index: number): { line: number; column: number } {
	const before = text.slice(0, index).split('\n');
	return { line: before.length, column: Array.from(before.at(-1) ?? '').length + 1 };
}

/**
 * Every content file is UTF-8 text without replacement characters (U+FFFD). A file saved as GBK
 * (“ANSI” in Windows Notepad) reads as mojibake, and a copy through a tool that already lost the
 * characters holds U+FFFD: either way readers would see “�” where the Chinese was.
 */
export function encodingProblems(root: string, files: readonly string[]): ContentProblem[] {
	return files.flatMap((file) => {
		const bytes = readBytes(root, file);
		let valid = true;
		try {
			STRICT.decode(bytes);
		} catch {
			valid = false;
		}
		const text = bytes.toString('utf8');
		const index = text.indexOf('\uFFFD');
		if (index < 0) return [];
		const where = position(text, index);
		const line = text.split('\n')[where.line - 1] ?? '';
		return [
			problem('file/encoding', {
				file,
				message: valid ? '文件中有替换字符“�”（原来的文字已经丢失）' : '文件不是 UTF-8 编码（多半是用 GBK/ANSI 保存的）',
				value: line.trim().slice(0, 40),
				hint: valid
					? '“�”是文字在复制或转换时丢失后留下的符号：请对照原文把这一行（以及文件中其他“�”）重新输入。'
					: '手册的文件必须用 UTF-8 保存：请在编辑器中选“另存为”，编码选 UTF-8，再检查中文是否正常；已经变成乱码的地方对照原文重新输入。',
				...where,
			}),
		];
	});
}
