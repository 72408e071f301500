import { z } from 'zod';
import { ChapterIdSchema, ChecklistIdSchema, RoleIdSchema, slug } from './ids.ts';

/**
 * Training content: a learning path per role (ordered stages of chapters to read, checklists to
 * drill and self-checks to pass) and a self-check per chapter. References between them and to
 * chapters, checklists and roles are checked by `src/check/rules/training.ts`; the answers'
 * consistency with the options too, since it spans fields.
 */

/** A path's id is its file name under content/training/paths, e.g. accountant. */
export const PathIdSchema = slug('学习路径 id');

export const StageSchema = z.strictObject({
	/** Shown as the stage heading, e.g. 第一周. */
	name: z.string().min(2).describe('阶段名称，例如 第一周'),
	/** One line on what the stage is for. */
	goal: z.string().min(2).describe('本阶段的目标，一句话'),
	/** Chapters to read and confirm, in reading order. */
	chapters: z.array(ChapterIdSchema).default([]).describe('要阅读并确认的章节 id，按阅读顺序'),
	/** Checklists to practise: a finished drill run of each counts. */
	checklists: z.array(ChecklistIdSchema).default([]).describe('要演练的清单 id：完成一次演练运行即算练过'),
	/** Self-checks to pass, named by their chapter id. */
	selfChecks: z.array(ChapterIdSchema).default([]).describe('要通过的自测，用自测所属章节的 id 表示'),
});

export const LearningPathSchema = z.strictObject({
	/** Shown as the path page's title. */
	title: z.string().min(2).describe('学习路径标题'),
	/** The role this path trains. */
	role: RoleIdSchema.describe('本路径培训的岗位 id，见 content/roles/roles.yaml'),
	/** Paths whose stages come first, e.g. the common core everyone reads. */
	includes: z.array(PathIdSchema).default([]).describe('先学的其他路径 id（例如全员共同的基础路径），它们的阶段排在本路径之前'),
	/** Ordered stages. */
	stages: z.array(StageSchema).min(1).describe('按先后排列的阶段，至少一个'),
});

export const QUESTION_KINDS = ['single', 'multiple', 'true-false'] as const;
/** The two answers of a true/false question, as editors write them. */
export { TRUE_FALSE } from './true-false.ts';

export const QuestionSchema = z.strictObject({
	/** Stable within the self-check: results on devices refer to it. */
	id: slug('题目 id').describe('题目 id，在本自测内唯一，发布后不要改'),
	/** single 单选 | multiple 多选 | true-false 判断. */
	kind: z.enum(QUESTION_KINDS).describe('题型：single 单选，multiple 多选，true-false 判断'),
	/** The question. */
	prompt: z.string().min(4).describe('题干'),
	/** Choices, lettered A, B, C… on the page; none for true/false. */
	options: z.array(z.string().min(1)).max(6).default([]).describe('选项，页面上依次标为 A、B、C…；判断题不写'),
	/** Letters of the correct options, or 对/错 for true/false. */
	answer: z
		.union([z.string(), z.array(z.string())])
		.transform((value) => (Array.isArray(value) ? value : [value]))
		.describe('正确答案：选项字母（多选写成列表，如 [A, C]），判断题写 对 或 错'),
	/** One line shown after a wrong answer. */
	why: z.string().min(4).describe('答错时显示的一句解释'),
	/** The heading anchor of the chapter section the why comes from. */
	section: z.string().min(1).describe('解释出自章节的哪一节：该节标题的锚点，例如 第一周规则与安全'),
	/** A wrong answer here fails the self-check whatever the score. */
	mustBeRight: z.boolean().default(false).describe('必须全对：答错这一题，总分再高也不通过'),
});

export const SelfCheckSchema = z.strictObject({
	/** The chapter this self-check tests; one self-check per chapter. */
	chapter: ChapterIdSchema.describe('本自测所属的章节 id'),
	/** Percentage of questions right needed to pass. */
	passMark: z.number().int().min(1).max(100).describe('及格线：答对题目的百分比，1 到 100'),
	questions: z.array(QuestionSchema).min(1).describe('题目，至少一题'),
});

export type Stage = z.output<typeof StageSchema>;
export type LearningPath = z.output<typeof LearningPathSchema>;
export type Question = z.output<typeof QuestionSchema>;
export type QuestionKind = Question['kind'];
export type SelfCheck = z.output<typeof SelfCheckSchema>;
