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
