/**
 * Handing a run to someone on another device, with no server: as a file (the JSON export of one
 * run, or of every run on a device) or as a link whose fragment (`#run=…`, which browsers never
 * send to a server) carries the compressed record. The receiving device validates what it is
 * given with the run's schema and merges it into its own copy by event id, so taking the same
 * hand-over twice changes nothing the second time.
 *
 * The link leaves out the checklist's frozen copy, which is most of a record's size: it names the
 * checklist, its edition and a fingerprint of the copy instead, and the checklist page it opens
 * supplies the copy. When that page's copy differs (the checklist was edited since), the link is
 * refused with a message pointing to the file, which carries the copy in full; a link naming the
 * same edition's copy as manuals before 2026-12 froze it (without links and first actions) is taken.
 *
 * Link payload, before compression: `{ "handover": 2, "checklist": { id, edition, fingerprint },
 * "run": <the run without "checklist"> }`, deflated (`CompressionStream('deflate-raw')`) and
 * written as base64url. Everything here runs in the browser and in Node 24 alike.
 */
import { parseDrafts, type RunDrafts } from '../documents/drafts.ts';
import { canonical, olderFields } from './frozen.ts';
import { mergeRuns, missingEvents, type ChecklistRun, type ChecklistSnapshot } from './model.ts';
import { parseRun } from './store.ts';
import { LINK_PARAM } from './handover-fragment.ts';

export { LINK_PARAM, payloadOf } from './handover-fragment.ts';

/** Version of the link payload; it wraps a run of format version 3 (or 2, from an older page). */
export const LINK_VERSION = 2;
/**
 * Longest link drawn as a QR code. A QR code holds at most 2,953 bytes, and codes that dense are
 * hard for a phone to read off a screen; longer links still work when pasted, and the file always does.
 */
export const QR_LINK_LIMIT = 2_000;
/** The `format` of a file holding every run on a device (the run history page's export). */
export const RUNS_FILE_FORMAT = 'manual-runs';

/** What an import found: the runs to merge (and their document drafts), or why nothing can be taken (in Chinese, for the reader). */
export type ImportResult = { runs: ChecklistRun[]; drafts?: RunDrafts[] } | { problem: string };

/** Where an import happens: a checklist page takes only its own checklist's runs. */
export interface ImportScope {
	checklist?: Pick<ChecklistSnapshot, 'id' | 'title'>;
}

/** A short fingerprint (FNV-1a, 32 bits) of a checklist's frozen copy: not security, just "the same copy". */
export function snapshotFingerprint(checklist: ChecklistSnapshot): string {
	let hash = 0x811c9dc5;
	for (const char of canonical(checklist)) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
	return (hash >>> 0).toString(36);
}

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
	const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform);
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The run as the fragment payload: compressed, base64url, without the checklist's copy. */
export async function encodeRunPayload(run: ChecklistRun): Promise<string> {
	const { checklist, ...rest } = run;
	const payload = {
		handover: LINK_VERSION,
		checklist: { id: checklist.id, edition: checklist.edition, fingerprint: snapshotFingerprint(checklist) },
		run: rest,
	};
	return toBase64Url(await pipe(new TextEncoder().encode(JSON.stringify(payload)), new CompressionStream('deflate-raw')));
}

/** The hand-over link: the checklist page's absolute address with the run in its fragment. */
export async function handoverLink(run: ChecklistRun, checklistPageUrl: string): Promise<string> {
	return `${checklistPageUrl.replace(/#.*$/, '')}#${LINK_PARAM}=${await encodeRunPayload(run)}`;
}

const BROKEN_LINK = '交接链接不完整或已损坏（可能复制时被截断）：请重新复制整条链接，或请对方改用“下载记录文件”交接。';

/**
 * Reads a hand-over link's payload on the checklist page it opened. `pageChecklist` is the page's
 * own frozen copy, which the link refers to instead of carrying it.
 */
export async function decodeRunPayload(payload: string, pageChecklist: ChecklistSnapshot): Promise<ImportResult> {
	let parsed: unknown;
	try {
		const bytes = await pipe(fromBase64Url(payload), new DecompressionStream('deflate-raw'));
		parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		return { problem: BROKEN_LINK };
	}
	const wrapper = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as {
		handover?: unknown;
		checklist?: { id?: unknown; edition?: unknown; fingerprint?: unknown };
		run?: unknown;
	};
	if (wrapper.handover !== LINK_VERSION)
		return {
			problem:
				wrapper.handover === undefined
					? BROKEN_LINK
					: `交接链接的格式版本为 ${JSON.stringify(wrapper.handover)}，本手册只能读取版本 ${LINK_VERSION}：请用最新版本的手册打开，或改用记录文件。`,
		};
	const named = wrapper.checklist ?? {};
	if (named.id !== pageChecklist.id)
		return {
			problem: `交接链接中的记录属于清单 ${JSON.stringify(named.id)}，不是本页的《${pageChecklist.title}》：请打开对方发来的原始链接。`,
		};
	// A link from a page of the same edition made before every field was frozen names the older copy (src/domain/run/frozen.ts).
	if (named.fingerprint !== snapshotFingerprint(pageChecklist) && named.fingerprint !== snapshotFingerprint(olderFields(pageChecklist)))
		return {
			problem: `交接链接中的记录按 ${String(named.edition)} 版清单执行，本设备打开的是 ${pageChecklist.edition} 版（或清单内容不同），无法还原步骤：请对方改用“下载记录文件”交接，文件中带有完整的清单。`,
		};
	const run = typeof wrapper.run === 'object' && wrapper.run !== null ? { ...wrapper.run, checklist: pageChecklist } : undefined;
	return checkRun(run, {}, '交接链接中的记录');
}

