import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIALOG_STRINGS, manualOptions, PAGE_SIZE } from '../../src/search/options.ts';

test('the dialog options keep Starlight’s, speak Chinese and never show the hidden word lists', () => {
	const calls: string[] = [];
	const options = manualOptions({
		element: '#starlight__search',
		translations: { placeholder: '搜索' },
		processResult: (result) => {
			calls.push(result.meta['title'] ?? '');
		},
	});
	assert.equal(options['element'], '#starlight__search');
	assert.equal(options['noWorker'], true);
	assert.equal(options['pageSize'], PAGE_SIZE);
	assert.equal(options.translations?.['placeholder'], '搜索');
	assert.equal(options.translations?.['filters_label'], DIALOG_STRINGS['filters_label']);
	// The query planner drops the filler itself: the UI must hand it the query as typed.
	assert.equal(options['processTerm'], undefined);
	const result = options.processResult?.({ meta: { title: '系统故障', 类型: '章节', synonyms: '宕 机', summary: '系统 故障' } });
	assert.deepEqual(result?.meta, { title: '系统故障', 类型: '章节' });
	assert.deepEqual(calls, ['系统故障']);
});
