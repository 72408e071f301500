// `npm test` runs its steps two at a time (scripts/test/plan.ts): the order and the waits that keep it correct.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readySteps, TEST_PLAN } from '../../scripts/test/plan.ts';

const scripts = (steps: { script: string }[]) => steps.map((step) => step.script);
const ready = (passed: string[], running: string[] = []) => scripts(readySteps(TEST_PLAN, new Set(passed), new Set(running), 2));

test('every step is an npm script, and every script the old chain ran is still in the plan', () => {
	const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { scripts: Record<string, string> };
	for (const step of TEST_PLAN) assert.ok(pkg.scripts[step.script], `no npm script ${step.script}`);
	assert.deepEqual(
		scripts([...TEST_PLAN]).sort(),
		['build', 'build:reread', 'build:subpath', 'check', 'lint', 'test:e2e', 'test:unit', 'typecheck'].sort(),
	);
});

test('the content check starts first, beside the lint; the build waits for the check', () => {
	assert.deepEqual(ready([]), ['check', 'lint']);
	assert.deepEqual(ready(['check'], ['lint']), ['build']);
});

test('builds in this checkout never overlap each other or astro check', () => {
	assert.deepEqual(ready(['check', 'lint'], ['build']), ['test:unit']);
	assert.ok(!ready(['check', 'lint', 'build'], ['typecheck']).includes('build:subpath'));
	assert.ok(!ready(['check', 'lint', 'test:unit', 'build:reread'], ['build']).includes('typecheck'));
});

test('the browser tests wait for all three builds and take both cores', () => {
	const before = ['check', 'lint', 'test:unit', 'build', 'build:subpath', 'typecheck'];
	assert.ok(!ready(before).includes('test:e2e'));
	assert.deepEqual(ready([...before, 'build:reread']), ['test:e2e']);
	assert.deepEqual(ready(['check', 'lint', 'test:unit', 'build', 'build:subpath'], ['build:reread']), ['typecheck']);
	assert.deepEqual(ready([...before], ['build:reread']), []);
});
