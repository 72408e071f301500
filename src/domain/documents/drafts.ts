/**
 * Document drafts kept on this device beside the run they were drafted from, so that a reload,
 * a second tab or a full storage loses nothing typed into them.
 *
 * Stored shape (format version 1), apart from the run record (whose shape is unchanged):
 * - `manual.drafts.<runId>`: `RunDrafts` as JSON (src/schemas/draft.ts): `{ version: 1, runId,
 *   drafts: [{ template, runIds, createdAt, fields: { <field key>: { value, at } } }] }`, one
 *   draft per template. `runIds` holds the run it is kept with; the other runs of the same
 *   incident merged into it (the review's timeline) are the field `合并的记录`. Only what the drafter typed is stored: what the run provides is filled
 *   in again from the run each time, so the draft follows the record as the incident goes on.
 *   Validated on every read; a value that fails is left where it is, untouched, and reported.
 *
 * Merging (another tab, an import): drafts by template, `runIds` as a union (first kept), each
 * field's latest `at` wins (equal times: the longer value, so merging is order-free).
 *
 * A write that fails (quota, disabled) keeps the drafts pending in memory; `retry` writes them
 * again and `unsaved` tells the page to warn before it is closed.
 *
 * Lifecycle: drafts go with their run: exported and imported with it in the run history's file
 * (`drafts` beside `runs`), removed by `remove` or `clear` with this device's runs.
 */
import { RunDraftsSchema, type DocumentDraft, type RunDrafts, type TypedField } from '../../schemas/draft.ts';

export type { DocumentDraft, RunDrafts, TypedField };

export const DRAFTS_KEY_PREFIX = 'manual.drafts.';
export const DRAFTS_FORMAT_VERSION = 1;

/** Zod's fast path compiles code with `new Function`, which the site's CSP forbids. */
const WITHOUT_EVAL = { jitless: true } as const;

export type ParsedDrafts = { drafts: RunDrafts } | { problem: string };

/** Validates a stored or imported value. */
export function parseDrafts(raw: unknown): ParsedDrafts {
	const parsed = RunDraftsSchema.safeParse(raw, WITHOUT_EVAL);
	if (parsed.success) return { drafts: parsed.data };
	const issue = parsed.error.issues[0];
	return { problem: `${issue?.path.join('.') || '（整条草稿）'}：${issue?.message ?? '格式不对'}` };
}

const later = (a: TypedField, b: TypedField): TypedField => {
	const order = Date.parse(a.at) - Date.parse(b.at);
	if (order !== 0) return order > 0 ? a : b;
	if (a.value.length !== b.value.length) return a.value.length > b.value.length ? a : b;
	return a.value >= b.value ? a : b;
};

function mergeDraft(a: DocumentDraft, b: DocumentDraft): DocumentDraft {
	const fields: Record<string, TypedField> = { ...a.fields };
	for (const [key, field] of Object.entries(b.fields)) fields[key] = fields[key] ? later(fields[key], field) : field;
	return {
		template: a.template,
		runIds: [...new Set([...a.runIds, ...b.runIds])],
		createdAt: Date.parse(a.createdAt) <= Date.parse(b.createdAt) ? a.createdAt : b.createdAt,
		fields,
	};
}

/** The union of two copies of one run's drafts. */
export function mergeDrafts(a: RunDrafts, b: RunDrafts): RunDrafts {
	const byTemplate = new Map<string, DocumentDraft>();
	for (const draft of [...a.drafts, ...b.drafts]) {
		const known = byTemplate.get(draft.template);
		byTemplate.set(draft.template, known ? mergeDraft(known, draft) : draft);
	}
	return { version: DRAFTS_FORMAT_VERSION, runId: a.runId, drafts: [...byTemplate.values()] };
}

/** A new, empty draft of `template` for the runs named (the first is the one it is kept with). */
export function newDraft(template: string, runIds: readonly string[], now = new Date()): DocumentDraft {
	return { template, runIds: [...runIds], createdAt: now.toISOString(), fields: {} };
}

/** The draft with one field typed; the original is not modified. */
export function typeField(draft: DocumentDraft, key: string, value: string, now = new Date()): DocumentDraft {
	return { ...draft, fields: { ...draft.fields, [key]: { value, at: now.toISOString() } } };
}

/**
 * The key under which a draft keeps the other runs merged into it, as a typed field (ids joined
 * by commas): the latest choice wins on merging like any field, so un-merging a run survives
 * another tab's copy, which a union of ids would not.
 */
export const MERGED_RUNS_KEY = '合并的记录';

