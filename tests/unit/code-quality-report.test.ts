// `npm run check -- --gitlab-report <file>`: the merge request's Code Quality widget and diff
// read this file, so each problem must name its file and line the way the check's own report
// does, and fingerprints must be unique or GitLab shows only the first of equal findings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeQualityIssue } from '../../src/check/report.ts';
import { faultNamed, sourcesDir, treeWith } from '../support/faults.ts';

const checkScript = join(import.meta.dirname, '..', '..', 'scripts', 'check.ts');

/** Runs the check as CI does, in `root`, and reads the report it wrote. */
function checkWithReport(root: string): { status: number | null; issues: CodeQualityIssue[] } {
	const run = spawnSync(process.execPath, [checkScript, '--gitlab-report', 'gl-code-quality-report.json'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, SEEDS_DIR: sourcesDir, GITHUB_ACTIONS: '' },
	});
	return { status: run.status, issues: JSON.parse(readFileSync(join(root, 'gl-code-quality-report.json'), 'utf8')) };
}

test('each problem becomes one Code Quality finding on its file and line, with the check’s Chinese wording', (t) => {
	const fault = faultNamed('two-problems-one-file');
	const { status, issues } = checkWithReport(treeWith(t, fault));
	assert.equal(status, 1);
	assert.deepEqual(
		issues.map((issue) => [issue.location.path, issue.location.lines.begin, issue.check_name, issue.severity]),
		fault.expect.map((expected) => [expected.file, expected.line, expected.rule, 'major']),
	);
	for (const issue of issues) assert.match(issue.description, /phases\[\d\]\.steps\[\d\]\.due：.*期限必须是 ISO 8601 时长/);
	assert.equal(new Set(issues.map((issue) => issue.fingerprint)).size, issues.length, 'fingerprints are unique');
	for (const issue of issues) assert.match(issue.fingerprint, /^[0-9a-f]{32}$/);
});

test('a fingerprint survives the problem moving to another line', (t) => {
	const before = checkWithReport(treeWith(t, faultNamed('duplicate-step-id'))).issues;
	const moved = treeWith(t, faultNamed('duplicate-step-id'));
	const file = join(moved, 'content/checklists/system-failure.yaml');
	writeFileSync(file, '# 一行说明，把下面的内容往下推一行\n' + readFileSync(file, 'utf8'));
	const after = checkWithReport(moved).issues;
	assert.equal(after[0]?.location.lines.begin, (before[0]?.location.lines.begin ?? 0) + 1);
	assert.equal(after[0]?.fingerprint, before[0]?.fingerprint);
});

test('valid content writes an empty report, so a fixed merge request clears its findings', (t) => {
	const { status, issues } = checkWithReport(treeWith(t));
	assert.equal(status, 0);
	assert.deepEqual(issues, []);
});
