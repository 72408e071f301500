// The page `npm run dev` shows instead of the site while the content check fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsPage } from '../../src/check/dev-page.ts';
import { problem } from '../../src/check/problem.ts';

test('the problems page lists each problem by file, in Chinese, with line, fix and help link, and reloads through Vite', () => {
	const html = problemsPage(
		[
			problem('yaml/syntax', {
				file: 'content/checklists/a.yaml',
				line: 3,
				column: 8,
				message: 'YAML 格式错误：<缺少引号>',
				hint: '请检查引号。',
			}),
			problem('yaml/syntax', { file: 'content/checklists/a.yaml', line: 1, column: 1, message: 'YAML 格式错误：缩进不对' }),
		],
		(rule) => `/manual/help/rules/${rule}/`,
		'/manual/@vite/client',
	);
	assert.match(html, /<h1 role="alert">内容检查未通过：共 2 个问题，涉及 1 个文件<\/h1>/);
	assert.match(html, /<h2><code>content\/checklists\/a\.yaml<\/code><\/h2>/);
	// By line, escaped, with what to do and the rule's page.
	assert.ok(html.indexOf('第 1 行第 1 列') < html.indexOf('第 3 行第 8 列'));
	assert.match(
		html,
		/第 3 行第 8 列：YAML 格式错误：&lt;缺少引号&gt;。请检查引号。 <a href="\/manual\/help\/rules\/yaml\/syntax\/">这条规则的说明<\/a>/,
	);
	assert.match(html, /<script type="module" src="\/manual\/@vite\/client"><\/script>/);
});
