import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { timedSync } from '../build/step-timings.ts';

/**
 * Last-commit dates of the files under `content/`. Starlight reads git history only for
 * `src/content/docs`, so chapters loaded from `content/` would silently lose their date.
 */
export function readCommitDates(root: string, folder = 'content'): Map<string, Date> {
	const log = spawnSync('git', ['log', '--format=t:%ct', '--name-only', '--', folder], {
		cwd: root,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	const dates = new Map<string, Date>();
	if (log.status !== 0) return dates;
	let current = 0;
	for (const line of log.stdout.split('\n')) {
		if (line.startsWith('t:')) current = Number(line.slice(2)) * 1000;
		else if (line && !dates.has(line)) dates.set(line, new Date(current)); // newest commit comes first
	}
	return dates;
}

/** Commit dates per repository root, read once each. */
const cache = new Map<string, Map<string, Date>>();

/**
 * When `file` (relative to `root`) last changed: its last commit, or its modification time
 * while the edit is not committed yet.
 */
export function lastUpdated(file: string, root = process.cwd()): Date | undefined {
	const key = resolve(root);
	if (!cache.has(key))
		cache.set(
			key,
			timedSync('gitDates', () => readCommitDates(root)),
		);
	const committed = cache.get(key)?.get(file);
	if (committed) return committed;
	try {
		return statSync(resolve(root, file)).mtime;
	} catch {
		return undefined;
	}
}

/**
 * When a page built from several files last changed: the newest of their dates. `paths` may name
 * folders (every file under them counts), e.g. the calendar page reads one file a year.
 */
export function lastUpdatedOf(paths: readonly string[], root = process.cwd()): Date | undefined {
	const files = paths.flatMap((path) => {
		const absolute = resolve(root, path);
		if (!statSync(absolute, { throwIfNoEntry: false })?.isDirectory()) return [path];
		return readdirSync(absolute, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => join(path, entry.parentPath.slice(absolute.length), entry.name).replace(/\\/g, '/'));
	});
	const dates = files.map((file) => lastUpdated(file, root)).filter((date): date is Date => date !== undefined);
	return dates.length ? new Date(Math.max(...dates.map(Number))) : undefined;
}
