import { chapterPath, checklistPath, DATA_PAGES, splitLink } from '../../domain/routes.ts';
import type { Manual } from '../load.ts';
import { problem, type ContentProblem, type Position } from '../problem.ts';

/** Anchors each published page offers; `undefined` means the page exists but anchors are not checked. */
export function pageAnchors(manual: Manual): Map<string, Set<string> | undefined> {
	const pages = new Map<string, Set<string> | undefined>();
	for (const chapter of manual.chapters) pages.set(chapterPath(chapter.id), chapter.anchorsKnown ? new Set(chapter.anchors) : undefined);
	for (const checklist of manual.checklists)
		pages.set(checklistPath(checklist.id), new Set(checklist.data.phases.flatMap((phase) => phase.steps.map((step) => step.id))));
	// A checklist or roles file that failed its own check exists, but its anchors are unknown.
	for (const checklist of manual.rejectedChecklists) pages.set(checklistPath(checklist.id), undefined);
	for (const path of Object.values(DATA_PAGES)) pages.set(path, undefined);
	if (manual.roles) pages.set(DATA_PAGES.roles, new Set(manual.roles.data.map((role) => role.id)));
	return pages;
}

/** Every link in a chapter's body and in a checklist step lands on a page and heading that exist. */
export function linkProblems(manual: Manual): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const pages = pageAnchors(manual);

	/** `page` is the path of the page the link is written on, so `#anchor` alone is checked against it. */
	const link = (file: string, field: string, url: string, where: Position, page = '') => {
		if (!url.trim()) {
			problems.push(problem('link/empty', { file, field, value: url, hint: '请填写链接地址，或删除这个链接。', ...where }));
			return;
		}
		// Other sites and dial links are followed, not checked; script URLs are refused by the body rules.
		if (/^(https?:|mailto:|tel:)/.test(url) || /^\s*(javascript|vbscript):/i.test(url)) return;
		if (!url.startsWith('/') && !url.startsWith('#')) {
			problems.push(
				problem('link/relative', { file, field, value: url, hint: '写成 /emergency/system-failure/ 这样的绝对路径。', ...where }),
			);
			return;
		}
		const { path: written, anchor } = splitLink(url);
		const path = written || page;
		if (path === '') return;
		if (!pages.has(path)) {
			const hint = '请检查路径拼写；章节路径就是 content/chapters 下的文件路径，清单路径是 /checklists/清单id/。';
			problems.push(problem('link/page', { file, field, value: url, hint, ...where }));
			return;
		}
		const anchors = pages.get(path);
		if (anchor && anchors && !anchors.has(anchor))
			problems.push(
				problem('link/anchor', { file, field, value: url, hint: `该页面可用的锚点：${[...anchors].join('、') || '（无）'}。`, ...where }),
			);
	};

	for (const chapter of manual.chapters)
		for (const written of chapter.links)
			link(chapter.file, '正文链接', written.url, { line: written.line, column: written.column }, chapterPath(chapter.id));
	for (const { file, data, locate } of manual.checklists)
		data.phases.forEach((phase, p) =>
			phase.steps.forEach((step, s) =>
				step.links.forEach((url, index) =>
					link(file, `phases[${p}].steps[${s}].links[${index}]`, url, locate(['phases', p, 'steps', s, 'links', index])),
				),
			),
		);
	for (const { file, data, locate } of manual.calendars)
		data.deadlineDay.forEach((cutoff, index) =>
			link(file, `deadlineDay[${index}].link`, cutoff.link, locate(['deadlineDay', index, 'link'])),
		);
	return problems;
}
