import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copiedPassages, normalise, sourceWindows } from '../../src/check/rules/originality.ts';

const seed = '在会计代理服务中，紧急情况可能涉及多种类型，如财务数据泄露、系统故障。';

test('a sentence copied from a seed is reported even with other punctuation', () => {
	const windows = sourceWindows([seed]);
	const copied = copiedPassages('前言。在会计代理服务中 紧急情况可能涉及多种类型!后记', windows);
	assert.deepEqual(copied, ['在会计代理服务中紧急情况可能涉及多种类型']);
});

test('shared short phrases are not copies', () => {
	const windows = sourceWindows([seed]);
	assert.deepEqual(copiedPassages('系统故障时，应急负责人在十五分钟内定级。', windows), []);
});

test('normalising drops punctuation and spaces only', () => {
	assert.equal(normalise('数据 泄露、A1。'), '数据泄露A1');
});
