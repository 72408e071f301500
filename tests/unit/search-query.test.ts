import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isFiller, normaliseQuery } from '../../src/search/query.ts';

test('particles and question words are dropped from everyday questions', () => {
	assert.equal(normaliseQuery('电脑中毒了怎么办'), '电脑 中毒');
	assert.equal(normaliseQuery('客户资料泄露了'), '客户 资料 泄露');
	assert.equal(normaliseQuery('谁是应急负责人'), '应急 负责 人');
	assert.equal(normaliseQuery('AB角是什么意思'), 'AB 角');
	assert.equal(normaliseQuery('第一次逾期能不罚吗'), '第一次 逾期 罚');
});

test('words that carry the subject are kept, even single characters', () => {
	assert.equal(normaliseQuery('系统宕机'), '系统 宕 机');
	assert.equal(normaliseQuery('软件打不开'), '软件 打不开');
	assert.equal(normaliseQuery('来不及申报'), '来不及 申报');
});

test('a stray tail character of an unknown compound is dropped', () => {
	assert.equal(normaliseQuery('办公室断网了'), '办公 断 网');
	assert.equal(normaliseQuery('电子税务局登不上'), '电子 税务 登 不上');
});

test('a query made only of filler, or quoted for an exact phrase, is searched as typed', () => {
	assert.equal(normaliseQuery('是什么'), '是什么');
	assert.equal(normaliseQuery('  怎么办 '), '怎么办');
	assert.equal(normaliseQuery('"数据泄露了"'), '"数据泄露了"');
});

test('a quantifier, or a word the segmenter made of filler words alone, carries no subject', () => {
	assert.equal(normaliseQuery('新签了一个客户'), '新 签了 客户');
	// 就要 is 就 and 要, each filler: a page that happens to say 就要 is not about the question.
	assert.equal(normaliseQuery('明天人家就要拿发票'), '明天 人家 拿 发票');
	assert.ok(isFiller('就要') && isFiller('一家') && !isFiller('会计') && !isFiller('要求'));
});
