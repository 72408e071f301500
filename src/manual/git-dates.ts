import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

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

let cache: Map<string, Date> | undefined;

/**
 * When `file` (relative to `root`) last changed: its last commit, or its modification time
 * while the edit is not committed yet.
 */
export function lastUpdated(file: string, root = process.cwd()): Date | undefined {
	cache ??= readCommitDates(root);
	const committed = cache.get(file);
	if (committed) return committed;
	try {
		return statSync(resolve(root, file)).mtime;
	} catch {
		return undefined;
	}
}
