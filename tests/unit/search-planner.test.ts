import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerptAround, markWords } from '../../src/search/excerpt.ts';
import { plannedSearch, type PagefindResponse, type PagefindSearchApi } from '../../src/search/planned-search.ts';
import { mergeHits, observedWeights, planSearch, type SearchWeights } from '../../src/search/planner.ts';
import { recurringRuns, searchVocabulary } from '../../src/search/weights.ts';
import { wordLookup, wordSet } from '../../src/search/word-set.ts';
import { lexicon } from '../../src/search/lexicon.ts';
import { searchWords } from '../../src/search/index-plan.ts';

/**
 * A small index: each page's text, searched as Pagefind does (a page must hold every word of the
 * query; a word held by no page is ignored, pagefind#329), scored by how often the words occur.
 */
const PAGES: Record<string, string> = {
	'/leak/': '数据泄露 客户资料发错人 邮箱 误发 撤回 账套外泄 客户 申报',
	'/failure/': '系统故障 财务软件 登不上 电脑 蓝屏 网络 客户 申报',
	'/loss/': '数据丢失 账套 删除 损坏 恢复 备份 客户 申报',
	'/urgent/': '紧急报账 报表 截止 加急 逾期 客户 申报',
	'/filing/': '纳税申报 截止 申报 客户 报表 申报',
	'/contract/': '委托合同 条款 客户 申报',
	'/calendar/': '申报日历 截止 报表',
	'/kit/': '应急包 截止 手电',
};
/** What the build ships for this index, the space-separated words standing for the hidden word lists. */
const VOCABULARY = searchVocabulary(Object.values(PAGES).map((text) => ({ text, words: text.split(' ') })));

/** The rarities the dialog would observe: for each word, the pages whose text holds it. */
const WEIGHTS: SearchWeights = observedWeights(
	Object.keys(PAGES).length,
	new Map(
		[...new Set(Object.values(PAGES).flatMap((text) => [...text.split(' '), ...searchWords(text)]))].map((word) => [
			word,
			Object.values(PAGES).filter((text) => text.includes(word)).length,
		]),
	),
);

function fakePagefind(): PagefindSearchApi & { terms: string[] } {
	const terms: string[] = [];
	return {
		terms,
		search: async (term) => {
			if (term === null)
				return {
					results: Object.keys(PAGES).map((id) => ({ id, score: 0, data: async () => ({ url: id, excerpt: '' }) })),
					unfilteredResultCount: 8,
				};
			terms.push(term);
			const phrase = /^"(.*)"$/.exec(term.trim())?.[1];
			const known = term.split(/\s+/).filter((word) => word && Object.values(PAGES).some((text) => text.includes(word)));
			const results = Object.entries(PAGES)
				.filter(([, text]) =>
					phrase !== undefined ? text.includes(phrase) : known.length > 0 && known.every((word) => text.includes(word)),
				)
				.map(([id, text]) => ({ id, score: known.reduce((sum, word) => sum + text.split(word).length - 1, 0), text }))
				.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
				.map(({ id, score, text }) => ({ id, score, data: async () => ({ url: id, excerpt: text, sub_results: [{ excerpt: text }] }) }));
			return { results, unfilteredResultCount: results.length } satisfies PagefindResponse;
		},
	};
}

const ids = (response: PagefindResponse | null) => response?.results.map((result) => result.id) ?? [];

test('strict hits keep their order, here ahead of a page that holds one of the words in passing', async () => {
	const pagefind = fakePagefind();
	const strict = ids(await pagefind.search('截止 报表'));
	assert.deepEqual(strict, ['/calendar/', '/filing/', '/urgent/']);
	const planned = ids(await plannedSearch(fakePagefind(), '截止了报表怎么办', {}, async () => VOCABULARY));
	assert.deepEqual(planned.slice(0, 3), strict);
	assert.deepEqual(planned.slice(3), ['/kit/'], 'pages with one of the words follow');
});

test('one word no page shares with the others no longer empties the list', async () => {
	const query = '同事把客户资料发错人了，误发到外面的邮箱，还有蓝屏';
	assert.deepEqual(ids(await fakePagefind().search('同事 客户资料发错人 误发 外面 邮箱 蓝屏')), []);
	const planned = ids(await plannedSearch(fakePagefind(), query, {}, async () => VOCABULARY));
	assert.equal(planned[0], '/leak/', 'the page holding the most, and rarest, words comes first');
	assert.ok(planned.includes('/failure/'), 'the page holding only 蓝屏 is still listed');
});

