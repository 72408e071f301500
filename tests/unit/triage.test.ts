// The severity triage, over synthetic levels and over every incident checklist of the real manual.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadManual } from '../../src/check/load.ts';
import { conditions, questionCount, resultReason, triage, type Answer, type TriageLevel } from '../../src/domain/triage.ts';

const levels: TriageLevel[] = [
	{ id: 'L1', name: '一级', when: '全部停机；影响 20 户以上客户' },
	{ id: 'L2', name: '二级', when: '部分停机；或距截止日 4 至 7 天' },
	{ id: 'L3', name: '三级', when: '个别电脑' },
];

const ANSWERS: Answer[] = ['yes', 'no', 'unsure'];

/** Every complete answer sequence, with the result it ends in. */
function paths(of: readonly TriageLevel[], prefix: Answer[] = []): { answers: Answer[]; level: string; reason: string }[] {
	const step = triage(of, prefix);
	if (step.kind === 'result') return [{ answers: prefix, level: step.level.id, reason: step.reason }];
	return ANSWERS.flatMap((answer) => paths(of, [...prefix, answer]));
}

const rank = (of: readonly TriageLevel[], id: string) => of.findIndex((level) => level.id === id);

test('the triage asks about each level from the highest, except the lowest', () => {
	assert.equal(questionCount(levels), 2);
	const first = triage(levels, []);
	assert.equal(first.kind, 'question');
	assert.equal(first.kind === 'question' && first.level.id, 'L1');
	assert.deepEqual(first.kind === 'question' && first.conditions, ['全部停机', '影响 20 户以上客户']);
	const second = triage(levels, ['no']);
	assert.equal(second.kind === 'question' && second.level.id, 'L2');
	assert.deepEqual(second.kind === 'question' && second.conditions, ['部分停机', '距截止日 4 至 7 天']);
});

test('yes stops at the level asked about, no to everything leaves the lowest', () => {
	assert.deepEqual(triage(levels, ['yes']), { kind: 'result', level: levels[0], reason: 'yes' });
	assert.deepEqual(triage(levels, ['no', 'yes']), { kind: 'result', level: levels[1], reason: 'yes' });
	assert.deepEqual(triage(levels, ['no', 'no']), { kind: 'result', level: levels[2], reason: 'lowest' });
});

test('unsure escalates: it stops at the level being asked about', () => {
	assert.deepEqual(triage(levels, ['unsure']), { kind: 'result', level: levels[0], reason: 'unsure' });
	assert.deepEqual(triage(levels, ['no', 'unsure']), { kind: 'result', level: levels[1], reason: 'unsure' });
	const result = triage(levels, ['no', 'unsure']);
	assert.ok(result.kind === 'result');
	assert.match(resultReason(result, levels), /按较高的二级处理/);
});

test('answers after a result are ignored; a single level needs no question', () => {
	assert.deepEqual(triage(levels, ['yes', 'no', 'no']), triage(levels, ['yes']));
	const only = [levels[0]!];
	assert.equal(questionCount(only), 0);
	const result = triage(only, []);
	assert.deepEqual(result, { kind: 'result', level: levels[0], reason: 'lowest' });
	assert.equal(resultReason(result, only), '这张清单只有一个级别。');
	assert.throws(() => triage([], []));
});

test('conditions split on Chinese and ASCII semicolons and drop a leading 或', () => {
	assert.deepEqual(conditions('A 条件；或 B 条件;或者C'), ['A 条件', 'B 条件', 'C']);
	assert.deepEqual(conditions('只有一条'), ['只有一条']);
	assert.deepEqual(conditions('；；'), []);
});

const { manual, problems } = loadManual(process.cwd());
const incidents = manual.checklists.filter((checklist) => checklist.data.kind === 'incident');

test('the real manual loads without problems and has incident checklists', () => {
	assert.deepEqual(problems, []);
	assert.ok(incidents.length >= 11);
});

for (const { id, data } of incidents) {
	test(`${id}: every triage path ends in a defined level, and unsure never lowers it`, () => {
		const defined = new Set(data.severities.map((severity) => severity.id));
		const all = paths(data.severities);
		assert.ok(all.length > 0);
		// Every level is reachable, so the triage can propose each of them.
		assert.deepEqual(new Set(all.map((path) => path.level)), defined);
		for (const path of all) {
			assert.ok(defined.has(path.level), `${path.answers.join(',')} → ${path.level}`);
			assert.ok(path.answers.length <= questionCount(data.severities));
		}
		// At every question, unsure proposes a level at least as high as anything yes or no could lead to
		// from there on: doubt never de-escalates.
		for (const path of all) {
			for (let i = 0; i < path.answers.length; i++) {
				const prefix = path.answers.slice(0, i);
				const unsure = triage(data.severities, [...prefix, 'unsure']);
				assert.equal(unsure.kind, 'result');
				const continuations = paths(data.severities, prefix);
				const highestReachable = Math.min(...continuations.map((other) => rank(data.severities, other.level)));
				assert.equal(rank(data.severities, unsure.level.id), highestReachable);
			}
		}
		// Unsure on the first question is the highest level, the runner's default when in doubt.
		const first = triage(data.severities, ['unsure']);
		assert.equal(first.level.id, data.severities[0]?.id);
	});
}
