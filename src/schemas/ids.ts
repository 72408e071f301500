import { z } from 'zod';

/**
 * The ids content files use to name each other. One definition each, so a role id means the same
 * in a chapter's `owner`, a step's `role` and the role directory.
 */
export const RoleIdSchema = z.string().regex(/^[a-z0-9-]+$/, '岗位 id 只能用小写字母、数字和连字符');
export const ChecklistIdSchema = z.string().regex(/^[a-z0-9-]+$/, '清单 id 只能用小写字母、数字和连字符');
/** A chapter's id: its path under content/chapters without extension. */
export const ChapterIdSchema = z
	.string()
	.regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, '章节 id 是 content/chapters 下的路径（不含扩展名），只能用小写字母、数字、连字符和 /');

/** Lower-case words joined by hyphens, e.g. report-outage; `what` names the field in the message. */
export const slug = (what: string) =>
	z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, `${what}只能用小写字母、数字和连字符，例如 report-outage`);