test('rarer words outweigh common ones', async () => {
	// 申报 is on every page and 客户 on all but none: only 账套 and 损坏 tell the pages apart.
	const planned = ids(await plannedSearch(fakePagefind(), '客户申报的账套损坏了', {}, async () => VOCABULARY));
	assert.equal(planned[0], '/loss/');
	const plan = planSearch('客户申报的账套损坏了', WEIGHTS);
	assert.equal(plan.mode, 'planned');
	const weight = (word: string) =>
		(plan.mode === 'planned' ? plan.words?.find((candidate) => candidate.word === word)?.weight : undefined) ?? 0;
	assert.ok(weight('账套') > weight('客户') && weight('损坏') > weight('客户'));
	assert.ok(weight('申报') < weight('账套') / 4, 'a word on nearly every page weighs little');
});

test('a query of filler alone is searched as typed, once', async () => {
	const pagefind = fakePagefind();
	await plannedSearch(pagefind, '  是什么 ', {}, async () => VOCABULARY);
	assert.deepEqual(pagefind.terms, ['是什么']);
	assert.deepEqual(planSearch('怎么办', WEIGHTS), { mode: 'strict', strict: '怎么办' });
});

test('a quoted phrase stays exact: no word is searched on its own', async () => {
	const pagefind = fakePagefind();
	const response = await plannedSearch(pagefind, '"账套外泄"', {}, async () => VOCABULARY);
	assert.deepEqual(pagefind.terms, ['"账套外泄"']);
	assert.deepEqual(ids(response), ['/leak/']);
	assert.deepEqual(ids(await plannedSearch(fakePagefind(), '"账套 蓝屏"', {}, async () => VOCABULARY)), []);
});

test('enough strict hits are shown as they are, without searching word by word', async () => {
	const pagefind = fakePagefind();
	await plannedSearch(pagefind, '客户的申报', {}, async () => VOCABULARY);
	assert.deepEqual(pagefind.terms, ['客户 申报']);
});

test('no result only when no informative word matches anything', async () => {
	assert.deepEqual(ids(await plannedSearch(fakePagefind(), '今天天气很好想去爬山', {}, async () => VOCABULARY)), []);
});

test('merged results mark every query word the page holds', async () => {
	const response = await plannedSearch(fakePagefind(), '误发的邮箱里有账套，电脑蓝屏', {}, async () => VOCABULARY);
	const leak = response?.results.find((result) => result.id === '/leak/');
	const data = await leak!.data();
	assert.match(data.excerpt, /<mark>误发<\/mark>/);
	assert.match(data.excerpt, /<mark>邮箱<\/mark>/);
	assert.match(data.excerpt, /<mark>账套<\/mark>/);
	assert.match(data.sub_results![0]!.excerpt, /<mark>邮箱<\/mark>/);
});

test('markWords replaces Pagefind’s marks, marks the longest form, and a single character only alone', () => {
	assert.equal(
		markWords('客户<mark>账套</mark>外泄 &amp; 账套', ['账套外泄', '账套', '账']),
		'客户<mark>账套外泄</mark> &amp; <mark>账套</mark>',
	);
	assert.equal(markWords('发错了', ['发']), '<mark>发</mark>错了');
});

test('single characters the segmenter cut from a compound the index knows are joined again', () => {
	const plan = planSearch('账套损坏', WEIGHTS);
	assert.equal(plan.mode, 'planned');
	if (plan.mode === 'planned')
		assert.deepEqual(
			plan.words?.map(({ word }) => word),
			['账套', '损坏'],
		);
});

test('the build ships only the compounds the segmenter cuts even alone, not every word', () => {
	const vocabulary = searchVocabulary([
		{ text: '账套 申报', words: ['账套'] },
		{ text: '申报 合同', words: ['蓝屏'] },
	]);
	// The segmenter cuts 账套 and 蓝屏 into single characters and keeps 申报 and 合同 whole.
	assert.deepEqual(vocabulary.compounds, { 蓝屏: 1, 账套: 1 });
	assert.equal(vocabulary.pages, 2);
	const { holds } = lexicon(vocabulary);
	assert.ok(['账', '套', '账套', '申报', '合同', '蓝屏'].every(holds));
	assert.ok(!holds('跟上'), 'a word no page holds');
	// Words of two to six characters are listed exactly; the compact set holds the others.
	assert.equal(vocabulary.terms, '合同 申报 蓝屏 账套', 'no headline or glossary here: nothing marked');
});

