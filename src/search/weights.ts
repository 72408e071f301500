/**
 * How rare each word of the index is, for the query planner (`./planner.ts`): a word on every
 * page (申报, 客户) says little about which page a question is about, a word on two pages
 * (账套, 勒索) says a lot. Computed at build time from the text each page is indexed by (its
 * own text, its glossary synonyms and symptoms) and shipped as a small JSON file.
 */
import type { SearchWeights } from './planner.ts';
import { searchWords } from './index-plan.ts';

/**
 * Pagefind matches a query word against the start of each index word, and the browser and
 * Pagefind cut Chinese differently; counting the pages whose text contains the word comes closest
 * to the pages a search for it returns.
 */
export function searchWeights(pageTexts: readonly string[]): SearchWeights {
	const texts = pageTexts.map((text) => text.toLocaleLowerCase('zh-CN'));
	// Words as a query is cut, and the space-separated words of the hidden word lists (synonyms,
	// symptoms), which keep compounds the segmenter would cut (账套, 蓝屏).
	const vocabulary = new Set(
		texts.flatMap((text) => [...searchWords(text), ...text.split(/\s+/).filter((word) => /^[\p{L}\p{N}]{2,12}$/u.test(word))]),
	);
	const documentFrequency: Record<string, number> = {};
	for (const word of [...vocabulary].sort()) {
		const frequency = texts.filter((text) => text.includes(word)).length;
		if (frequency > 0) documentFrequency[word] = frequency;
	}
	return { pages: texts.length, documentFrequency };
}
