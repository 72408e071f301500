/**
 * Figures as the check compares them: the same amount however it is typed. 三十年, 30 年 and ３０年
 * are one value; 天 and 日, 个月 and 月 are one unit. Used wherever prose is matched against
 * content/facts/ (restated or contradicted figures, deadline bands).
 */
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 三十五 → 35, 十二 → 12, 两百 → 200; undefined when it is not a number. */
export function chineseNumber(text: string): number | undefined {
	let total = 0;
	let digit: number | undefined;
	for (const char of text) {
		if (char in DIGITS) digit = DIGITS[char];
		else if (char in UNITS) {
			total += (digit ?? 1) * UNITS[char]!;
			digit = undefined;
		} else return undefined;
	}
	return total + (digit ?? 0);
}

const NUMERAL_BEFORE_UNIT = /[零〇一二两三四五六七八九十百千]+(?=\s*(?:个月|年|月|天|日|周|小时|分钟|倍|万元|元|户|条))/g;

/** Text with figures in one spelling: half-width digits, Arabic numerals before units, 日 for 天, 月 for 个月, no spaces or thousands commas. */
export function normaliseAmounts(text: string): string {
	return text
		.normalize('NFKC')
		.replace(NUMERAL_BEFORE_UNIT, (numeral) => String(chineseNumber(numeral) ?? numeral))
		.replace(/(?<=\d),(?=\d{3})/g, '')
		.replace(/\s+/g, '')
		.replace(/(?<=\d)个月/g, '月')
		.replace(/(?<=\d)天/g, '日');
}

/** A length of time written in prose: 30年, 3月, 15日. Calendar dates (2026年, 3月31日) are not lengths. */
export interface Duration {
	amount: number;
	unit: '年' | '月' | '日';
}

/** The lengths of time in normalised text, leaving out years (2026年) and dates (3月31日, 次月15日). */
export function durations(normalised: string): Duration[] {
	const found: Duration[] = [];
	for (const match of normalised.matchAll(/(?<![\d.])(\d+)(年|月|日)(?!\d*日)/g)) {
		const amount = Number(match[1]);
		const unit = match[2] as Duration['unit'];
		const before = normalised.slice(Math.max(0, match.index - 1), match.index);
		if (unit === '年' && amount >= 1900) continue;
		// 3月31日 / 次月15日 / 每月15日: a day of a month, not a number of days.
		if (unit === '日' && /月$/.test(before)) continue;
		if (unit === '月' && before === '年') continue;
		if (unit === '月' && /^\d+日/.test(normalised.slice(match.index + match[0].length))) continue;
		found.push({ amount, unit });
	}
	return found;
}
