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
export function searchWeights(pages: readonly { text: string; words?: readonly string[] }[]): SearchWeights {
	const texts = pages.map(({ text, words = [] }) => `${text}\n${words.join(' ')}`.toLocaleLowerCase('zh-CN'));
	// Words as a query is cut, and the words of the hidden lists (synonyms, symptoms) as they are
	// indexed, which keep compounds the segmenter would cut (账套, 蓝屏).
	const vocabulary = new Set([
		...texts.flatMap(searchWords),
		...pages.flatMap(({ words = [] }) => words.map((word) => word.toLocaleLowerCase('zh-CN'))),
	]);
	const documentFrequency: Record<string, number> = {};
	for (const word of [...vocabulary].sort()) {
		const frequency = texts.filter((text) => text.includes(word)).length;
		if (frequency > 0) documentFrequency[word] = frequency;
	}
	return { pages: texts.length, documentFrequency };
}
