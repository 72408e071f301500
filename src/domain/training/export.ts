/**
 * The training record as a file for HR: what the reader's device holds, with the role and the
 * finished drills, under a format tag so that an importer can tell it from any other JSON.
 * `readTrainingExport` never throws: a damaged file yields a Chinese reason, so a manager loading
 * several people's files sees which one is broken and still gets the others.
 */
import type { DrillEvaluation, DrillPhase, DrillRun, Drills } from './drills.ts';
import { parseTrainingRecord, type TrainingRecord } from './record.ts';

export const TRAINING_EXPORT_FORMAT = 'manual.training-record';

export interface TrainingExport {
	format: typeof TRAINING_EXPORT_FORMAT;
	version: 1;
	exportedAt: string;
	/** The path the reader follows, e.g. accountant. */
	path: string;
	record: TrainingRecord;
	drills: Drills;
}

export const trainingExport = (record: TrainingRecord, path: string, drills: Drills, at: Date): TrainingExport => ({
	format: TRAINING_EXPORT_FORMAT,
	version: 1,
	exportedAt: at.toISOString(),
	path,
	record,
	drills,
});

export type ImportResult = { ok: true; value: TrainingExport } | { ok: false; error: string };

const isTime = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

function phaseFrom(value: unknown): DrillPhase | undefined {
	const phase = value as Partial<DrillPhase> | null;
	if (typeof phase?.title !== 'string' || !(phase.minutes === null || isCount(phase.minutes))) return undefined;
	return { title: phase.title, minutes: phase.minutes };
}

/** A drill's figures as exported, or undefined when any is missing or implausible (the drill still counts). */
function evaluationFrom(value: unknown): DrillEvaluation | undefined {
	const e = value as Partial<DrillEvaluation> | null;
	if (typeof e?.title !== 'string' || !isTime(e.startedAt) || !Array.isArray(e.phases)) return undefined;
	const { minutes, done, total, late, notApplicable } = e;
	if (![minutes, done, total, late, notApplicable].every(isCount) || done! > total! || late! > total!) return undefined;
	const phases = e.phases.map(phaseFrom);
	if (phases.some((phase) => !phase)) return undefined;
	return {
		title: e.title,
		startedAt: e.startedAt,
		minutes: minutes!,
		done: done!,
		total: total!,
		late: late!,
		notApplicable: notApplicable!,
		phases: phases as DrillPhase[],
	};
}

function drillsFrom(value: unknown): Drills {
	if (typeof value !== 'object' || value === null) return {};
	const drills: Drills = {};
	for (const [checklist, runs] of Object.entries(value)) {
		if (!Array.isArray(runs)) continue;
		const kept = runs.flatMap((run): DrillRun[] => {
			if (!isTime(run?.finishedAt)) return [];
			const evaluation = evaluationFrom(run.evaluation);
			return [{ finishedAt: run.finishedAt, ...(evaluation ? { evaluation } : {}) }];
		});
		if (kept.length) drills[checklist] = kept;
	}
	return drills;
}

export function readTrainingExport(text: string): ImportResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, error: '文件已损坏或不完整：不是有效的 JSON。请让本人在“我的培训记录”页重新导出。' };
	}
	const value = data as Partial<TrainingExport> | null;
	if (typeof value !== 'object' || value === null || value.format !== TRAINING_EXPORT_FORMAT)
		return { ok: false, error: '这不是本手册导出的培训记录文件。' };
	if (value.version !== 1) return { ok: false, error: `培训记录的版本（${String(value.version)}）比本页面新，请先更新手册。` };
	const record = parseTrainingRecord(value.record);
	if (!record || !record.name) return { ok: false, error: '培训记录缺少姓名或内容已损坏，无法读取。' };
	return {
		ok: true,
		value: {
			format: TRAINING_EXPORT_FORMAT,
			version: 1,
			exportedAt: typeof value.exportedAt === 'string' ? value.exportedAt : '',
			path: typeof value.path === 'string' ? value.path : '',
			record,
			drills: drillsFrom(value.drills),
		},
	};
}
