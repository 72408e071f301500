// The floor plan holds: browser-bound code never imports Node-only code (tests/support/rooms.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crossFeatureImports, domainDomUses, importCycles, roomViolations } from '../support/rooms.ts';

const root = join(import.meta.dirname, '..', '..');

test('no browser-bound module reaches Node built-ins, astro:content, src/check or src/manual', () => {
	assert.deepEqual(roomViolations(root), []);
});

test('no import cycle anywhere in src/', () => {
	assert.deepEqual(importCycles(root), []);
});

test('browser features never import each other: only their own folder, src/client/dom.ts and the rooms below', () => {
	assert.deepEqual(crossFeatureImports(root), []);
});

test('the guard finds a cycle through a lazy import or a type import, and an import across features', (t) => {
	const copy = mkdtempSync(join(tmpdir(), 'rooms-'));
	t.after(() => rmSync(copy, { recursive: true, force: true }));
	cpSync(join(root, 'src'), join(copy, 'src'), { recursive: true });
	// A lazily loaded panel importing the module that loads it, and a type import closing a loop of three.
	writeFileSync(join(copy, 'src/client/run/loader.ts'), "export const load = () => import('./lazy-panel.ts');\n");
	writeFileSync(join(copy, 'src/client/run/lazy-panel.ts'), "import { load } from './loader.ts';\nexport const again = load;\n");
	writeFileSync(join(copy, 'src/check/a.ts'), "import type { B } from './b.ts';\nexport type A = B;\n");
	writeFileSync(join(copy, 'src/check/b.ts'), "import type { C } from './c.ts';\nexport type B = C;\n");
	writeFileSync(join(copy, 'src/check/c.ts'), "import type { A } from './a.ts';\nexport type C = A | 1;\n");
	writeFileSync(join(copy, 'src/client/training/uses-run.ts'), "export { load } from '../run/loader.ts';\n");
	const cycles = importCycles(copy);
	assert.ok(
		cycles.some((c) => c.join() === 'src/client/run/lazy-panel.ts,src/client/run/loader.ts'),
		JSON.stringify(cycles),
	);
	assert.ok(
		cycles.some((c) => c.join() === 'src/check/a.ts,src/check/b.ts,src/check/c.ts'),
		JSON.stringify(cycles),
	);
	assert.deepEqual(crossFeatureImports(copy), [{ file: 'src/client/training/uses-run.ts', imports: 'src/client/run/loader.ts' }]);
});

test('domain logic uses no DOM', () => {
	assert.deepEqual(domainDomUses(root), []);
});

test('the guard fails when browser code imports Node-only code, directly or through another module', (t) => {
	const copy = mkdtempSync(join(tmpdir(), 'rooms-'));
	t.after(() => rmSync(copy, { recursive: true, force: true }));
	cpSync(join(root, 'src'), join(copy, 'src'), { recursive: true });
	// A domain module that reads a file, and a client module that reaches the check through it.
	writeFileSync(join(copy, 'src/domain/leaky.ts'), "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n");
	writeFileSync(join(copy, 'src/client/uses-leaky.ts'), "import { read } from '../domain/leaky.ts';\nexport { read };\n");
	writeFileSync(join(copy, 'src/client/uses-check.ts'), "export { checkContent } from '../check/index.ts';\n");
	mkdirSync(join(copy, 'src/components'), { recursive: true });
	writeFileSync(join(copy, 'src/components/Leaky.astro'), "---\n---\n<script>\n\timport '../search/plan-data.ts';\n</script>\n");
	const violations = roomViolations(copy);
	const found = (entry: string, reached: string) => violations.some((v) => v.entry === entry && v.reached === reached);
	assert.ok(found('src/domain/leaky.ts', 'node:fs'), 'a direct Node import');
	assert.ok(found('src/client/uses-leaky.ts', 'node:fs'), 'a Node import one module away');
	assert.ok(found('src/client/uses-check.ts', 'src/check/index.ts'), 'an import of the Node-only check');
	assert.ok(found('src/search/plan-data.ts', 'src/manual/index.ts'), 'a component script importing build-time content');
});

test('ESLint flags a Node-only import in browser-bound code as it is typed', async () => {
	const { ESLint } = await import('eslint');
	const eslint = new ESLint({ cwd: root });
	const lint = async (filePath: string, code: string) =>
		(await eslint.lintText(code, { filePath: join(root, filePath) }))[0]!.messages.map((m) => m.ruleId);
	assert.deepEqual(await lint('src/client/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"), [
		'no-restricted-imports',
	]);
	assert.deepEqual(await lint('src/domain/x.ts', "export { CONTENT } from '../manual/paths.ts';\n"), ['no-restricted-imports']);
	assert.deepEqual(await lint('src/check/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"), []);
});
