import { INCIDENT_CATEGORIES, type IncidentCategory } from '../../schemas/checklist.ts';
import type { Manual } from '../load.ts';
import type { ContentProblem } from '../report.ts';
import { chapterPath, checklistPath, DATA_PAGES, splitLink } from '../../domain/routes.ts';

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

const list = (values: Iterable<string>) => [...values].join('、');

/**
 * Rules Zod cannot see because they span files: references resolve, ids are unique,
 * links land on a page and heading that exist, every chapter is reachable.
 */
export function checkIntegrity(manual: Manual): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const roleIds = new Set(manual.roles?.data.map((role) => role.id) ?? []);
	const checklistIds = new Set([...manual.checklists, ...manual.rejectedChecklists].map((checklist) => checklist.id));
	const chapterIds = new Set(manual.chapters.map((chapter) => chapter.id));
	const pages = pageAnchors(manual);

	const role = (file: string, field: string, value: string, where: { line: number; column: number } | undefined) => {
		if (!manual.roles || roleIds.has(value)) return;
		problems.push({ file, field, value, message: '未知岗位', hint: `允许的岗位 id：${list(roleIds)}。请改成其中之一，或先在 content/roles/roles.yaml 中新增岗位。`, ...where, rule: 'ref/role' });
	};

	/** `page` is the path of the page the link is written on, so `#anchor` alone is checked against it. */
	const link = (file: string, field: string, url: string, where: { line: number; column: number } | undefined, page = '') => {
		if (!url.trim()) {
			problems.push({ file, field, value: url, message: '空链接', hint: '请填写链接地址，或删除这个链接。', ...where, rule: 'link/empty' });
			return;
		}
		if (/^(https?:|mailto:|tel:)/.test(url)) return;
		if (!url.startsWith('/') && !url.startsWith('#')) {
			problems.push({ file, field, value: url, message: '站内链接必须以 / 开头', hint: '写成 /emergency/system-failure/ 这样的绝对路径。', ...where, rule: 'link/relative' });
			return;
		}
		const { path: written, anchor } = splitLink(url);
		const path = written || page;
		if (path === '') return;
		if (!pages.has(path)) {
			problems.push({ file, field, value: url, message: '链接指向的页面不存在', hint: '请检查路径拼写；章节路径就是 content/chapters 下的文件路径，清单路径是 /checklists/清单id/。', ...where, rule: 'link/page' });
			return;
		}
		const anchors = pages.get(path);
		if (anchor && anchors && !anchors.has(anchor))
			problems.push({ file, field, value: url, message: '链接指向的标题不存在', hint: `该页面可用的锚点：${list(anchors) || '（无）'}。`, ...where, rule: 'link/anchor' });
	};

	for (const chapter of manual.chapters) {
		const fields = chapter.fields;
		if (fields) {
			role(chapter.file, 'owner', fields.owner, chapter.locate(['owner']));
			fields.audience.forEach((id, index) => role(chapter.file, `audience[${index}]`, id, chapter.locate(['audience', index])));
			fields.checklists.forEach((id, index) => {
				if (!checklistIds.has(id))
					problems.push({ file: chapter.file, field: `checklists[${index}]`, value: id, message: '未知清单', hint: `已有的清单：${list(checklistIds)}。`, ...chapter.locate(['checklists', index]), rule: 'ref/checklist' });
			});
		}
		for (const written of chapter.links) link(chapter.file, '正文链接', written.url, { line: written.line, column: written.column }, chapterPath(chapter.id));
	}

	for (const { id, file, data, locate } of manual.checklists) {
		const severityIds = new Set<string>();
		data.severities.forEach((severity, index) => {
			if (severityIds.has(severity.id))
				problems.push({ file, field: `severities[${index}].id`, value: severity.id, message: '级别 id 重复', hint: '每个级别的 id 必须不同。', ...locate(['severities', index, 'id']), rule: 'checklist/duplicate-severity' });
			severityIds.add(severity.id);
		});
		data.chapters.forEach((chapterId, index) => {
			const field = `chapters[${index}]`;
			const chapter = manual.chapters.find((candidate) => candidate.id === chapterId);
			if (!chapter) problems.push({ file, field, value: chapterId, message: '未知章节', hint: '章节 id 是 content/chapters 下的路径（不含扩展名），例如 emergency/system-failure。', ...locate(['chapters', index]), rule: 'ref/chapter' });
			else if (chapter.fields && !chapter.fields.checklists.includes(id))
				problems.push({ file, field, value: chapterId, message: '章节没有反向关联本清单', hint: `请在 ${chapter.file} 的 checklists 中加上 ${id}，让读者能从章节找到清单。`, ...locate(['chapters', index]), rule: 'ref/reciprocal' });
		});
		const stepIds = new Set<string>();
		data.phases.forEach((phase, p) =>
			phase.steps.forEach((step, s) => {
				const at = (...rest: PropertyKey[]) => locate(['phases', p, 'steps', s, ...rest]);
				const field = `phases[${p}].steps[${s}]`;
				if (stepIds.has(step.id))
					problems.push({ file, field: `${field}.id`, value: step.id, message: '步骤 id 在本清单中重复', hint: '运行记录靠步骤 id 对应，每个 id 必须唯一；请给新步骤换一个 id。', ...at('id'), rule: 'checklist/duplicate-step' });
				stepIds.add(step.id);
				role(file, `${field}.role`, step.role, at('role'));
				step.severities.forEach((severity, index) => {
					if (!severityIds.has(severity))
						problems.push({ file, field: `${field}.severities[${index}]`, value: severity, message: '本清单没有定义这个级别', hint: `本清单定义的级别：${list(severityIds) || '（无）'}。请改用其中之一，或在 severities 中补充定义。`, ...at('severities', index), rule: 'checklist/unknown-severity' });
				});
				step.links.forEach((url, index) => link(file, `${field}.links[${index}]`, url, at('links', index)));
			}),
		);
	}

	const covered = new Set<unknown>([...manual.checklists.map((checklist) => checklist.data.category), ...manual.rejectedChecklists.map((checklist) => checklist.category)]);
	for (const category of Object.keys(INCIDENT_CATEGORIES) as IncidentCategory[]) {
		if (!covered.has(category))
			problems.push({ file: 'content/checklists/', field: 'category', value: category, message: `应急类别“${INCIDENT_CATEGORIES[category]}”没有对应的应急清单`, hint: `请新建 content/checklists/${category}.yaml（kind: incident，category: ${category}）。`, rule: 'category/uncovered' });
	}

	if (manual.roles) {
		const seen = new Set<string>();
		manual.roles.data.forEach((entry, index) => {
			const { file, locate } = manual.roles!;
			if (seen.has(entry.id)) problems.push({ file, field: `[${index}].id`, value: entry.id, message: '岗位 id 重复', hint: '每个岗位的 id 必须唯一。', ...locate([index, 'id']), rule: 'role/duplicate' });
			seen.add(entry.id);
			if (entry.standIn === entry.id) problems.push({ file, field: `[${index}].standIn`, value: entry.standIn, message: '代行岗位不能是本岗位自己', hint: '请填写另一个岗位的 id。', ...locate([index, 'standIn']), rule: 'role/self-stand-in' });
			else role(file, `[${index}].standIn`, entry.standIn, locate([index, 'standIn']));
		});
	}

	if (manual.organisation) {
		const { file, data, locate } = manual.organisation;
		data.contacts.forEach((contact, index) => {
			if (contact.role) role(file, `contacts[${index}].role`, contact.role, locate(['contacts', index, 'role']));
		});
	}

	if (manual.glossary) {
		const seen = new Set<string>();
		manual.glossary.data.forEach((entry, index) => {
			if (seen.has(entry.term))
				problems.push({ file: manual.glossary!.file, field: `[${index}].term`, value: entry.term, message: '术语重复', hint: '同一术语只写一条，把说法合并到 synonyms。', ...manual.glossary!.locate([index, 'term']), rule: 'glossary/duplicate' });
			seen.add(entry.term);
		});
	}

	if (manual.sidebar) {
		const { file, data, locate } = manual.sidebar;
		const listed = new Set<string>();
		data.forEach((part, p) =>
			part.chapters.forEach((id, c) => {
				const where = locate([p, 'chapters', c]);
				if (listed.has(id)) problems.push({ file, field: `[${p}].chapters[${c}]`, value: id, message: '章节在侧边栏中出现了两次', hint: '每个章节只放在一个位置。', ...where, rule: 'sidebar/duplicate' });
				listed.add(id);
				if (!chapterIds.has(id)) problems.push({ file, field: `[${p}].chapters[${c}]`, value: id, message: '侧边栏中的章节不存在', hint: '请检查章节 id 拼写（content/chapters 下的路径，不含扩展名）。', ...where, rule: 'sidebar/unknown-chapter' });
			}),
		);
		for (const chapter of manual.chapters) {
			if (chapter.id !== 'index' && !listed.has(chapter.id))
				problems.push({ file: chapter.file, field: '', message: '章节不在侧边栏中，读者无法从目录找到它', hint: `请把 ${chapter.id} 加到 ${file} 中合适的部分。`, rule: 'sidebar/unreachable' });
		}
	}
	return problems;
}
