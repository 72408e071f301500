import { z } from './zod-browser.ts';

/**
 * The document drafts of one run as this device stores them (format version 1;
 * src/domain/documents/drafts.ts documents the storage). Parsed with these schemas on every read
 * from storage, another tab or an imported file. `zod/mini`, like the run's schema: it ships to
 * the browser.
 */
const isoTime = (description: string) => z.iso.datetime({ offset: true }).check(z.describe(description));

export const TypedFieldSchema = z.object({
	value: z.string().check(z.describe('起草人填写的内容；空字符串表示清空')),
	at: isoTime('填写时间；两个标签页或两台设备改同一栏时，较晚的为准'),
});

export const DocumentDraftSchema = z.object({
	template: z.string().check(z.minLength(1), z.describe('文书模板 id（content/documents 下的文件名）')),
	runIds: z
		.array(z.string().check(z.minLength(1)))
		.check(z.minLength(1), z.describe('起草所依据的运行记录：第一条是本记录，其余是合并进来的同一事件的记录')),
	createdAt: isoTime('开始起草的时间'),
	fields: z.record(z.string(), TypedFieldSchema).check(z.describe('起草人填写或改写的栏目，按字段名')),
});

export const RunDraftsSchema = z.object({
	version: z.literal(1).check(z.describe('存储格式版本')),
	runId: z.string().check(z.minLength(1), z.describe('这些草稿所属的运行记录')),
	drafts: z.array(DocumentDraftSchema).check(z.describe('这次运行的文书草稿，每种文书一份')),
});

export type TypedField = z.output<typeof TypedFieldSchema>;
export type DocumentDraft = z.output<typeof DocumentDraftSchema>;
export type RunDrafts = z.output<typeof RunDraftsSchema>;
