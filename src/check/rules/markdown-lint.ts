import { readText } from '../text.ts';
import { remark } from 'remark';
import { VFile } from 'vfile';
import remarkConfig from '../../../.remarkrc.mjs';
import { problem, type ContentProblem } from '../problem.ts';
import { markdownRule } from './registry.ts';

type PluginEntry = (typeof remarkConfig.plugins)[number];

/** remark-lint over chapter files, with the project's `.remarkrc.mjs`, as content problems. */
export async function lintChapters(root: string, files: readonly string[]): Promise<ContentProblem[]> {
	const processor = remark();
	for (const entry of remarkConfig.plugins as PluginEntry[]) {
		// Named entries (`['remark-lint-x', false]`) only switch off rules that the presets turned on.
		if (Array.isArray(entry)) continue;
		processor.use(entry as never);
	}
	const disabled = new Set(
		(remarkConfig.plugins as PluginEntry[]).filter(Array.isArray).map((entry) => String(entry[0]).replace(/^remark-lint-/, '')),
	);
	const problems: ContentProblem[] = [];
	for (const file of files) {
		const vfile = new VFile({ path: file, value: readText(root, file) });
		try {
			await processor.run(processor.parse(vfile), vfile);
		} catch {
			continue; // a file that does not parse is reported by the MDX syntax check
		}
		for (const message of vfile.messages) {
			if (message.ruleId && disabled.has(message.ruleId)) continue;
			problems.push(
				problem(markdownRule(message.ruleId), {
					file,
					field: '正文',
					message: `${message.reason}（规则 ${message.ruleId ?? message.source}）`,
					hint: '请按提示修改 Markdown 写法。',
					...(message.line ? { line: message.line, column: message.column ?? 1 } : {}),
				}),
			);
		}
	}
	return problems;
}
