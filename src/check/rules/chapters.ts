import type { Manual } from '../load.ts';
import { problem, type ContentProblem } from '../problem.ts';

/** One file per page, and review dates that have happened. `today` is the day the check runs. */
export function chapterProblems(manual: Manual, today: Date): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const byId = new Map<string, string[]>();
	for (const { id, file } of manual.chapters) byId.set(id, [...(byId.get(id) ?? []), file]);
	for (const files of byId.values()) {
		if (files.length < 2) continue;
		// Astro would publish one of them and silently drop the other.
		for (const file of files)
			problems.push(
				problem('chapter/duplicate-page', {
					file,
					value: files.join('、'),
					hint: `这些文件对应同一个网址：${files.join('、')}。请只保留一个。`,
				}),
			);
	}
	const endOfToday = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
	for (const { file, fields, locate } of manual.chapters) {
		if (!fields || fields.reviewed.getTime() <= endOfToday) continue;
		const day = fields.reviewed.toISOString().slice(0, 10);
		problems.push(
			problem('chapter/reviewed-in-future', {
				file,
				field: 'reviewed',
				value: day,
				hint: '请填写实际完成审阅的日期（今天或更早）。',
				...locate(['reviewed']),
			}),
		);
	}
	return problems;
}
