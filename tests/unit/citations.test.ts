import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleNumber, findCitations } from '../../src/check/rules/citations.ts';

test('article numbers are read from Chinese numerals and digits', () => {
	assert.deepEqual(['一百零九', '十一', '五十七', '二十九', '十', '一百', '109'].map(articleNumber), [109, 11, 57, 29, 10, 100, 109]);
	assert.equal(articleNumber('第'), undefined);
});

test('citations are found with every article and their line', () => {
	const text = '首行。\n依照《数据安全法》第二十九条、第四十五条处理；《小企业会计准则》不带条款。\n《税收征收管理法实施细则》第109条';
	assert.deepEqual(
		findCitations(text).map((c) => [c.law, c.article, c.line]),
		[
			['数据安全法', 29, 2],
			['数据安全法', 45, 2],
			['税收征收管理法实施细则', 109, 3],
		],
	);
});
