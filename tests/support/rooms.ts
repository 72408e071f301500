/**
 * Which code may run in the browser, and what it may import: the guard behind
 * tests/unit/rooms.test.ts. Browser-bound code is everything under `src/domain/` and
 * `src/client/`, the search dialog's options (aliased into Starlight's Search component), and
 * every module a component's `<script>` imports; with all they import in turn, it must never
 * reach Node's built-ins, Astro's content layer, or the Node-only rooms `src/check/` and
 * `src/manual/`.
 */
import { builtinModules } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const BROWSER_ROOMS = ['src/domain', 'src/client'];
export const BROWSER_ENTRIES = ['src/search/pagefind-ui.ts', 'src/offline/worker.ts'];
export const NODE_ONLY_ROOMS = ['src/check', 'src/manual', 'src/security', 'src/build'];

export interface RoomViolation {
	/** The browser-bound file whose import chain goes wrong, relative to the root. */
	entry: string;
	/** The chain of files from the entry to the forbidden import. */
	chain: string[];
	/** What it reached: a module specifier or a Node-only file. */
	reached: string;
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*\(?\s*['"]([^'"]+)['"]/g;

function filesUnder(root: string, dir: string): string[] {
	const absolute = join(root, dir);
	if (!existsSync(absolute)) return [];
	return readdirSync(absolute, { recursive: true })
		.map((name) => join(dir, String(name)).replace(/\\/g, '/'))
		.filter((file) => /\.(ts|mjs|js|astro)$/.test(file));
}

/** Module specifiers a file imports; for a component, only those of its client-side `<script>`s. */
function importsOf(root: string, file: string): string[] {
	let text = readFileSync(join(root, file), 'utf8');
	if (file.endsWith('.astro'))
		text = [...text.matchAll(/<script(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('\n');
	return [...text.matchAll(IMPORT)].map((match) => match[1] ?? match[2]!).filter(Boolean);
}

/** Components' client scripts are browser entries too: the files they import. */
function scriptEntries(root: string): string[] {
	return filesUnder(root, 'src')
		.filter((file) => file.endsWith('.astro'))
		.flatMap((file) =>
			importsOf(root, file)
				.filter((spec) => spec.startsWith('.'))
				.map((spec) => relative(root, resolve(root, dirname(file), spec)).replace(/\\/g, '/')),
		);
}

/** Every browser-bound file's import chain that reaches Node-only code. */
export function roomViolations(root: string): RoomViolation[] {
	const entries = [
		...new Set([...BROWSER_ROOMS.flatMap((room) => filesUnder(root, room)), ...BROWSER_ENTRIES, ...scriptEntries(root)]),
	].filter((file) => existsSync(join(root, file)));
	const violations: RoomViolation[] = [];
	for (const entry of entries) {
		const seen = new Set<string>();
		const walk = (file: string, chain: string[]): void => {
			if (seen.has(file)) return;
			seen.add(file);
			for (const spec of importsOf(root, file)) {
				if (NODE_BUILTINS.has(spec) || spec === 'astro:content') {
					violations.push({ entry, chain, reached: spec });
					continue;
				}
				if (!spec.startsWith('.')) continue;
				const target = relative(root, resolve(root, dirname(file), spec)).replace(/\\/g, '/');
				if (NODE_ONLY_ROOMS.some((room) => target.startsWith(`${room}/`)))
					violations.push({ entry, chain: [...chain, target], reached: target });
				else if (existsSync(join(root, target))) walk(target, [...chain, target]);
			}
		};
		walk(entry, [entry]);
	}
	return violations;
}

/** Every module a file imports by a relative path, resolved from the root: static, dynamic and type-only imports alike. */
function localImports(root: string, file: string): string[] {
	const text = readFileSync(join(root, file), 'utf8');
	return [...text.matchAll(IMPORT)]
		.map((match) => match[1] ?? match[2]!)
		.filter((spec) => spec?.startsWith('.'))
		.map((spec) => relative(root, resolve(root, dirname(file), spec.replace(/\?.*$/, ''))).replace(/\\/g, '/'))
		.filter((target) => /\.(ts|mjs|js|astro)$/.test(target) && existsSync(join(root, target)));
}

/**
 * The import cycles among the files under `dir`: each strongly connected group of two or more
 * modules (or one that imports itself), as its files in order. A lazily loaded chunk that
 * imports the module loading it counts too: the two cannot be understood or tested apart.
 */
export function importCycles(root: string, dir = 'src'): string[][] {
	const files = filesUnder(root, dir);
	const edges = new Map(files.map((file) => [file, localImports(root, file).filter((target) => target.startsWith(`${dir}/`))]));
	// Tarjan's algorithm, iterative enough for a source tree.
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const cycles: string[][] = [];
	let counter = 0;
	const connect = (file: string): void => {
		index.set(file, counter);
		low.set(file, counter++);
		stack.push(file);
		onStack.add(file);
		for (const target of edges.get(file) ?? []) {
			if (!index.has(target)) {
				connect(target);
				low.set(file, Math.min(low.get(file)!, low.get(target)!));
			} else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
		}
		if (low.get(file) !== index.get(file)) return;
		const group: string[] = [];
		let member: string;
		do {
			member = stack.pop()!;
			onStack.delete(member);
			group.push(member);
		} while (member !== file);
		if (group.length > 1 || edges.get(file)?.includes(file)) cycles.push(group.sort());
	};
	for (const file of files) if (!index.has(file)) connect(file);
	return cycles;
}

/** The modules every browser feature may use: the DOM helpers. */
export const CLIENT_SHARED = ['src/client/dom.ts'];

/**
 * Imports from one feature's browser code into another's (`src/client/run/` into
 * `src/client/training/`…): features share logic through `src/domain/` and DOM helpers through
 * CLIENT_SHARED, never through each other.
 */
export function crossFeatureImports(root: string): { file: string; imports: string }[] {
	const feature = (file: string) => /^src\/client\/([^/]+)\//.exec(file)?.[1];
	return filesUnder(root, 'src/client').flatMap((file) =>
		localImports(root, file)
			.filter((target) => target.startsWith('src/client/') && !CLIENT_SHARED.includes(target) && feature(target) !== feature(file))
			.map((target) => ({ file, imports: target })),
	);
}

/** Browser-safe domain logic draws no DOM: it is shared by pages, the runner and unit tests. */
export function domainDomUses(root: string): string[] {
	return filesUnder(root, 'src/domain').filter((file) => /\b(document|window)\./.test(readFileSync(join(root, file), 'utf8')));
}
