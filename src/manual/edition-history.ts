import { spawnSync } from 'node:child_process';
import { CONTENT } from './paths.ts';
import { timedSync } from '../build/step-timings.ts';

/** One commit that changed a checklist (or chapter) file, with the edition the file carried after it. */
export interface EditionChange {
	commit: string;
	date: Date;
	/** The commit message's first line: what changed, in the committer's words. */
	subject: string;
	/** The file's edition at that commit (a checklist's `edition:` line, by default); undefined when it has none. */
	edition: string | undefined;
}

/**
 * Every checklist's history from git, newest first, so a printed copy (which shows its edition)
 * can be matched to the changes made since. Two git calls for all checklists: one log, one
 * `cat-file --batch` for the file at each commit. Commits that deleted a file are left out.
 * `editionOf` reads the edition from a file's text: chapters have no `edition:` line, training
 * gives their content hash (src/manual/training.ts).
 */
export function readEditionHistories(
	root: string,
	folder: string = CONTENT.checklists,
	editionOf: (text: string) => string | undefined = editionIn,
): Map<string, EditionChange[]> {
	const log = spawnSync('git', ['log', '--no-renames', '--format=c%x00%H%x00%ct%x00%s', '--name-only', '--', folder], {
		cwd: root,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	const histories = new Map<string, EditionChange[]>();
	if (log.status !== 0) return histories;
	const touched: { file: string; change: Omit<EditionChange, 'edition'> }[] = [];
	let current: Omit<EditionChange, 'edition'> | undefined;
	for (const line of log.stdout.split('\n')) {
		if (line.startsWith('c\0')) {
			const [, commit = '', seconds = '0', subject = ''] = line.split('\0');
			current = { commit, date: new Date(Number(seconds) * 1000), subject };
		} else if (line && current && /\.(ya?ml|mdx?)$/.test(line)) touched.push({ file: line, change: current });
	}
	const contents = readBlobs(
		root,
		touched.map(({ file, change }) => `${change.commit}:${file}`),
	);
	touched.forEach(({ file, change }, index) => {
		const text = contents[index];
		if (text === undefined) return;
		histories.set(file, [...(histories.get(file) ?? []), { ...change, edition: editionOf(text) }]);
	});
	return histories;
}

/** The files named `commit:path`, in order; undefined for one missing at that commit. */
function readBlobs(root: string, objects: string[]): (string | undefined)[] {
	if (objects.length === 0) return [];
	const batch = spawnSync('git', ['cat-file', '--batch'], { cwd: root, input: objects.join('\n') + '\n', maxBuffer: 256 * 1024 * 1024 });
	if (batch.status !== 0) return objects.map(() => undefined);
	const out = batch.stdout;
	const texts: (string | undefined)[] = [];
	let at = 0;
	while (at < out.length && texts.length < objects.length) {
		const end = out.indexOf(0x0a, at);
		const header = out.subarray(at, end).toString('utf8');
		at = end + 1;
		const size = /^\S+ blob (\d+)$/.exec(header)?.[1];
		if (size === undefined) {
			texts.push(undefined); // "<object> missing": the file was deleted by that commit
			continue;
		}
		texts.push(out.subarray(at, at + Number(size)).toString('utf8'));
		at += Number(size) + 1;
	}
	return texts;
}

/**
 * The top-level `edition:` line, read without parsing the whole YAML (a full parse of every
 * version of every checklist costs about a second of build time); a file too broken to read
 * as a checklist still says which edition it claimed.
 */
function editionIn(text: string): string | undefined {
	const value = /^edition:[ \t]*(.*)$/m
		.exec(text)?.[1]
		?.replace(/\s+#.*$/, '')
		.trim();
	return value ? value.replace(/^(['"])(.*)\1$/, '$2') : undefined;
}

let cache: Map<string, EditionChange[]> | undefined;

/** The history of one checklist file (a path from the repository root), newest first. */
export function editionHistory(file: string, root = process.cwd()): EditionChange[] {
	cache ??= timedSync('editionHistory', () => readEditionHistories(root));
	return cache.get(file) ?? [];
}
