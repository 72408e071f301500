import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadManual } from '../../src/check/load.ts';
import { coverageProblems } from '../../src/check/rules/checklists.ts';

/** The content folder copied, with one checklist's text changed. */
function withChecklist(t: { after: (fn: () => void) => void }, id: string, edit: (text: string) => string): string {
	const root = mkdtempSync(join(tmpdir(), 'coverage-'));
	t.after(() => rmSync(root, { recursive: true, force: true }));
	cpSync('content', join(root, 'content'), { recursive: true });
	const file = join(root, 'content/checklists', `${id}.yaml`);
	writeFileSync(file, edit(readFileSync(file, 'utf8')));
	return root;
}

test('a category whose checklist is broken before its category line points at that file, not at writing a new one', (t) => {
	// The title's closing quote forgotten: nothing after it, the category included, can be read.
	const root = withChecklist(t, 'system-failure', (text) => text.replace(/^title: (.*)$/m, 'title: "$1'));
	const { manual, problems } = loadManual(root);
	assert.ok(problems.some((p) => p.file.endsWith('system-failure.yaml')));
	const [uncovered, ...more] = coverageProblems(manual);
	assert.equal(more.length, 0);
	assert.equal(uncovered?.value, 'system-failure');
	assert.match(uncovered?.hint ?? '', /如果本该由 content\/checklists\/system-failure\.yaml 覆盖这一类别，先改正它报出的错误/);
});

test('a category no checklist covers is still reported', (t) => {
	const root = withChecklist(t, 'system-failure', (text) => text.replace(/^category: .*$/m, 'category: data-loss'));
	const problems = coverageProblems(loadManual(root).manual);
	assert.deepEqual(
		problems.map((p) => p.value),
		['system-failure'],
	);
	assert.doesNotMatch(problems[0]?.hint ?? '', /先改正/);
});
