import { readText } from '../text.ts';
import type { Manual } from '../load.ts';
import { problem, type ContentProblem } from '../problem.ts';

/**
 * Citations of the form 《法规》第N条 in the manual's text. Articles may be written in Chinese
 * numerals (第一百零九条) or digits (第109条); both are read as numbers so they can be checked
 * against the verified list in content/laws/laws.yaml.
 */
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 一百零九 → 109, 十一 → 11, 57 → 57; undefined for anything else. */
export function articleNumber(text: string): number | undefined {
	if (/^\d+$/.test(text)) return Number(text);
	let total = 0;
	let digit = 0;
	for (const char of text) {
		if (char in DIGITS) digit = DIGITS[char]!;
		else if (char in UNITS) {
			total += (digit || 1) * UNITS[char]!;
			digit = 0;
		} else return undefined;
	}
	return total + digit;
}

export interface Citation {
	law: string;
	article: number;
	/** The citation as written, for the message. */
	text: string;
	line: number;
}

// 《法规》 followed closely by one or more 第N条 (e.g. 《数据安全法》第二十九条、第四十五条).
const CITATION = /《([^》]{2,40})》((?:[^。；\n《]{0,12}?第[一二三四五六七八九十百零〇两\d]+条)+)/g;
const ARTICLE = /第([一二三四五六七八九十百零〇两\d]+)条/g;

export function findCitations(text: string): Citation[] {
	const citations: Citation[] = [];
	for (const match of text.matchAll(CITATION)) {
		const line = text.slice(0, match.index).split('\n').length;
		for (const article of match[2]!.matchAll(ARTICLE)) {
			const number = articleNumber(article[1]!);
			if (number !== undefined) citations.push({ law: match[1]!, article: number, text: `《${match[1]}》${article[0]}`, line });
		}
	}
	return citations;
}

/** Every 《法规》第N条 must name a registered law and an article verified in content/laws/laws.yaml. */
export function citationProblems(root: string, files: readonly string[], manual: Manual): ContentProblem[] {
	if (!manual.laws) return [];
	const { file: lawsFile, data: laws } = manual.laws;
	const byName = new Map(laws.flatMap((law) => [law.name, ...law.aliases].map((name) => [name, law] as const)));
	const problems: ContentProblem[] = [];
	for (const file of files.filter((f) => /^content\/(chapters|checklists|facts|documents)\//.test(f))) {
		for (const citation of findCitations(readText(root, file))) {
			const at = { file, field: '正文', value: citation.text, line: citation.line };
			const law = byName.get(citation.law);
			if (!law) {
				const hint = `请先核实原文，并在 ${lawsFile} 中登记该法规及条款；拿不准时不要写条款号，改写为本公司规定。`;
				problems.push(problem('law/unregistered', { ...at, hint }));
			} else if (!law.articles.includes(citation.article)) {
				const verified = law.articles.length ? law.articles.map((n) => `第${n}条`).join('、') : '（无）';
				const hint = `${lawsFile} 中《${law.name}》已核实的条款：${verified}。请改正条款号，或核实后在该文件中登记。`;
				problems.push(problem('law/unverified-article', { ...at, hint }));
			}
		}
	}
	return problems;
}