function problemOf(raw: unknown, what: string): string {
	const version = typeof raw === 'object' && raw !== null ? (raw as { version?: unknown }).version : undefined;
	if (version !== 1 && version !== 2 && version !== 3)
		return version === undefined
			? `${what}缺少格式版本（version），不是手册导出的运行记录。`
			: `${what}的格式版本为 ${JSON.stringify(version)}，本手册只能读取版本 1 至 3：请用最新版本的手册打开它。`;
	const parsed = parseRun(raw);
	return 'problem' in parsed ? `${what}已损坏，无法读取：${parsed.problem}。` : '';
}

function checkRun(raw: unknown, scope: ImportScope, what: string): ImportResult {
	const parsed = parseRun(raw);
	if ('problem' in parsed) return { problem: problemOf(raw, what) };
	const run = parsed.run;
	if (scope.checklist && run.checklist.id !== scope.checklist.id)
		return {
			problem: `${what}属于另一张清单《${run.checklist.title}》，不是本页的《${scope.checklist.title}》：请在那张清单的页面或“本设备上的运行记录”页导入。`,
		};
	return { runs: [run] };
}

/**
 * Reads an imported file: one run (the runner's "导出 JSON", or a stored record) or every run of
 * a device (the history page's export). Nothing is taken unless everything in the file is valid.
 */
export function parseImport(text: string, scope: ImportScope = {}): ImportResult {
	let raw: unknown;
	try {
		raw = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return { problem: '这个文件不是 JSON 格式，无法读取：请选择从手册导出的运行记录文件（.json）。' };
	}
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
		return { problem: '这个文件不是手册导出的运行记录：文件中应是一次运行或全部运行的记录。' };
	const file = raw as { format?: unknown; runs?: unknown; drafts?: unknown; events?: unknown; checklist?: unknown };
	if (file.format === RUNS_FILE_FORMAT) {
		if (!Array.isArray(file.runs)) return { problem: '这个文件已损坏：缺少运行记录列表（runs）。' };
		const runs: ChecklistRun[] = [];
		for (const [index, item] of file.runs.entries()) {
			const result = checkRun(item, scope, `文件中的第 ${index + 1} 条记录`);
			if ('problem' in result) return result;
			runs.push(...result.runs);
		}
		if (runs.length === 0) return { problem: '这个文件中没有运行记录。' };
		const drafts: RunDrafts[] = [];
		for (const [index, item] of (Array.isArray(file.drafts) ? file.drafts : []).entries()) {
			const parsed = parseDrafts(item);
			if ('problem' in parsed) return { problem: `这个文件中的第 ${index + 1} 组文书草稿已损坏，无法读取：${parsed.problem}。` };
			drafts.push(parsed.drafts);
		}
		return drafts.length ? { runs, drafts } : { runs };
	}
	if (file.format !== undefined || !('events' in file) || !('checklist' in file))
		return { problem: '这个文件不是手册导出的运行记录：没有找到清单副本（checklist）和操作记录（events）。' };
	return checkRun(raw, scope, '这份记录');
}

/**
 * Every run as one file, for the history page's "导出全部", with the runs' document drafts
 * (`drafts`, src/domain/documents/drafts.ts) when there are any. Both are stored records, valid as imported.
 */
export function runsToFile(runs: readonly ChecklistRun[], now = new Date(), drafts: readonly RunDrafts[] = []): string {
	return JSON.stringify({ format: RUNS_FILE_FORMAT, exportedAt: now.toISOString(), runs, ...(drafts.length ? { drafts } : {}) }, null, 2);
}

/** What merging an imported run into this device's copy did. */
export interface MergeOutcome {
	run: ChecklistRun;
	/** True when the device had no copy of the run. */
	isNew: boolean;
	/** Events the device did not have. */
	added: number;
}

/** The device's copy with the imported one merged in, by event id; merging the same copy again adds nothing. */
export function mergeImported(existing: ChecklistRun | undefined, imported: ChecklistRun): MergeOutcome {
	if (!existing) return { run: imported, isNew: true, added: imported.events.length };
	const added = missingEvents(existing, imported).length;
	return { run: added > 0 ? mergeRuns(existing, imported) : existing, isNew: false, added };
}

/** What an import did, in one sentence for the page to show and announce. */
export function importMessage(outcomes: readonly MergeOutcome[]): string {
	const fresh = outcomes.filter((outcome) => outcome.isNew).length;
	const merged = outcomes.filter((outcome) => !outcome.isNew && outcome.added > 0);
	const added = merged.reduce((sum, outcome) => sum + outcome.added, 0);
	const parts = [
		fresh > 0 ? `新导入 ${fresh} 条运行记录` : '',
		merged.length > 0 ? `${merged.length} 条已有的记录合并了 ${added} 条新操作` : '',
	].filter(Boolean);
	return parts.length > 0 ? `${parts.join('，')}。` : '本设备上的记录已是最新，没有新的操作。';
}
