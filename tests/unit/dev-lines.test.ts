// What an editor sees in the terminal of `npm run dev` (scripts/dev/lines.ts), on lines Astro 7 printed
// during a session where a checklist was broken and fixed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devLine } from '../../scripts/dev/lines.ts';

test('the dev server’s bookkeeping and configuration warnings are left out', () => {
	for (const line of [
		'06:55:26 [WARN] [config] Shiki syntax highlighting uses inline styles that are not compatible with Content Security Policy (CSP).',
		'06:55:26 [WARN] [csp] `security.csp.styleDirective` defines `style-src` resources',
		'06:55:27 [vite] connected.',
		'06:55:33 [types] Generated 1ms',
		'06:55:43 [content] Syncing content',
		'06:55:44 [vite] Re-optimizing dependencies because lockfile has changed',
		'06:55:44 watching for file changes...',
		'06:55:45 [vite] [optimizer] bundling dependencies...',
		'06:56:04 [WARN] [content] The collection "i18n" does not exist or is empty. Please check your content config file for errors.',
		'06:56:07 [200] / 2770ms',
		'\u001b[2m06:56:07\u001b[22m \u001b[32m[200]\u001b[39m /checklists/ 79ms',
	])
		assert.equal(devLine(line), undefined, line);
});

test('what an editor needs is said in Chinese, with its time', () => {
	assert.equal(devLine(' astro  v7.3.5 ready in 21573 ms'), '手册预览已启动（用时 22 秒）。');
	assert.match(devLine('┃ Local    http://127.0.0.1:4755/') ?? '', /^在浏览器中打开：http:\/\/127\.0\.0\.1:4755\/ /);
	assert.equal(
		devLine('06:56:21 [glob-loader] Reloaded data from abnormal-list-removal.yaml'),
		'06:56:21 已重新读取 abnormal-list-removal.yaml',
	);
	assert.equal(
		devLine(
			'06:56:11 [ERROR] [glob-loader] Failed to reload abnormal-list-removal.yaml: **../../content/checklists/abnormal-list-removal.yaml** failed to parse: unexpected end of the stream within a flow collection',
		),
		'06:56:11 abnormal-list-removal.yaml 读取失败：格式有错误，问题和改法见下面的内容检查报告和浏览器页面。',
	);
	assert.equal(
		devLine('06:56:27 [manual:content-check] 内容检查通过：检查了 135 个文件，没有发现问题。'),
		'06:56:27 内容检查通过：检查了 135 个文件，没有发现问题。',
	);
	assert.equal(devLine('06:56:19 [WARN] [manual:content-check] content/checklists/a.yaml'), '06:56:19 content/checklists/a.yaml');
});

test('anything else, errors above all, is passed on as written', () => {
	for (const line of [
		'  - 第 1 行第 8 列 title：无效输入',
		'06:57:00 [ERROR] [vite] Internal server error: something new',
		'Error: EADDRINUSE 4321',
	])
		assert.equal(devLine(line), line);
});
