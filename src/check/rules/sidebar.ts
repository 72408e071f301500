import type { Manual } from '../load.ts';
import { problem, type ContentProblem } from '../problem.ts';

/** Every chapter sits in the sidebar exactly once, and the sidebar names only chapters that exist. */
export function sidebarProblems(manual: Manual): ContentProblem[] {
	if (!manual.sidebar) return [];
	const problems: ContentProblem[] = [];
	const { file, data, locate } = manual.sidebar;
	const chapterIds = new Set(manual.chapters.map((chapter) => chapter.id));
	const listed = new Set<string>();
	data.forEach((part, p) =>
		part.chapters.forEach((id, c) => {
			const at = { file, field: `[${p}].chapters[${c}]`, value: id, ...locate([p, 'chapters', c]) };
			if (listed.has(id)) problems.push(problem('sidebar/duplicate', { ...at, hint: '每个章节只放在一个位置。' }));
			listed.add(id);
			if (!chapterIds.has(id))
				problems.push(problem('sidebar/unknown-chapter', { ...at, hint: '请检查章节 id 拼写（content/chapters 下的路径，不含扩展名）。' }));
		}),
	);
	for (const chapter of manual.chapters) {
		if (chapter.id !== 'index' && !listed.has(chapter.id))
			problems.push(problem('sidebar/unreachable', { file: chapter.file, hint: `请把 ${chapter.id} 加到 ${file} 中合适的部分。` }));
	}
	return problems;
}
