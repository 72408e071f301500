import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dueLabel, severityLabel } from '../../src/domain/checklist-labels.ts';
import { FIRST_ACTION_KINDS } from '../../src/schemas/checklist.ts';
import {
	completeSnapshot,
	dueText,
	editionChanges,
	isFullSnapshot,
	levelsText,
	olderFields,
	sameChecklist,
} from '../../src/domain/run/frozen.ts';
import { decodeRunPayload, encodeRunPayload, snapshotFingerprint } from '../../src/domain/run/handover.ts';
import { runToMarkdown } from '../../src/domain/run/export.ts';
import { mergeRuns, record, runState, startRun, type ChecklistSnapshot } from '../../src/domain/run/model.ts';
import { parseRun, RunStore, RUN_KEY_PREFIX } from '../../src/domain/run/store.ts';
import { checklist, manual } from '../support/manual.ts';

// A checklist with every kind of field a run shows: links, printed details, first actions, levels.
const systemFailure = checklist('system-failure');
const page = systemFailure.snapshot;
const steps = (snapshot: ChecklistSnapshot) => snapshot.phases.flatMap((phase) => phase.steps);
const [first, second] = steps(page);
if (!first?.detail || !second) throw new Error('system-failure needs two steps, the first with a detail, for these tests');

/** The same checklist as a new edition would have it: the first step reworded and explained anew. */
function newEdition(snapshot: ChecklistSnapshot): ChecklistSnapshot {
	return {
		...snapshot,
		edition: '2027-01-01',
		phases: snapshot.phases.map((phase) => ({
			...phase,
			steps: phase.steps.map((step) => (step.id === first!.id ? { ...step, text: '新版本的步骤', detail: '新版本的说明' } : step)),
		})),
	};
}

function memoryStorage(): Storage {
	const values = new Map<string, string>();
	return {
		get length() {
			return values.size;
		},
		key: (index: number) => [...values.keys()][index] ?? null,
		getItem: (key: string) => values.get(key) ?? null,
		setItem: (key: string, value: string) => void values.set(key, value),
		removeItem: (key: string) => void values.delete(key),
		clear: () => values.clear(),
	};
}

