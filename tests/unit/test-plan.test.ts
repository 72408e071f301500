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
		['build', 'build:reread', 'build:subpath', 'check', 'lint', 'test:e2e', 'test:e2e:tools', 'test:unit', 'typecheck'].sort(),
	);
});

test('the content check starts first, beside the lint and the browser tests’ tools; the build waits for the check', () => {
	assert.deepEqual(ready([]), ['test:e2e:tools', 'check', 'lint']);
	assert.deepEqual(ready(['check'], ['lint', 'test:e2e:tools']), ['build']);
});

test('builds in this checkout never overlap each other or astro check', () => {
	assert.deepEqual(ready(['check', 'lint'], ['build', 'test:e2e:tools']), ['test:unit']);
	assert.ok(!ready(['check', 'lint', 'build'], ['typecheck']).includes('build:subpath'));
	assert.ok(!ready(['check', 'lint', 'test:unit', 'build:reread'], ['build']).includes('typecheck'));
});

test('the browser tests wait for all three builds and their tools, and start as soon as one core is free', () => {
	const before = ['check', 'lint', 'test:unit', 'build', 'build:subpath', 'typecheck', 'test:e2e:tools'];
	assert.ok(!ready(before).includes('test:e2e'));
	assert.deepEqual(ready([...before, 'build:reread']), ['test:e2e']);
	assert.ok(!ready(['check', 'lint', 'test:unit', 'build', 'build:subpath', 'typecheck', 'build:reread']).includes('test:e2e'));
	assert.deepEqual(ready(['check', 'lint', 'test:unit', 'build', 'build:subpath', 'test:e2e:tools'], ['build:reread']), ['typecheck']);
	assert.deepEqual(ready([...before], ['build:reread']), []);
	// astro check still running on one core: the browser tests take the other rather than leave it idle.
	const builtWhileChecking = ['check', 'lint', 'test:unit', 'build', 'build:subpath', 'build:reread', 'test:e2e:tools'];
	assert.deepEqual(ready(builtWhileChecking, ['typecheck']), ['test:e2e']);
	// Once they run, nothing else starts beside them.
	assert.deepEqual(ready(['check', 'build', 'build:subpath', 'build:reread', 'test:e2e:tools'], ['test:e2e']), []);
});
