/**
 * The named fields a document template may use, and how its text is read.
 *
 * A template writes `{{发现时间}}` where the run's discovery time goes: every name in
 * `RUN_FIELDS` is filled from the run record (and left as a visible blank when the record has
 * nothing for it, e.g. 结束时间 of a run still under way). `{{填写：受影响的人数}}` (the colon
 * half- or full-width) is a blank the person drafting fills in on the page; its label is theirs
 * to choose. Any other name is an editor's slip: the content check names the allowed ones.
 * Browser-safe: the check, the page and the tests read this one table.
 */

/** Every field a run provides, with what it holds, as the check's message and the page's legend show it. */
export const RUN_FIELDS = {
	机构名称: '本公司名称（content/organisation/organisation.yaml）',
	事件标题: '运行时填写的事件标题',
	清单名称: '所执行清单的标题',
	级别: '最后确定的级别名称，例如 一级',
	发现时间: '发现事件的时间',
	启动时间: '开始执行清单的时间',
	结束时间: '结束运行的时间（尚未结束时留空待填）',
	报告人: '运行时填写的报告人',
	已采取的措施: '已完成的步骤，逐条写明完成时间和备注，不写人名（对外文书用）',
	已完成的步骤: '已完成的步骤，逐条写明完成时间、完成人和备注（对内文书用）',
	不适用的步骤: '标为不适用的步骤和理由',
	未完成的步骤: '尚未完成的步骤',
	备注: '各步骤的备注',
	处置经过: '操作历史：谁在什么时间做了什么',
	参与人员: '在记录中留下姓名的人',
	期限执行情况: '有期限的步骤是否按时完成：按时、超时或未完成',
	法定时限: '法定时限步骤的截止时间和完成情况',
	事件时间线: '按时间排列的全部操作；导入同一事件的几份记录时合并成一条时间线',
	起草日期: '起草这份文书的日期',
} as const;

export type RunFieldName = keyof typeof RUN_FIELDS;

export const isRunField = (name: string): name is RunFieldName => Object.hasOwn(RUN_FIELDS, name);

/** A piece of a template's text: literal text, a field from the run, or a blank to type. */
export type TemplatePiece = { kind: 'text'; text: string } | { kind: 'run'; name: string } | { kind: 'blank'; label: string };

const FIELD = /\{\{\s*([^{}]*?)\s*\}\}/g;
const BLANK = /^填写\s*[:：]\s*(.+)$/;

/** Splits a template's text at its `{{…}}` fields. A name that is neither a run field nor a blank comes back as `run` with that name: the check reports it. */
export function templatePieces(text: string): TemplatePiece[] {
	const pieces: TemplatePiece[] = [];
	let last = 0;
	for (const match of text.matchAll(FIELD)) {
		if (match.index > last) pieces.push({ kind: 'text', text: text.slice(last, match.index) });
		const name = match[1] ?? '';
		const blank = BLANK.exec(name);
		pieces.push(blank ? { kind: 'blank', label: blank[1]!.trim() } : { kind: 'run', name });
		last = match.index + match[0].length;
	}
	if (last < text.length) pieces.push({ kind: 'text', text: text.slice(last) });
	return pieces;
}

/** The key under which a draft keeps what was typed for a field: the run field's name, or `填写：label`. */
export const blankKey = (label: string) => `填写：${label}`;
