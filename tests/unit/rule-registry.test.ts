// The rule registry is the only place rules are named: every rule the check can fire is in it,
// with the words a help page needs, and no code outside it invents a rule name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkConfig from '../../.remarkrc.mjs';
import { RULES } from '../../src/check/rules/registry.ts';

const root = join(import.meta.dirname, '..', '..');
const HAN = /\p{Script=Han}/u;

test('every rule has a Chinese title, a one-line fix and a wrong and a right example', () => {
	for (const [slug, definition] of Object.entries(RULES)) {
		assert.match(slug, /^[a-z]+\/[a-z_-]+$/, slug);
		assert.match(definition.title, HAN, slug);
		assert.match(definition.fix, HAN, slug);
		assert.ok(!definition.fix.includes('\n'), `${slug}: the fix is one line`);
		assert.ok(definition.example.wrong && definition.example.right && definition.example.wrong !== definition.example.right, slug);
	}
});

/** remark-lint rule ids switched on by `.remarkrc.mjs`, presets included. */
function enabledLintRules(): string[] {
	const on = new Set<string>();
	const off = new Set<string>();
	const visit = (entry: unknown): void => {
		if (Array.isArray(entry)) {
			if (typeof entry[0] === 'string' && entry[1] === false) off.add(entry[0].replace(/^remark-lint-/, ''));
			else visit(entry[0]);
		} else if (entry && typeof entry === 'object' && 'plugins' in entry) (entry as { plugins: unknown[] }).plugins.forEach(visit);
		else if (typeof entry === 'function' && entry.name.startsWith('remark-lint:')) on.add(entry.name.slice('remark-lint:'.length));
	};
	(remarkConfig.plugins as unknown[]).forEach(visit);
	return [...on].filter((id) => !off.has(id));
}

test('every remark-lint rule the manual turns on is in the registry', () => {
	const enabled = enabledLintRules();
	assert.ok(enabled.length >= 20, `found only ${enabled.length} lint rules: the walk over .remarkrc.mjs is broken`);
	for (const id of enabled) assert.ok(`lint/${id}` in RULES, `lint/${id} is on in .remarkrc.mjs but not in src/check/rules/registry.ts`);
});

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true })
		.map(String)
		.filter((name) => /\.(ts|mjs|astro)$/.test(name))
		.map((name) => join(dir, name));
}

test('no code outside the registry names a rule with a bare string', () => {
	const bare = /\brule:\s*['"`]|\.rule\s*===?\s*['"`]|rule:\s*`/;
	const offenders = sourceFiles(join(root, 'src'))
		.filter((file) => !file.endsWith(join('check', 'rules', 'registry.ts')))
		.flatMap((file) =>
			readFileSync(file, 'utf8')
				.split('\n')
				.map((line, index) => ({ file, line: index + 1, text: line }))
				.filter(({ text }) => bare.test(text)),
		);
	assert.deepEqual(offenders, []);
});

test('every rule a fault fixture expects exists in the registry', () => {
	const faults = join(root, 'tests', 'fixtures', 'faults');
	for (const name of readdirSync(faults)) {
		const spec = JSON.parse(readFileSync(join(faults, name, 'fault.json'), 'utf8')) as { expect: { rule: string }[] };
		for (const { rule } of spec.expect) assert.ok(rule in RULES, `${name} expects ${rule}, which is not a registered rule`);
	}
});