test('strict hits keep their order among themselves even when a page made for the question outranks them', () => {
	// Both hold the words in passing only: between them, Pagefind's order stands.
	const merged = mergeHits(
		['/glossary/', '/kit/'],
		[
			{
				word: '账套',
				weight: 2,
				hits: [
					{ id: '/loss/', score: 10 },
					{ id: '/kit/', score: 2 },
					{ id: '/glossary/', score: 1 },
				],
			},
			{
				word: '误删',
				weight: 2,
				hits: [
					{ id: '/loss/', score: 10 },
					{ id: '/glossary/', score: 1 },
					{ id: '/kit/', score: 1 },
				],
			},
		],
		'账套 误删',
	);
	const order = merged.map(({ id }) => id);
	assert.equal(order[0], '/loss/');
	assert.deepEqual(
		order.filter((id) => id !== '/loss/'),
		['/glossary/', '/kit/'],
	);
});

test('a page found by its hidden words gets an excerpt of its text around a matched word', async () => {
	const content = '发现异常后十五分钟内报告应急负责人，先断开网络，再保全证据；'.repeat(3) + '邮件误发给其他客户时，一小时内撤回。';
	const around = excerptAround(content, ['误发', '邮件']);
	assert.match(around!, /^…/);
	assert.match(around!, /<mark>邮件<\/mark><mark>误发<\/mark>/);
	assert.equal(excerptAround(content, ['蓝屏']), undefined);
	const pagefind: PagefindSearchApi = {
		search: async (term) => ({
			unfilteredResultCount: 1,
			results: term?.includes('蓝屏')
				? []
				: [
						{
							id: '/leak/',
							score: 1,
							data: async () => ({ url: '/leak/', excerpt: '', content, meta: { title: '数据泄露' }, sub_results: [] }),
						},
					],
		}),
	};
	const response = await plannedSearch(pagefind, '误发的邮件和蓝屏', {}, async () => ({ pages: 10, compounds: { 误发: 1, 蓝屏: 1 } }));
	const data = await response!.results[0]!.data();
	assert.equal(data.sub_results?.[0]?.['url'], '/leak/', 'shown as the page’s own sub-result');
	assert.match(data.excerpt, /<mark>误发<\/mark>/);
});

test('a sentence is searched cut at the index’s words, then word by word: the words the index holds, within those the strict search loaded', async () => {
	const pagefind = fakePagefind();
	const response = await plannedSearch(pagefind, '今天客户申报的账套好像坏了', {}, async () => VOCABULARY);
	const [strict, ...alone] = pagefind.terms;
	assert.equal(strict, '今天 客户 申报 账套 好像 坏');
	// Pagefind downloads the index chunks of the strict search's words (cut again by the browser's
	// segmenter, 账套 into 账 and 套); a word searched alone that is not made of them would download another.
	assert.deepEqual(alone.sort(), ['客户', '申报', '账套'].sort());
	const loaded = searchWords(strict!);
	for (const word of alone)
		assert.ok(
			searchWords(word).every((piece) => loaded.includes(piece)),
			word,
		);
	assert.equal(ids(response)[0], '/loss/', 'the words the index lacks (今天, 好像) do not count');
});

test('the vocabulary is fetched for the first query, short or long, and a short query the index holds is searched once, as typed', async () => {
	let loads = 0;
	const pagefind = fakePagefind();
	await plannedSearch(pagefind, '客户的申报', {}, async () => (loads++, VOCABULARY));
	assert.equal(loads, 1);
	assert.deepEqual(pagefind.terms, ['客户 申报']);
});

test('the word set holds every word it was built from and few others', () => {
	const words = Array.from({ length: 4000 }, (_, at) => `词${at}`);
	const held = wordLookup(wordSet(words));
	assert.ok(words.every(held));
	const strangers = Array.from({ length: 4000 }, (_, at) => `外${at}`).filter(held).length;
	assert.ok(strangers < 80, `${strangers} of 4000 words not in the set were taken for words in it`);
});

test('a query fragment no page holds as a word does not count, though Pagefind finds a page for it', async () => {
	// Pagefind matches 跟上 against the start of an index word (跟上级) on /contract/.
	const pagefind = fakePagefind();
	const vocabulary = { ...VOCABULARY, terms: '', words: wordSet(Object.values(PAGES).flatMap((text) => text.split(' '))) };
	const search = pagefind.search;
	pagefind.search = async (term, options) =>
		term === '跟上'
			? { results: [{ id: '/contract/', score: 5, data: async () => ({ url: '/contract/', excerpt: '' }) }], unfilteredResultCount: 1 }
			: search(term, options);
	const response = await plannedSearch(pagefind, '账套损坏了跟上个月不一样', {}, async () => vocabulary);
	assert.ok(!pagefind.terms.includes('跟上'), 'not searched on its own');
	assert.equal(ids(response)[0], '/loss/');
	assert.ok(!ids(response).includes('/contract/'));
});

