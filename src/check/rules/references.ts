import { CONTENT } from '../../manual/paths.ts';
import type { Manual } from '../load.ts';
import { problem, unknownIds, type ContentProblem, type Position } from '../problem.ts';

const list = (values: Iterable<string>) => [...values].join('、');

/** Every role, checklist and chapter a file names exists, and chapters name the checklists that name them. */
export function referenceProblems(manual: Manual): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const roleIds = new Set(manual.roles?.data.map((role) => role.id) ?? []);
	const roleList = (manual.roles?.data ?? []).map((role) => `${role.id}（${role.name}）`).join('、');
	const checklistIds = new Set([...manual.checklists, ...manual.rejectedChecklists].map((checklist) => checklist.id));

	const role = (file: string, field: string, value: string, where: Position) => {
		// Without a valid roles file every role would be unknown: its own problem is the one to fix.
		if (!manual.roles || roleIds.has(value)) return;
		const hint = `允许的岗位 id：${roleList}。请改成其中之一，或先在 ${CONTENT.roles} 中新增岗位。`;
		problems.push(problem('ref/role', { file, field, value, hint, ...where }));
	};

	for (const { file, fields, locate } of manual.chapters) {
		if (!fields) continue;
		role(file, 'owner', fields.owner, locate(['owner']));
		fields.audience.forEach((id, index) => role(file, `audience[${index}]`, id, locate(['audience', index])));
		problems.push(
			...unknownIds(
				'ref/checklist',
				fields.checklists,
				checklistIds,
				{ file, locate, path: ['checklists'] },
				`已有的清单：${list(checklistIds)}。`,
			),
		);
	}

	for (const { id, file, data, locate } of manual.checklists) {
		data.chapters.forEach((chapterId, index) => {
			const field = `chapters[${index}]`;
			const where = locate(['chapters', index]);
			const chapter = manual.chapters.find((candidate) => candidate.id === chapterId);
			if (!chapter) {
				const hint = '章节 id 是 content/chapters 下的路径（不含扩展名），例如 emergency/system-failure。';
				problems.push(problem('ref/chapter', { file, field, value: chapterId, hint, ...where }));
			} else if (chapter.fields && !chapter.fields.checklists.includes(id)) {
				const hint = `请在 ${chapter.file} 的 checklists 中加上 ${id}，让读者能从章节找到清单。`;
				problems.push(problem('ref/reciprocal', { file, field, value: chapterId, hint, ...where }));
			}
		});
		data.phases.forEach((phase, p) =>
			phase.steps.forEach((step, s) => role(file, `phases[${p}].steps[${s}].role`, step.role, locate(['phases', p, 'steps', s, 'role']))),
		);
	}

	// Checklists that failed their schema still have their roles checked, so errors do not come in stages.
	for (const { file, roles } of manual.rejectedChecklists) for (const { field, value, where } of roles) role(file, field, value, where);

	if (manual.roles) {
		const { file, data, locate } = manual.roles;
		data.forEach((entry, index) => {
			if (entry.standIn !== entry.id) role(file, `[${index}].standIn`, entry.standIn, locate([index, 'standIn']));
		});
	}

	if (manual.responseRules) {
		const { file, data, locate } = manual.responseRules;
		data.firstReports.forEach((entry, index) =>
			role(file, `firstReports[${index}].reportTo`, entry.reportTo, locate(['firstReports', index, 'reportTo'])),
		);
		data.decisions.forEach((entry, index) =>
			role(file, `decisions[${index}].decidedBy`, entry.decidedBy, locate(['decisions', index, 'decidedBy'])),
		);
	}

	if (manual.organisation) {
		const { file, data, locate } = manual.organisation;
		data.contacts.forEach((contact, index) => {
			if (contact.role) role(file, `contacts[${index}].role`, contact.role, locate(['contacts', index, 'role']));
			role(file, `contacts[${index}].keeper`, contact.keeper, locate(['contacts', index, 'keeper']));
		});
	}
	return problems;
}
