import type { Manual } from '../load.ts';
import { problem, type ContentProblem, type Position } from '../problem.ts';

/**
 * Every page has its own title: the sidebar, search results, printouts and the browser tab show
 * only the title, so two pages called the same cannot be told apart. Chapters, checklists and
 * learning paths are all pages; the later file (in path order) is the one reported.
 */
export function titleProblems(manual: Manual): ContentProblem[] {
	// A page is its address: two files of one chapter (framework.md and .mdx) are chapter/duplicate-page.
	const pages: { page: string; file: string; title: string; where: Position }[] = [
		...manual.chapters
			.filter((chapter) => chapter.title)
			.map(({ id, file, title, locate }) => ({ page: `chapter:${id}`, file, title, where: locate(['title']) })),
		...manual.checklists.map(({ id, file, data, locate }) => ({
			page: `checklist:${id}`,
			file,
			title: data.title,
			where: locate(['title']),
		})),
		...manual.paths.map(({ id, file, data, locate }) => ({ page: `path:${id}`, file, title: data.title, where: locate(['title']) })),
	].sort((a, b) => a.file.localeCompare(b.file));
	const first = new Map<string, { page: string; file: string }>();
	const problems: ContentProblem[] = [];
	for (const { page, file, title, where } of pages) {
		const key = title.replace(/\s+/g, '');
		const found = first.get(key);
		if (found === undefined) {
			first.set(key, { page, file });
			continue;
		}
		if (found.page === page) continue;
		const earlier = found.file;
		problems.push(
			problem('chapter/duplicate-title', {
				file,
				field: 'title',
				value: title,
				hint: `${earlier} 的标题也是“${title}”：目录、搜索结果和打印件只显示标题，读者分不清。请改成能区分两者内容的标题。`,
				...where,
			}),
		);
	}
	return problems;
}
