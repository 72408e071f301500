import type { ContentProblem } from './problem.ts';
import { formatProblem, type HelpUrl } from './report.ts';

const escape = (text: string) =>
	text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);

/**
 * What `npm run dev` shows instead of a page while the content check fails: every problem in
 * Chinese, by file, with its line, what to do and a link to the rule's help page. No page is
 * shown at all, so an editor never mistakes the last good version for their edit. The Vite
 * client it loads reloads it when a file is saved (src/check/dev-server.ts).
 */
export function problemsPage(problems: readonly ContentProblem[], helpUrl: HelpUrl, viteClient: string): string {
	const byFile = new Map<string, ContentProblem[]>();
	for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
	const sections = [...byFile.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([file, list]) => {
			const items = list
				.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
				.map((problem) => `<li>${escape(formatProblem(problem))} <a href="${escape(helpUrl(problem.rule))}">这条规则的说明</a></li>`)
				.join('');
			return `<section><h2><code>${escape(file)}</code></h2><ul>${items}</ul></section>`;
		})
		.join('');
	return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>内容检查未通过</title>
<style>
body { font: 16px/1.6 system-ui, sans-serif; margin: 0; padding: 1rem; color: #1b1b1b; background: #fff; max-width: 60rem; }
h1 { font-size: 1.4rem; color: #8a1c1c; margin: 0 0 .5rem; }
h2 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; overflow-wrap: anywhere; }
li { margin: .4rem 0; overflow-wrap: anywhere; }
a { color: #0b57a4; }
.note { background: #fff4d6; border-left: 4px solid #8a5a00; padding: .5rem .75rem; }
</style>
</head>
<body>
<main>
<h1 role="alert">内容检查未通过：共 ${problems.length} 个问题，涉及 ${byFile.size} 个文件</h1>
<p class="note">按下面的提示修改并保存文件，这一页会自动刷新；问题都改好后显示修改后的页面。在改好之前不显示任何页面，以免把旧版本当成修改后的样子。</p>
${sections}
</main>
<script type="module" src="${escape(viteClient)}"></script>
</body>
</html>
`;
}
