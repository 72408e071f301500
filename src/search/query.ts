/**
 * Turns what staff type into what Pagefind should look for. Pagefind requires every word of a
 * query to be on a page, so the particles and question words of an everyday question
 * (“电脑中毒了怎么办”) would rule out the very page that answers it. They are dropped here,
 * before the query planner (`./planner.ts`) decides what to search.
 */

/** Question phrases removed before the query is cut into words. */
const FILLER_PHRASES = /是什么意思|什么意思|怎么办|咋办|怎么弄|怎么处理|怎么做|如何处理|该怎么|什么意思|是什么|有哪些|在哪里|在哪儿|在哪/g;

/** Words that carry no subject: particles, pronouns, question and modal words. */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
	(
		'了 吗 呢 啊 吧 呀 哦 嘛 啦 的 得 地 着 过 么 ' +
		'怎么 怎样 怎么样 如何 咋 为什么 为啥 什么 啥 哪 哪里 哪儿 谁 谁是 几 多久 多少 ' +
		'是 是不是 有 有没有 没 没有 要 要不要 该 应该 需要 得要 能 能不 能不能 可以 可不可以 会 想 ' +
		'我 我们 咱们 你 你们 他 她 它 他们 这 那 这个 那个 这些 那些 一下 一个 一家 ' +
		'还 就 都 又 也 才 再 一直 总是 老是 已经 马上 赶紧 突然 ' +
		'请问 请 帮 帮忙 被 把 给 让 来 去 问 出了 别的 其他 其它 哪些 包括 一些 之类'
	).split(' '),
);

/**
 * Whether a word carries no subject: a filler word, or one the segmenter made of filler words
 * alone (就要, 想把, 还要: 就, 要, 想, 把 each say nothing), which the index holds only where a
 * page happens to say it, so it would weigh as a rare word.
 */
export function isFiller(word: string): boolean {
	return FILLER_WORDS.has(word) || ([...word].length > 1 && [...word].every((character) => FILLER_WORDS.has(character)));
}

/**
 * Single characters the segmenter splits off the end of a compound it does not know
 * (办公|室, 税务|局, 申报|表). The index keeps such compounds whole (办公室), and Pagefind matches
 * words by their beginning, so the stray character would match nothing on the right page; the
 * word before it (办公) already finds the compound.
 */
export const COMPOUND_TAILS: ReadonlySet<string> = new Set('室 局 厅 处 科 所 站 部 表 单 册 簿'.split(' '));

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** The query with its question phrases (怎么办, 是什么) replaced by spaces. */
export function withoutFillerPhrases(query: string): string {
	return query.replace(FILLER_PHRASES, ' ');
}

/** The words of a query that carry its subject, in order; empty for a query made only of filler. */
export function queryWords(query: string): string[] {
	const words: string[] = [];
	let previous = '';
	for (const { segment, isWordLike } of segmenter.segment(withoutFillerPhrases(query))) {
		const tail = COMPOUND_TAILS.has(segment) && [...previous].length > 1;
		previous = isWordLike ? segment : '';
		if (isWordLike && !isFiller(segment) && !tail) words.push(segment);
	}
	return words;
}

/** Whether the query is quoted, which Pagefind searches as an exact phrase. */
export function isQuoted(query: string): boolean {
	return /^\s*".+"\s*$/.test(query);
}

/**
 * The query without filler, its remaining words separated by spaces. A query made only of filler
 * is returned unchanged, so searching “是什么” still searches, and so is a quoted query, which
 * Pagefind searches as an exact phrase.
 */
export function normaliseQuery(query: string): string {
	if (isQuoted(query)) return query;
	const words = queryWords(query);
	return words.length > 0 ? words.join(' ') : query.trim();
}