test('the snapshot holds every field the run shows, as the page prints it', () => {
	const chapters = new Map(manual.chapters.map((chapter) => [chapter.id, chapter.title]));
	const source = systemFailure.data.phases.flatMap((phase) => phase.steps);
	assert.deepEqual(
		page.phases.map((phase) => phase.title),
		systemFailure.data.phases.map((phase) => phase.title),
	);
	for (const [index, step] of steps(page).entries()) {
		const written = source[index]!;
		assert.equal(step.text, written.text);
		assert.equal(step.detail, written.detail);
		assert.equal(step.printDetail, written.printDetail && written.detail ? true : undefined);
		assert.equal(step.record, written.record);
		assert.equal(dueText(step), dueLabel(written));
		assert.equal(levelsText(step, page), severityLabel(written, systemFailure.data.severities));
		assert.deepEqual(
			step.links ?? [],
			written.links.map((path) => ({ path, title: chapters.get(path.replace(/^\/|\/(#.*)?$/g, '')) })),
		);
	}
	assert.ok(steps(page).some((step) => step.links?.length) && steps(page).some((step) => step.printDetail));
	assert.deepEqual(
		page.firstActions,
		systemFailure.data.firstActions.map((action) => ({ label: FIRST_ACTION_KINDS[action.kind], text: action.text })),
	);
	// A checklist without first actions still freezes them (as none), so the run shows none rather than the page's.
	const routine = manual.checklists.find((entry) => entry.data.firstActions.length === 0)!;
	assert.deepEqual(checklist(routine.id).snapshot.firstActions, []);
	assert.ok(isFullSnapshot(checklist(routine.id).snapshot));
});

test('a new edition changes nothing the run shows: its copy, state and Markdown keep its own text', () => {
	const run = record(
		startRun(page, {}, new Date('2026-12-07T09:00:00Z')),
		{ type: 'check', step: first.id },
		new Date('2026-12-07T09:05:00Z'),
	);
	const deployed = newEdition(page);
	// Opening the run on the new edition's page keeps the run's full copy.
	assert.equal(completeSnapshot(run.checklist, deployed), run.checklist);
	const state = runState(run, new Date('2026-12-07T09:10:00Z'));
	assert.equal(state.steps[0]!.step.text, first.text);
	assert.equal(state.steps[0]!.step.detail, first.detail);
	const markdown = runToMarkdown(run, new Date('2026-12-07T09:10:00Z'), 'Asia/Shanghai');
	assert.match(markdown, new RegExp(`☑ \\| ${first.text}`));
	assert.doesNotMatch(markdown, /新版本/);
});

test('the notice lists the new edition changes, one sentence each; the same copy has none', () => {
	assert.deepEqual(editionChanges(page, page), []);
	assert.ok(sameChecklist(page, page));
	const deployed = newEdition(page);
	assert.ok(!sameChecklist(page, deployed));
	assert.deepEqual(editionChanges(page, deployed), [`步骤“${first.text}”改为“新版本的步骤”`, '步骤“新版本的步骤”的说明有改动']);

	const [, ...rest] = page.phases[0]!.steps;
	const reshaped: ChecklistSnapshot = {
		...page,
		firstActions: [{ label: '先停', text: '先拔掉网线再说' }],
		phases: [
			{ title: '新的阶段名', steps: [...rest, { ...first, id: 'new-step', text: '新增的一步', dueMinutes: first.dueMinutes + 5 }] },
			...page.phases.slice(1),
		],
	};
	assert.deepEqual(editionChanges(page, reshaped), [
		'“发现者先做这几件事”有改动',
		`阶段 1“${page.phases[0]!.title}”改名为“新的阶段名”`,
		'新增步骤“新增的一步”',
		`删去步骤“${first.text}”`,
	]);
});

test('an older record (before links, printDetail and first actions were frozen) still opens, and is completed from the same edition only', () => {
	const older = olderFields(page);
	assert.ok(!isFullSnapshot(older));
	// As stored by the manual before this change: a version 3 record whose copy lacks the new fields.
	const stored = JSON.parse(JSON.stringify({ ...startRun(page, {}, new Date('2026-12-01T09:00:00Z')), checklist: older }));
	const parsed = parseRun(stored);
	assert.ok('run' in parsed, JSON.stringify(parsed));
	assert.deepEqual(parsed.run.checklist, older);
	assert.equal(runState(parsed.run).steps[0]!.step.detail, first.detail);

	// The page is the very edition it started from: the page's copy completes it.
	assert.deepEqual(completeSnapshot(older, page), page);
	assert.ok(sameChecklist(older, page));
	// Another edition: the record keeps its own words and gets none of the page's links or first actions.
	const deployed = newEdition(page);
	assert.equal(completeSnapshot(older, deployed), older);
	assert.deepEqual(editionChanges(older, deployed), [`步骤“${first.text}”改为“新版本的步骤”`, '步骤“新版本的步骤”的说明有改动']);
	// The same words under another checklist id is not the same copy.
	assert.equal(completeSnapshot(older, { ...page, id: 'other' }), older);
});

test('a completed copy is what the store keeps, whichever copy a merge or a save meets first', async () => {
	const run = startRun(page, {}, new Date('2026-12-01T09:00:00Z'));
	const older = { ...run, checklist: olderFields(page) };
	const completed = record(run, { type: 'check', step: first.id });
	assert.deepEqual(mergeRuns(older, completed).checklist, page);
	assert.deepEqual(mergeRuns(completed, older).checklist, page);
	assert.deepEqual(mergeRuns(older, older).checklist, older.checklist);

	// An older tab saved the run without the new fields; the completed copy's save writes them back.
	const storage = memoryStorage();
	storage.setItem(RUN_KEY_PREFIX + run.id, JSON.stringify(older));
	const store = new RunStore(storage);
	const outcome = await store.save(completed);
	assert.equal(outcome.status, 'saved');
	assert.deepEqual(store.get(run.id)?.checklist, page);
	assert.equal(store.get(run.id)?.events.length, completed.events.length);
});

test('the hand-over link does not grow with the frozen fields, and a link from the same edition made before them still opens', async () => {
	const run = record(startRun(page, {}, new Date('2026-12-01T09:00:00Z')), { type: 'check', step: first.id, note: '已通知' });
	const full = await encodeRunPayload(run);
	const older = await encodeRunPayload({ ...run, checklist: olderFields(page) });
	assert.ok(Math.abs(full.length - older.length) <= 4, `${full.length} vs ${older.length}`);
	// The fingerprint tells the two copies apart.
	assert.notEqual(snapshotFingerprint(page), snapshotFingerprint(olderFields(page)));
	// A link made on a page of the same edition before the change opens on the new page, with the page's full copy;
	// one made under another edition is refused (its steps cannot be restored from this page).
	const taken = await decodeRunPayload(older, page);
	assert.ok('runs' in taken, JSON.stringify(taken));
	assert.deepEqual(taken.runs[0]!.checklist, page);
	assert.deepEqual(taken.runs[0]!.events, run.events);
	const refused = await decodeRunPayload(older, newEdition(page));
	assert.match('problem' in refused ? refused.problem : '', /按 .* 版清单执行/);
});
