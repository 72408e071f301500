import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerptAround, markWords } from '../../src/search/excerpt.ts';
import { plannedSearch, type PagefindResponse, type PagefindSearchApi } from '../../src/search/planned-search.ts';
import { mergeHits, planSearch, type SearchWeights } from '../../src/search/planner.ts';
import { searchWeights } from '../../src/search/weights.ts';

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
/** The index's rarities, the space-separated words standing for the hidden word lists. */
const WEIGHTS: SearchWeights = searchWeights(Object.values(PAGES).map((text) => ({ text, words: text.split(' ') })));

function fakePagefind(): PagefindSearchApi & { terms: string[] } {
	const terms: string[] = [];
	return {
		terms,
		search: async (term) => {
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
	const planned = ids(await plannedSearch(fakePagefind(), '截止了报表怎么办', {}, async () => WEIGHTS));
	assert.deepEqual(planned.slice(0, 3), strict);
	assert.deepEqual(planned.slice(3), ['/kit/'], 'pages with one of the words follow');
});

test('one word no page shares with the others no longer empties the list', async () => {
	const query = '同事把客户资料发错人了，误发到外面的邮箱，还有蓝屏';
	assert.deepEqual(ids(await fakePagefind().search('同事 客户资料发错人 误发 外面 邮箱 蓝屏')), []);
	const planned = ids(await plannedSearch(fakePagefind(), query, {}, async () => WEIGHTS));
	assert.equal(planned[0], '/leak/', 'the page holding the most, and rarest, words comes first');
	assert.ok(planned.includes('/failure/'), 'the page holding only 蓝屏 is still listed');
});

test('rarer words outweigh common ones', async () => {
	// 申报 is on every page and 客户 on all but none: only 账套 and 损坏 tell the pages apart.
	const planned = ids(await plannedSearch(fakePagefind(), '客户申报的账套损坏了', {}, async () => WEIGHTS));
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
	await plannedSearch(pagefind, '  是什么 ', {}, async () => WEIGHTS);
	assert.deepEqual(pagefind.terms, ['是什么']);
	assert.deepEqual(planSearch('怎么办', WEIGHTS), { mode: 'strict', strict: '怎么办' });
});

test('a quoted phrase stays exact: no word is searched on its own', async () => {
	const pagefind = fakePagefind();
	const response = await plannedSearch(pagefind, '"账套外泄"', {}, async () => WEIGHTS);
	assert.deepEqual(pagefind.terms, ['"账套外泄"']);
	assert.deepEqual(ids(response), ['/leak/']);
	assert.deepEqual(ids(await plannedSearch(fakePagefind(), '"账套 蓝屏"', {}, async () => WEIGHTS)), []);
});

test('enough strict hits are shown as they are, without searching word by word', async () => {
	const pagefind = fakePagefind();
	await plannedSearch(pagefind, '客户的申报', {}, async () => WEIGHTS);
	assert.deepEqual(pagefind.terms, ['客户 申报']);
});

test('no result only when no informative word matches anything', async () => {
	assert.deepEqual(ids(await plannedSearch(fakePagefind(), '今天天气很好想去爬山', {}, async () => WEIGHTS)), []);
});

test('merged results mark every query word the page holds', async () => {
	const response = await plannedSearch(fakePagefind(), '误发的邮箱里有账套，电脑蓝屏', {}, async () => WEIGHTS);
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

test('rarities: a word on every page weighs nothing, words found nowhere are left out', () => {
	const weights = searchWeights([
		{ text: '账套 申报', words: ['账套'] },
		{ text: '申报 合同', words: ['蓝屏'] },
	]);
	assert.equal(weights.pages, 2);
	assert.deepEqual(weights.documentFrequency['申报'], 2);
	assert.deepEqual(weights.documentFrequency['账套'], 1);
	assert.equal(weights.documentFrequency['蓝屏'], 1, 'a hidden word is a word of the index');
	assert.equal(weights.documentFrequency['宕机'], undefined);
});

test('strict hits keep their order among themselves even when a page made for the question outranks them', () => {
	const merged = mergeHits(
		['/glossary/', '/kit/'],
		[
			{
				word: '账套',
				weight: 2,
				hits: [
					{ id: '/loss/', score: 10 },
					{ id: '/kit/', score: 3 },
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
			results: term.includes('蓝屏')
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
	const response = await plannedSearch(pagefind, '误发的邮件和蓝屏', {}, async () => ({
		pages: 10,
		documentFrequency: { 误发: 1, 邮件: 2, 蓝屏: 1 },
	}));
	const data = await response!.results[0]!.data();
	assert.equal(data.sub_results?.[0]?.['url'], '/leak/', 'shown as the page’s own sub-result');
	assert.match(data.excerpt, /<mark>误发<\/mark>/);
});

test('a sentence is searched as typed, then word by word without the words the index lacks', async () => {
	const pagefind = fakePagefind();
	await plannedSearch(pagefind, '今天客户申报的账套好像坏了', {}, async () => WEIGHTS);
	assert.equal(pagefind.terms[0], '今天 客户 申报 账 套 好像 坏');
	assert.deepEqual(pagefind.terms.slice(1).sort(), ['客户', '申报', '账套'].sort());
});

test('a short query is searched before the rarities load, which it may never need', async () => {
	let loads = 0;
	const pagefind = fakePagefind();
	await plannedSearch(pagefind, '客户的申报', {}, async () => (loads++, WEIGHTS));
	assert.equal(loads, 0);
	assert.deepEqual(pagefind.terms, ['客户 申报']);
});
