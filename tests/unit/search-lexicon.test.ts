import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lexicon } from '../../src/search/lexicon.ts';
import { plannedSearch, type PagefindSearchApi } from '../../src/search/planned-search.ts';
import { segmentQuery } from '../../src/search/segment.ts';
import { searchVocabulary } from '../../src/search/weights.ts';

/** A few pages' text; the glossary's terms are kept whole, as the build ships them. */
const PAGES: Record<string, string> = {
	'/misuse/': '发票额度被压低 开票员 授权 数电票 发票',
	'/filing/': '纳税申报 截止 申报期 报税',
	'/annual/': '企业所得税汇算清缴 年报 汇算',
	'/loss/': '账套 误删 恢复 备份',
	'/region/': '跨区域涉税事项报告 外出经营',
	'/formula/': '公式 报表 取数',
	'/audit/': '稽查 一对 辅导',
};
const GLOSSARY = ['汇算清缴', '账套', '跨区域', '稽查'];
const VOCABULARY = searchVocabulary(
	Object.values(PAGES).map((text) => ({ text })),
	GLOSSARY,
);
const LEXICON = lexicon(VOCABULARY);

/** The words searched for a query, a respelled one as `typed→searched`. */
const words = (query: string) => segmentQuery(query, LEXICON).map(({ word, typed }) => (typed ? `${typed}→${word}` : word));

test('a pinyin slip is searched as the index word it sounds like, and says which word it searched', async () => {
	assert.equal(words('发飘额度')[0], '发飘→发票');
	assert.deepEqual(words('这个月深报截止'), ['月', '深报→申报', '截止']);
	assert.equal(words('张套误删了')[0], '张套→账套');
	assert.deepEqual(words('汇算清交'), ['汇算清交→汇算清缴']);
	assert.equal(words('跨区与涉税')[0], '跨区与→跨区域');

	const searched: string[] = [];
	const api: PagefindSearchApi = {
		search: async (term) => {
			if (term !== null) searched.push(term);
			const hit = term?.includes('发票');
			return {
				unfilteredResultCount: hit ? 1 : 0,
				results: hit
					? [{ id: '/misuse/', score: 1, data: async () => ({ url: '/misuse/', excerpt: '<mark>发票</mark>额度被压低', sub_results: [] }) }]
					: [],
			};
		},
	};
	const response = await plannedSearch(api, '发飘', {}, async () => VOCABULARY);
	assert.deepEqual(searched, ['发票']);
	const data = await response!.results[0]!.data();
	assert.equal(data.excerpt, '按“发票”搜索：<mark>发票</mark>额度被压低');
});

test('a word the index holds is never rewritten, even when it sounds like another', () => {
	// 公式 (formula) is in the index; so would be a word it sounds like (公示), were there one.
	assert.equal(words('公式取数')[0], '公式');
	assert.deepEqual(LEXICON.soundsLike('发票'), []);
	assert.deepEqual(words('发票报表'), ['发票', '报表']);
	// A word the index lacks that sounds like none of its words stays as typed.
	assert.ok(words('比特币').every((word) => !word.includes('→')));
	// Two characters that only sound like an index word by chance, sharing none of its characters, stay.
	assert.deepEqual(LEXICON.soundsLike('法漂'), []);
	// An everyday word the segmenter knows stays as typed (一堆 is not 一对), unless it sounds like
	// one of the glossary's terms (稽察 for 稽查).
	assert.deepEqual(LEXICON.soundsLike('一堆'), ['一对']);
	assert.deepEqual(words('一堆'), ['一堆']);
	assert.deepEqual(words('稽察'), ['稽察→稽查']);
});

test('the query is cut at the longest words the index holds, so its compound terms stay whole', () => {
	// The browser's segmenter cuts 汇算清缴 and 账套 into single characters.
	assert.deepEqual(
		segmentQuery('汇算清缴', undefined).map(({ word }) => word),
		['汇', '算', '清', '缴'],
		'the segmenter alone',
	);
	assert.equal(words('企业所得税汇算清缴').at(-1), '汇算清缴');
	assert.deepEqual(words('账套丢了'), ['账套', '丢']);
	// Punctuation still separates words: no index word is made across it.
	assert.deepEqual(words('账，套'), ['账', '套']);
});