/** The runs a draft is filled from: its own first, then the ones merged in. */
export function draftRunIds(draft: DocumentDraft): string[] {
	const merged = draft.fields[MERGED_RUNS_KEY]?.value.split(',').filter(Boolean) ?? [];
	return [...new Set([draft.runIds[0]!, ...merged])];
}

/** The draft with the runs merged into it set to `runIds` (its own run is always kept). */
export function withMergedRuns(draft: DocumentDraft, runIds: readonly string[], now = new Date()): DocumentDraft {
	return typeField(draft, MERGED_RUNS_KEY, runIds.filter((id) => id !== draft.runIds[0]).join(','), now);
}

/** The values typed into a draft, by field key. */
export const typedValues = (draft: DocumentDraft | undefined): Record<string, string> =>
	Object.fromEntries(
		Object.entries(draft?.fields ?? {})
			.filter(([key]) => key !== MERGED_RUNS_KEY)
			.map(([key, field]) => [key, field.value]),
	);

export type DraftSaveOutcome = { status: 'saved'; drafts: RunDrafts } | { status: 'pending'; drafts: RunDrafts };

export class DraftStore {
	private readonly storage: Storage | undefined;
	private readonly pending = new Map<string, RunDrafts>();

	constructor(storage: Storage | undefined) {
		this.storage = storage;
	}

	/** Drafts the page holds that are not on the device yet. */
	get unsaved(): number {
		return this.pending.size;
	}

	private read(runId: string): RunDrafts | undefined {
		let text: string | null;
		try {
			text = this.storage?.getItem(DRAFTS_KEY_PREFIX + runId) ?? null;
		} catch {
			return undefined;
		}
		if (text === null) return undefined;
		try {
			const parsed = parseDrafts(JSON.parse(text));
			return 'drafts' in parsed && parsed.drafts.runId === runId ? parsed.drafts : undefined;
		} catch {
			return undefined;
		}
	}

	/** The run's drafts: what is stored merged with what is still waiting to be written. */
	get(runId: string): RunDrafts {
		const stored = this.read(runId);
		const held = this.pending.get(runId);
		const empty: RunDrafts = { version: DRAFTS_FORMAT_VERSION, runId, drafts: [] };
		return stored && held ? mergeDrafts(stored, held) : (held ?? stored ?? empty);
	}

	/** One draft of a run, if there is one. */
	draft(runId: string, template: string): DocumentDraft | undefined {
		return this.get(runId).drafts.find((draft) => draft.template === template);
	}

	/** Writes one draft, merged with what another tab stored meanwhile. */
	saveDraft(runId: string, draft: DocumentDraft): DraftSaveOutcome {
		return this.save({ version: DRAFTS_FORMAT_VERSION, runId, drafts: [draft] });
	}

	/** Writes drafts merged with the stored copy (and anything pending); keeps them pending when storage refuses. */
	save(drafts: RunDrafts): DraftSaveOutcome {
		const held = this.pending.get(drafts.runId);
		const stored = this.read(drafts.runId);
		let merged = held ? mergeDrafts(held, drafts) : drafts;
		if (stored) merged = mergeDrafts(stored, merged);
		try {
			if (!this.storage) throw new Error('no storage');
			this.storage.setItem(DRAFTS_KEY_PREFIX + drafts.runId, JSON.stringify(merged));
		} catch {
			this.pending.set(drafts.runId, merged);
			return { status: 'pending', drafts: merged };
		}
		this.pending.delete(drafts.runId);
		return { status: 'saved', drafts: merged };
	}

	/** Tries every pending write again; returns how many runs' drafts are still pending. */
	retry(): number {
		for (const drafts of [...this.pending.values()]) this.save(drafts);
		return this.pending.size;
	}

	/** The drafts of the runs named that have any, for an export. */
	forRuns(runIds: readonly string[]): RunDrafts[] {
		return runIds.map((id) => this.get(id)).filter((drafts) => drafts.drafts.length > 0);
	}

	/** Merges imported drafts in; returns how many runs' drafts could not be written yet. */
	importAll(all: readonly RunDrafts[]): number {
		return all.filter((drafts) => this.save(drafts).status === 'pending').length;
	}

	/** Removes a run's drafts (with the run). */
	remove(runId: string): void {
		this.pending.delete(runId);
		try {
			this.storage?.removeItem(DRAFTS_KEY_PREFIX + runId);
		} catch {
			// nothing to do: the storage refused, the drafts stay
		}
	}
}

/** The drafts store on this page's localStorage (undefined storage when it cannot be read). */
export function openDraftStore(): DraftStore {
	let storage: Storage | undefined;
	try {
		storage = globalThis.localStorage;
		storage.getItem(DRAFTS_KEY_PREFIX);
	} catch {
		storage = undefined;
	}
	return new DraftStore(storage);
}
