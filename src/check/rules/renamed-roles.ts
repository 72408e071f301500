import { CONTENT } from '../../manual/paths.ts';
import type { Manual } from '../load.ts';
import { problem, type ContentProblem } from '../problem.ts';
import type { RuleSlug } from './registry.ts';

/** The problems a rename stands for: the old id unknown everywhere, the new id without a learning path. */
const UNKNOWN_ROLE = 'ref/role' satisfies RuleSlug;
const NO_PATH = 'training/role-without-path' satisfies RuleSlug;

/** Every role id some file names, whether or not the directory has it. */
function namedRoles(manual: Manual): Set<string> {
	const named = new Set<string>();
	for (const { fields } of manual.chapters) if (fields) [fields.owner, ...fields.audience].forEach((id) => named.add(id));
	for (const { data } of manual.checklists) for (const phase of data.phases) for (const step of phase.steps) named.add(step.role);
	for (const { roles } of manual.rejectedChecklists) for (const { value } of roles) named.add(value);
	for (const role of manual.roles?.data ?? []) if (role.standIn !== role.id) named.add(role.standIn);
	for (const entry of manual.responseRules?.data.firstReports ?? []) named.add(entry.reportTo);
	for (const entry of manual.responseRules?.data.decisions ?? []) named.add(entry.decidedBy);
	for (const contact of manual.organisation?.data.contacts ?? []) [contact.role, contact.keeper].forEach((id) => id && named.add(id));
	for (const { data } of manual.paths) named.add(data.role);
	return named;
}

/**
 * Renaming a role in the directory orphans every file that names it: dozens of “未知岗位” in as
 * many files, each proposing to change that file, when the one edit to undo is the rename. When
 * an unknown id is named in several places and exactly one role of the directory is named nowhere,
 * that role is the renamed one: its definition gets one problem with the right fix, in place of
 * the unknown-role problems of the old id (and the new id's missing learning path).
 */
export function mergeRenamedRoles(problems: ContentProblem[], manual: Manual): ContentProblem[] {
	if (!manual.roles) return problems;
	const { file, data, locate } = manual.roles;
	const named = namedRoles(manual);
	const orphans = data.map((role, index) => ({ role, index })).filter(({ role }) => !named.has(role.id));
	if (orphans.length !== 1) return problems;
	const { role, index } = orphans[0]!;
	const unknown = new Map<string, ContentProblem[]>();
	for (const found of problems)
		if (found.rule === UNKNOWN_ROLE && typeof found.value === 'string')
			unknown.set(found.value, [...(unknown.get(found.value) ?? []), found]);
	const [old, uses] = [...unknown].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
	if (!old || !uses || uses.length < 2) return problems;
	const files = [...new Set(uses.map((use) => use.file))];
	const renamed = problem('role/renamed', {
		file,
		field: `[${index}].id`,
		value: role.id,
		message: `岗位 id 从“${old}”改成了“${role.id}”，还有 ${uses.length} 处（${files.length} 个文件）仍写“${old}”`,
		hint: `岗位 id 发布后不要改：章节的 owner/audience、清单步骤的 role、联系人和学习路径文件名都靠它对应，运行记录里也存着它。请把这里改回 id: ${old}；只想改显示的名称，改 name（现在是“${role.name}”）。确实要改名时，把这 ${uses.length} 处一起改成 ${role.id}（例如 ${files.slice(0, 3).join('、')}${files.length > 3 ? ' 等' : ''}），并把 ${CONTENT.trainingPaths}/${old}.yaml 改名为 ${role.id}.yaml。`,
		...locate([index, 'id']),
	});
	const absorbed = new Set(uses);
	return [renamed, ...problems.filter((found) => !absorbed.has(found) && !(found.rule === NO_PATH && found.value === role.id))];
}
