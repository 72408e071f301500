/**
 * What `npm run new` does once it has its answers: checks them against the manual (ids, roles,
 * parts, that the file is new), writes the file from its template and updates the files that
 * must name it. Returns the files it wrote, for the command to list.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { chapterPath, checklistPath } from '../../src/domain/routes.ts';
import { checklistFile, CONTENT } from '../../src/manual/paths.ts';
import { PARTS } from '../../src/schemas/chapter.ts';
import { CHECKLIST_KINDS, INCIDENT_CATEGORIES } from '../../src/schemas/checklist.ts';
import { firstReportFor, withinText } from '../../src/check/rules/first-actions.ts';
import { ResponseRulesSchema } from '../../src/schemas/response-rules.ts';
import { addChecklistToChapter, addToSidebar } from './edits.ts';
import { chapterTemplate, checklistTemplate, type ChapterAnswers, type ChecklistAnswers } from './templates.ts';

/** A mistake in the answers, in the words the editor reads. */
export class AnswerError extends Error {}

export const CHAPTER_ID = /^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)+$/;
export const CHECKLIST_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Role ids and their Chinese names, in directory order. */
export function readRoles(root: string): Map<string, string> {
	const entries = parse(readFileSync(join(root, CONTENT.roles), 'utf8')) as { id: string; name: string }[];
	return new Map(entries.map((role) => [role.id, role.name]));
}

/**
 * The first report of an incident category as content/facts/response.yaml gives it, written as the
 * check wants the first `call` to read; undefined when the rules cannot be read (the template then
 * leaves 待补充 and the check explains).
 */
export function firstCallFor(root: string, category: string): string | undefined {
	let rules;
	try {
		rules = ResponseRulesSchema.safeParse(parse(readFileSync(join(root, CONTENT.responseRules), 'utf8')));
	} catch {
		return undefined;
	}
	if (!rules.success) return undefined;
	const report = firstReportFor(rules.data.firstReports, category);
	const role = report && readRoles(root).get(report.reportTo);
	return report && role ? `${withinText(report.within)}电话告诉${role}` : undefined;
}

/**
 * The part a new chapter most likely belongs to: the sidebar part whose chapters sit in the same
 * folder (operations/… → 运营), when that part is one of the manual's parts.
 */
export function partForFolder(root: string, id: string): string | undefined {
	const folder = id.split('/')[0];
	const parts = parse(readFileSync(join(root, CONTENT.sidebar), 'utf8')) as { label: string; chapters: string[] }[];
	const part = parts.find((candidate) => candidate.chapters.some((chapter) => chapter.split('/')[0] === folder));
	return part && (PARTS as readonly string[]).includes(part.label) ? part.label : undefined;
}

export const chapterFile = (root: string, id: string) => join(root, CONTENT.chapters, `${id}.mdx`);

function existingChapter(root: string, id: string): string | undefined {
	return ['.mdx', '.md'].map((ext) => join(root, CONTENT.chapters, `${id}${ext}`)).find((file) => existsSync(file));
}

function checkRole(root: string, owner: string) {
	const roles = readRoles(root);
	if (!roles.has(owner))
		throw new AnswerError(`没有 id 为“${owner}”的岗位。可选：${[...roles].map(([id, name]) => `${id}（${name}）`).join('、')}。`);
}

/** Refuses a chapter path that is malformed or taken, before any question is asked. */
export function checkNewChapterId(root: string, id: string): void {
	if (!CHAPTER_ID.test(id))
		throw new AnswerError(`章节路径“${id}”不合规：写成 部分目录/文件名，只用小写字母、数字和连字符，例如 operations/payroll-tax。`);
	if (existingChapter(root, id)) throw new AnswerError(`章节 ${id} 已经存在，请换一个路径。`);
}

/** Refuses a checklist id that is malformed or taken, before any question is asked. */
export function checkNewChecklistId(root: string, id: string): void {
	if (!CHECKLIST_ID.test(id)) throw new AnswerError(`清单 id“${id}”不合规：只用小写字母、数字和连字符，例如 payroll-tax。`);
	if (existsSync(join(root, checklistFile(id)))) throw new AnswerError(`清单 ${id} 已经存在，请换一个 id。`);
}

export function createChapter(root: string, id: string, answers: ChapterAnswers): string[] {
	checkNewChapterId(root, id);
	if (!PARTS.includes(answers.part)) throw new AnswerError(`所属部分只能是 ${PARTS.join('、')}，不能是“${answers.part}”。`);
	checkRole(root, answers.owner);
	if (answers.title.trim().length < 2) throw new AnswerError('标题至少 2 个字。');
	const sidebarFile = join(root, CONTENT.sidebar);
	const sidebar = addToSidebar(readFileSync(sidebarFile, 'utf8'), id, answers.part);
	const file = chapterFile(root, id);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, chapterTemplate(answers));
	writeFileSync(sidebarFile, sidebar);
	return [`${CONTENT.chapters}/${id}.mdx`, CONTENT.sidebar];
}

export function createChecklist(root: string, id: string, answers: ChecklistAnswers): string[] {
	checkNewChecklistId(root, id);
	const file = join(root, checklistFile(id));
	if (!(answers.kind in CHECKLIST_KINDS))
		throw new AnswerError(
			`清单种类只能是 ${Object.entries(CHECKLIST_KINDS)
				.map(([kind, name]) => `${kind}（${name}）`)
				.join('、')}。`,
		);
	if (answers.kind === 'incident' && !(answers.category && answers.category in INCIDENT_CATEGORIES))
		throw new AnswerError(
			`应急清单要选应急类别：${Object.entries(INCIDENT_CATEGORIES)
				.map(([category, name]) => `${category}（${name}）`)
				.join('、')}。`,
		);
	checkRole(root, answers.owner);
	if (answers.title.trim().length < 2) throw new AnswerError('标题至少 2 个字。');
	const written = [checklistFile(id)];
	let chapterEdit: [string, string] | undefined;
	if (answers.chapter) {
		const chapter = existingChapter(root, answers.chapter);
		if (!chapter) throw new AnswerError(`没有章节 ${answers.chapter}（content/chapters 下的路径，不含扩展名）。`);
		chapterEdit = [chapter, addChecklistToChapter(readFileSync(chapter, 'utf8'), id)];
		written.push(chapter.slice(root.length + 1).replace(/\\/g, '/'));
	}
	const incident = answers.kind === 'incident';
	writeFileSync(
		file,
		checklistTemplate({
			...answers,
			category: incident ? answers.category : undefined,
			firstCall: incident && answers.category ? firstCallFor(root, answers.category) : undefined,
		}),
	);
	if (chapterEdit) writeFileSync(...chapterEdit);
	return written;
}

/** Where the new page will be, for the closing message. */
export const newPagePath = (what: 'chapter' | 'checklist', id: string) => (what === 'chapter' ? chapterPath(id) : checklistPath(id));
