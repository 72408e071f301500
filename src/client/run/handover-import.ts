/**
 * Reading, validating and merging a run handed over by link or file, loaded the first time one
 * arrives (./import-control.ts holds the inputs the page starts with). Formats, validation and
 * merging are src/domain/run/handover.ts.
 */
import { openDraftStore } from '../../domain/documents/drafts.ts';
import { decodeRunPayload, importMessage, mergeImported, parseImport, type ImportScope } from '../../domain/run/handover.ts';
import type { ChecklistRun, ChecklistSnapshot } from '../../domain/run/model.ts';
import type { RunStore } from '../../domain/run/store.ts';
import type { HandoverOutcome } from './handover-types.ts';

/** Merges validated runs into the device's copies by event id and saves them; says what changed. */
export async function storeImported(store: RunStore, runs: readonly ChecklistRun[]): Promise<HandoverOutcome> {
	const outcomes = runs.map((run) => mergeImported(store.get(run.id), run));
	const stored: ChecklistRun[] = [];
	let unsaved = 0;
	for (const outcome of outcomes) {
		if (!outcome.isNew && outcome.added === 0) {
			stored.push(outcome.run);
			continue;
		}
		const saved = await store.save(outcome.run);
		if (saved.status === 'pending') unsaved++;
		stored.push(saved.status === 'cleared' ? outcome.run : saved.run);
	}
	const pending = unsaved > 0 ? ` 其中 ${unsaved} 条尚未保存到本设备（存储空间已满）：页面会自动重试，在此之前不要关闭页面。` : '';
	return { run: stored[0]!, runs: stored, message: importMessage(outcomes) + pending, fresh: outcomes[0]!.isNew };
}

/** Takes in a hand-over link's payload on the checklist page it opened. */
export async function importLink(payload: string, checklist: ChecklistSnapshot, store: RunStore): Promise<HandoverOutcome> {
	const result = await decodeRunPayload(payload, checklist);
	return 'problem' in result
		? { problem: `无法导入交接链接：${result.problem}本设备上的记录没有改动。` }
		: storeImported(store, result.runs);
}

/** Reads a chosen file, validates it and merges it in; the sentence to show either way. */
export async function importFile(file: File, scope: ImportScope | undefined, store: RunStore): Promise<HandoverOutcome> {
	const result = parseImport(await file.text(), scope);
	if ('problem' in result) return { problem: `无法导入“${file.name}”：${result.problem}本设备上的记录没有改动。` };
	const outcome = await storeImported(store, result.runs);
	if (result.drafts) openDraftStore().importAll(result.drafts);
	return 'problem' in outcome ? outcome : { ...outcome, message: `已导入“${file.name}”：${outcome.message}` };
}