test('an overview that names the rare word in passing does not outrank the page about it, though it holds every word', () => {
	// /framework/ holds every word (a strict hit): 勒索 once among the categories, and the common
	// words of the query throughout. /leak/ is about 勒索 and holds one common word in passing.
	const merged = mergeHits(
		['/framework/'],
		[
			{
				word: '勒索',
				weight: 2,
				hits: [
					{ id: '/leak/', score: 10 },
					{ id: '/framework/', score: 2 },
				],
			},
			{
				word: '客户',
				weight: 0.6,
				hits: [
					{ id: '/framework/', score: 10 },
					{ id: '/leak/', score: 3 },
				],
			},
			{ word: '处理', weight: 0.6, hits: [{ id: '/framework/', score: 10 }] },
			{ word: '报告', weight: 0.6, hits: [{ id: '/framework/', score: 10 }] },
		],
		'勒索 客户 处理 报告',
	);
	assert.deepEqual(
		merged.map(({ id }) => id),
		['/leak/', '/framework/'],
	);
	// The rule is about where the rare word is held, not about which page it is: held prominently, the overview comes first.
	const prominent = mergeHits(
		['/framework/'],
		[
			{
				word: '勒索',
				weight: 2,
				hits: [
					{ id: '/framework/', score: 10 },
					{ id: '/leak/', score: 9 },
				],
			},
			{ word: '客户', weight: 0.6, hits: [{ id: '/framework/', score: 10 }] },
		],
		'勒索 客户',
	);
	assert.equal(prominent[0]!.id, '/framework/');
});

test('a word the segmenter cuts into characters wherever the text says it is a compound when it recurs on a few pages', () => {
	// 社保 and 注销 come out of the segmenter as 社|保 and 注|销; 和社 only where two words happen to meet.
	const texts = ['客户要办社保和注销', '先停社保，再注销', '社保基数和注销以后的档案', '注销前先清税'];
	assert.deepEqual(searchWords(texts[0]!), ['客户', '要', '办', '社', '保', '和', '注', '销']);
	const runs = recurringRuns(texts.map((text) => text.toLocaleLowerCase('zh-CN')));
	assert.ok(runs.includes('社保') && runs.includes('注销'));
	assert.ok(!runs.includes('和社') && !runs.includes('清税'), 'a joining word, or a run on fewer pages');
	const vocabulary = searchVocabulary(texts.map((text) => ({ text })));
	assert.equal(vocabulary.compounds['社保'], 3);
	assert.equal(vocabulary.compounds['注销'], 4);
	assert.ok(lexicon(vocabulary).isTerm('社保'), 'a query keeps 社保 whole');
});

test('a verb with its 了 says what happened, not what a page is about, unless the glossary has it whole', () => {
	const vocabulary = searchVocabulary([{ text: '事后做了什么 坏了', headline: '事后做了什么' }], ['坏了']);
	const { isTelling } = lexicon(vocabulary);
	assert.ok(isTelling('事后') && !isTelling('做了'));
	assert.ok(isTelling('坏了'), 'a glossary phrase');
});

test('a query with a character the segmenter left of a word is ranked word by word, however many pages hold them all', async () => {
	// 报 is a single character: six pages hold 客户, 申报 and 报 somewhere, which says little about them.
	const pagefind = fakePagefind();
	await plannedSearch(pagefind, '客户申报 报', {}, async () => VOCABULARY);
	assert.equal(pagefind.terms[0], '客户 申报 报');
	assert.ok(pagefind.terms.includes('客户') && pagefind.terms.includes('申报'), pagefind.terms.join('；'));
});

test('a rare word Pagefind finds only inside longer words counts in proportion to how weakly it matched', () => {
	// 不进 (of 登不进去) is on few pages, so rare, but only as part of 不进行: Pagefind scores its best page far below the subject's.
	const merged = mergeHits(
		[],
		[
			{ word: '证书', weight: 2, hits: [{ id: '/certificate/', score: 10 }] },
			{ word: '不进', weight: 3, hits: [{ id: '/support/', score: 0.1 }] },
		],
		'证书 不进',
	);
	assert.deepEqual(
		merged.map(({ id }) => id),
		['/certificate/', '/support/'],
	);
});
