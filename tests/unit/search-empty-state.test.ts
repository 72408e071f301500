import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyStateOrder, readsLikeIncident } from '../../src/search/empty-state.ts';

test('a query that reads like an incident puts the incident entries first', () => {
	for (const query of ['电脑中毒了', '客户资料泄露', '共享盘打不开', '账套丢了', '邮件发错了']) {
		assert.ok(readsLikeIncident(query), query);
		assert.equal(emptyStateOrder(query)[0], 'incidents', query);
	}
});

test('an everyday question starts with the fewer-words hint, and every part is offered', () => {
	assert.equal(readsLikeIncident('年度培训计划表格模板'), false);
	assert.deepEqual(emptyStateOrder('年度培训计划表格模板'), ['fewer-words', 'incidents', 'contacts']);
	assert.deepEqual([...emptyStateOrder('中毒')].sort(), ['contacts', 'fewer-words', 'incidents']);
});
