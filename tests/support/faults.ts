/**
 * The fault corpus: tests/fixtures/manual is a small manual that passes the content check; each
 * folder in tests/fixtures/faults breaks it in one way (files under content/ replace or add
 * files, delete.json removes some) and fault.json says which problems must follow (and, for
 * go-live faults, whether to run as the deploy does and which warnings must follow).
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const fixtures = join(import.meta.dirname, '..', 'fixtures');
export const validTree = join(fixtures, 'manual');
export const sourcesDir = join(fixtures, 'sources');
export const faultsDir = join(fixtures, 'faults');

/**
 * One problem a fault must cause. `field` ending in `*` is a prefix. `line` is the exact line,
 * `[first, last]` for a syntax error a parser may place on the line after the mistake, or "any".
 */
export interface Expected {
	file: string;
	field: string;
	rule: string;
	line?: number | [number, number] | 'any';
}

export interface Fault {
	name: string;
	description: string;
	expect: Expected[];
	/** Run the check as the deploy does (`--go-live`). */
	goLive: boolean;
	/** Go-live warnings the fault must cause (without `--go-live`); when given, no others may appear. */
	warnings: Expected[] | undefined;
	/** Paths relative to the fault folder, e.g. content/checklists/x.yaml. */
	overlay: string[];
	remove: string[];
}

export const HAN = /\p{Script=Han}/u;

function filesUnder(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true })
		.map((name) => join(dir, String(name)))
		.filter((path) => statSync(path).isFile())
		.map((path) => relative(join(dir, '..'), path).replace(/\\/g, '/'))
		.sort();
}

function loadFault(name: string): Fault {
	const dir = join(faultsDir, name);
	const spec = JSON.parse(readFileSync(join(dir, 'fault.json'), 'utf8')) as {
		description: string;
		expect: Expected[];
		goLive?: boolean;
		warnings?: Expected[];
	};
	const remove = existsSync(join(dir, 'delete.json')) ? (JSON.parse(readFileSync(join(dir, 'delete.json'), 'utf8')) as string[]) : [];
	return {
		name,
		description: spec.description,
		expect: spec.expect,
		goLive: spec.goLive ?? false,
		warnings: spec.warnings,
		overlay: filesUnder(join(dir, 'content')),
		remove,
	};
}

export const faults = readdirSync(faultsDir)
	.filter((name) => statSync(join(faultsDir, name)).isDirectory())
	.sort()
	.map(loadFault);

export const faultNamed = (suffix: string): Fault => {
	const fault = faults.find((candidate) => candidate.name.replace(/^\d+-/, '') === suffix);
	assert.ok(fault, `no fault folder named *-${suffix}`);
	return fault;
};

/** A copy of the valid manual with the faults applied, removed again after the test. */
export function treeWith(t: { after: (fn: () => void) => void }, ...applied: Fault[]): string {
	const root = mkdtempSync(join(tmpdir(), 'content-fault-'));
	t.after(() => rmSync(root, { recursive: true, force: true }));
	cpSync(validTree, root, { recursive: true });
	for (const fault of applied) {
		if (fault.overlay.length) cpSync(join(faultsDir, fault.name, 'content'), join(root, 'content'), { recursive: true });
		for (const path of fault.remove) {
			assert.ok(existsSync(join(root, path)), `${fault.name}: delete.json names ${path}, which the valid manual does not have`);
			rmSync(join(root, path));
		}
	}
	return root;
}
