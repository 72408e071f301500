// What `npm run dev` prints, for the editors who run it: the dev server's English bookkeeping
// (HMR connections, dependency optimisation, request logs, warnings about the build's own
// configuration) is left out, the lines an editor needs are said in Chinese, and anything else,
// errors included, is passed on unchanged. MANUAL_DEV_LOG=all shows every line as Astro wrote it.

// eslint-disable-next-line no-control-regex -- terminal colours are control characters
const COLOURS = /\u001b\[[0-9;]*m/g;
const TIME = /^(\d\d:\d\d:\d\d )?/;

/** Lines about the dev server's own work, which an editor can do nothing about. */
const SILENT: readonly RegExp[] = [
	/\[vite\] connected\./,
	/\[vite\] .*(hmr update|page reload|Re-optimizing dependencies|optimizer|new dependencies optimized|dependencies optimized)/,
	/\[types\] Generated/,
	/\[content\] (Syncing|Synced) content/,
	/\[content\] The collection "i18n" does not exist/,
	/watching for file changes/,
	// Warnings about the site's configuration (CSP and syntax highlighting): for developers, shown by `npm run build`.
	/\[WARN\] \[(config|csp)\]/,
	// Request logs: [200] /checklists/… 79ms
	/^\[\d{3}\] /,
	/Network\s+use --host to expose/,
	/^┃?\s*$/,
];

/** Lines said in Chinese: the pattern on the line without its time, and the words for it. */
const TRANSLATED: readonly [RegExp, (...groups: string[]) => string][] = [
	[/astro\s+v[\d.]+\S* ready in (\d+) ms/, (ms) => `手册预览已启动（用时 ${Math.max(1, Math.round(Number(ms) / 1000))} 秒）。`],
	[/Local\s+(https?:\/\/\S+)/, (url) => `在浏览器中打开：${url}  （修改 content/ 下的文件并保存，页面自动刷新；按 Ctrl+C 停止）`],
	[/Network\s+(https?:\/\/\S+)/, (url) => `同一网络中的其他设备可打开：${url}`],
	[/\[glob-loader\] Reloaded data from (.+)/, (file) => `已重新读取 ${file}`],
	[
		/\[ERROR\] \[glob-loader\] Failed to reload ([^:]+):/,
		(file) => `${file} 读取失败：格式有错误，问题和改法见下面的内容检查报告和浏览器页面。`,
	],
	// The content check already speaks Chinese: only the tags go.
	[/^(?:\[WARN\] )?\[manual:content-check\] (.*)/, (report) => report],
];

/** The line as an editor should see it, or undefined to leave it out. */
export function devLine(raw: string): string | undefined {
	const line = raw.replace(COLOURS, '').trimEnd();
	const time = TIME.exec(line)?.[1] ?? '';
	const text = line.slice(time.length).trim();
	if (SILENT.some((pattern) => pattern.test(text))) return undefined;
	for (const [pattern, say] of TRANSLATED) {
		const match = pattern.exec(text);
		if (match) return `${time}${say(...match.slice(1))}`;
	}
	return raw.trimEnd();
}
