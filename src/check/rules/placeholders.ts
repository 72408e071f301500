import { readText } from '../text.ts';
import type { Manual } from '../load.ts';
import { fieldPath, problem, type ContentProblem } from '../problem.ts';
import { splitFrontmatter } from '../yaml.ts';
import { checklistTexts } from './texts.ts';

/** Words that mark a sentence as not yet written. Contacts' 待填写 stays a go-live matter (contacts.ts). */
const PLACEHOLDER = /待补充|待完善|(?<![A-Za-z])(TODO|TBD|FIXME)(?![A-Za-z])|(?<![A-Za-z])[xX]{3,}(?![A-Za-z])/;

/** A step with nothing to read once dots and dashes are taken away. */
const EMPTY = (text: string) => text.replace(/[\s.。…·\-—_、，,？?！!]/g, '') === '';

/**
 * What the home page, the sidebar and the paper kit link to: the home page and every chapter in the
 * sidebar; every incident checklist (a home-page card and a kit page each) and any checklist the
 * home page links to. These are published under the manual's name, so they may not read 待补充.
 */
function published(manual: Manual, root: string): { chapters: Set<string>; checklists: Set<string> } {
	const chapters = new Set(['index', ...(manual.sidebar?.data.flatMap((part) => part.chapters) ?? [])]);
	const checklists = new Set(manual.checklists.filter(({ data }) => data.kind === 'incident').map(({ id }) => id));
	const home = manual.chapters.find((chapter) => chapter.id === 'index');
	if (home) for (const [, id] of readText(root, home.file).matchAll(/\/checklists\/([a-z0-9-]+)\//g)) checklists.add(id!);
	return { chapters, checklists };
}

const hint = (where: string) =>
	`${where}会发布到网站和打印件上，不能带着占位文字上线：把这一处写完整，或者删去；还没写好的内容先不要放进侧边栏、首页或应急清单。`;

/** Placeholders and empty steps in what is published: refused always, not only at go-live. */
export function placeholderProblems(manual: Manual, root: string): ContentProblem[] {
	const { chapters, checklists } = published(manual, root);
	const problems: ContentProblem[] = [];
	for (const { id, file, data, locate } of manual.checklists) {
		if (!checklists.has(id)) continue;
		for (const { path, text } of checklistTexts(data)) {
			const empty = path.at(0) === 'phases' && path.length > 2 && EMPTY(text);
			const found = PLACEHOLDER.exec(text)?.[0];
			if (!empty && !found) continue;
			problems.push(
				problem('draft/placeholder', {
					file,
					field: fieldPath(path),
					value: text,
					message: empty ? '步骤的内容是空的' : `写着占位文字“${found}”`,
					hint: hint(data.kind === 'incident' ? '应急清单（首页入口和纸质应急包）' : '首页链接的清单'),
					...locate(path),
				}),
			);
		}
	}
	for (const chapter of manual.chapters) {
		if (!chapters.has(chapter.id)) continue;
		const parts = splitFrontmatter(readText(root, chapter.file));
		if (!parts) continue;
		const lines = [...parts.frontmatter.split('\n').map((text, index) => ({ text, line: index + 2 }))];
		lines.push(...parts.body.split('\n').map((text, index) => ({ text, line: parts.bodyLine + index })));
		for (const { text, line } of lines) {
			const found = PLACEHOLDER.exec(text)?.[0];
			if (found)
				problems.push(
					problem('draft/placeholder', {
						file: chapter.file,
						field: '正文',
						value: text.trim().slice(0, 60),
						message: `写着占位文字“${found}”`,
						hint: hint(chapter.id === 'index' ? '首页' : '侧边栏中的章节'),
						line,
					}),
				);
		}
	}
	return problems;
}
