/**
 * A run shows its checklist as the copy frozen when it started (`run.checklist`), never as the
 * page it is opened on: after a new edition is deployed the page is the new edition, and the run
 * keeps its own titles, details, roles, deadlines, levels, links and first actions; the page's
 * changes are offered as a notice (`editionChanges`).
 *
 * Copies frozen before 2026-12 held the steps' titles, details, roles, deadlines and levels, but
 * not their chapter links, whether a detail prints, nor the first actions (the page supplied
 * them, whatever its edition). `completeSnapshot` completes such a copy from the page's when the
 * page's copy is the same on every field the old one has (same edition, same words): the page is
 * then the very edition the run started with. Otherwise the run shows what its copy holds and
 * nothing of the page's. Both kinds of copy are valid version 3 records (src/domain/run/store.ts).
 *
 * Browser-safe and light: the runner's first chunk imports it (no schemas, no Zod).
 */
import type { ChecklistSnapshot, SnapshotStep } from '../../schemas/run.ts';
import { formatDuration } from '../duration.ts';

/** JSON with keys sorted and undefined values left out, so the same copy compares and fingerprints the same wherever it was parsed. */
export function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object')
		return `{${Object.keys(value)
			.sort()
			.filter((key) => (value as Record<string, unknown>)[key] !== undefined)
			.map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
			.join(',')}}`;
	return JSON.stringify(value);
}

/** True when the copy froze every field a run shows: taken by a manual from 2026-12 on (`firstActions` present, maybe empty). */
export function isFullSnapshot(snapshot: ChecklistSnapshot): boolean {
	return snapshot.firstActions !== undefined;
}

/** The copy as a manual before 2026-12 froze it: without first actions, step links and printDetail. */
export function olderFields(snapshot: ChecklistSnapshot): ChecklistSnapshot {
	const { firstActions: _firstActions, ...rest } = snapshot;
	return {
		...rest,
		phases: snapshot.phases.map((phase) => ({
			...phase,
			steps: phase.steps.map(({ links: _links, printDetail: _printDetail, ...step }) => step),
		})),
	};
}

/**
 * The run's copy with every field a run shows: a full copy as it is; an older copy completed
 * from the page's when the page's is the same copy on every field the older one froze;
 * otherwise the older copy unchanged (the run then shows no links nor first actions rather than
 * another edition's).
 */
export function completeSnapshot(stored: ChecklistSnapshot, page: ChecklistSnapshot): ChecklistSnapshot {
	if (isFullSnapshot(stored) || !isFullSnapshot(page)) return stored;
	return canonical(olderFields(page)) === canonical(stored) ? page : stored;
}

/** True when the page shows the run's checklist word for word (the edition label aside). */
export function sameChecklist(run: ChecklistSnapshot, page: ChecklistSnapshot): boolean {
	const [a, b] = isFullSnapshot(run) ? [run, page] : [run, olderFields(page)];
	return canonical({ ...a, edition: '' }) === canonical({ ...b, edition: '' });
}

/** Names of a step's fields, as the changes notice lists them. */
const STEP_FIELDS: [string, (step: SnapshotStep) => unknown][] = [
	['说明', (step) => step.detail],
	['负责岗位', (step) => step.role],
	['期限', (step) => [step.dueMinutes, step.from ?? 'start']],
	['适用级别', (step) => step.severities],
	['关键步骤', (step) => step.critical],
	['法定时限', (step) => [step.statutory, step.beats]],
	['记录要求', (step) => step.record],
	['相关章节', (step) => step.links],
	['打印说明', (step) => step.printDetail],
];

/**
 * What the page's edition changed against the run's copy, one sentence a change in the page's
 * order, for the run's notice: the run itself keeps its copy. Empty when they are the same.
 */
export function editionChanges(run: ChecklistSnapshot, page: ChecklistSnapshot): string[] {
	const full = isFullSnapshot(run);
	const current = full ? page : olderFields(page);
	const changes: string[] = [];
	if (run.title !== current.title) changes.push(`清单标题改为“${current.title}”`);
	if (canonical(run.severities) !== canonical(current.severities)) changes.push('级别的名称或判定条件有改动');
	if (full && canonical(run.firstActions) !== canonical(current.firstActions)) changes.push('“发现者先做这几件事”有改动');
	current.phases.forEach((phase, index) => {
		const before = run.phases[index]?.title;
		if (before !== undefined && before !== phase.title) changes.push(`阶段 ${index + 1}“${before}”改名为“${phase.title}”`);
	});
	const steps = (snapshot: ChecklistSnapshot) => new Map(snapshot.phases.flatMap((phase) => phase.steps.map((step) => [step.id, step])));
	const [was, now] = [steps(run), steps(current)];
	for (const [id, step] of now) {
		const old = was.get(id);
		if (!old) {
			changes.push(`新增步骤“${step.text}”`);
			continue;
		}
		if (old.text !== step.text) changes.push(`步骤“${old.text}”改为“${step.text}”`);
		const fields = STEP_FIELDS.filter(([, value]) => canonical(value(old)) !== canonical(value(step))).map(([name]) => name);
		if (fields.length > 0) changes.push(`步骤“${step.text}”的${fields.join('、')}有改动`);
	}
	for (const [id, step] of was) if (!now.has(id)) changes.push(`删去步骤“${step.text}”`);
	return changes;
}

/** What a deadline counts from, as the sheet prints it. */
const ANCHOR_LABELS = { start: '启动', discovery: '发现' } as const;

/** "启动后 15 分钟内" (or "发现后 4 小时内"): a frozen step's deadline as its page prints it. */
export function dueText(step: Pick<SnapshotStep, 'dueMinutes' | 'from'>): string {
	return `${ANCHOR_LABELS[step.from ?? 'start']}后 ${formatDuration(step.dueMinutes)}内`;
}

/** Names of the levels a frozen step applies to, or undefined when it applies to every level. */
export function levelsText(step: Pick<SnapshotStep, 'severities'>, checklist: Pick<ChecklistSnapshot, 'severities'>): string | undefined {
	if (step.severities.length === 0 || step.severities.length === checklist.severities.length) return undefined;
	return checklist.severities
		.filter((severity) => step.severities.includes(severity.id))
		.map((severity) => severity.name)
		.join('、');
}
