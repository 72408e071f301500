// `npm run build:reread`: the manual one chapter edit later, with one new chapter written by
// `npm run new`, published as a public manual would be (`site.public: true`), for
// tests/e2e/training.spec.ts, new-chapter.spec.ts and public.spec.ts: one build of a copy proves all three.
// Copies this checkout (tracked and untracked files, not ignored ones) to a temporary folder,
// gives the copy this repository's history (git alternates: no objects copied), commits the
// edit from tests/support/reread.ts there and builds the copy into dist-reread/. Astro does not
// build through a symlinked node_modules, so the copy gets hard links (same disk: cheap).
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { loadManual } from '../src/check/load.ts';
import { makePublic } from '../tests/support/public.ts';
import { REREAD_DIST, REREAD_EDIT, REREAD_NEW_CHAPTER, rereadChapter } from '../tests/support/reread.ts';

const root = resolve(import.meta.dirname, '..');

function run(command: string, args: string[], options: SpawnSyncOptions = {}): string {
	const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...options });
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
	return String(result.stdout ?? '');
}

const chapter = rereadChapter(loadManual(root).manual);
// Hard links need the copy on the repository's disk; the system's temporary folder usually is.
const copy = mkdtempSync(join(existsSync(tmpdir()) ? tmpdir() : root, 'manual-reread-'));
try {
	for (const file of run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard']).split('\0')) {
		if (!file || !existsSync(join(root, file))) continue; // deleted in the working tree
		mkdirSync(dirname(join(copy, file)), { recursive: true });
		copyFileSync(join(root, file), join(copy, file));
	}
	run('cp', ['-al', join(root, 'node_modules'), join(copy, 'node_modules')]);

	const objects = join(run('git', ['rev-parse', '--path-format=absolute', '--git-common-dir']).trim(), 'objects');
	const head = run('git', ['rev-parse', 'HEAD']).trim();
	const inCopy = (args: string[], env: NodeJS.ProcessEnv = {}) => run('git', args, { cwd: copy, env: { ...process.env, ...env } });
	inCopy(['init', '-q']);
	writeFileSync(join(copy, '.git/objects/info/alternates'), `${objects}\n`);
	const shallow = join(dirname(objects), 'shallow');
	if (existsSync(shallow)) copyFileSync(shallow, join(copy, '.git/shallow')); // a shallow CI clone
	inCopy(['update-ref', 'HEAD', head]);
	inCopy(['reset', '-q']);

	// Uncommitted, like any deploy setting: the re-read edit is the copy's only new commit.
	makePublic(copy);
	appendFileSync(join(copy, chapter.file), REREAD_EDIT.paragraph);
	inCopy(['add', chapter.file]);
	const date = { GIT_AUTHOR_DATE: REREAD_EDIT.date, GIT_COMMITTER_DATE: REREAD_EDIT.date };
	inCopy(
		['-c', 'user.name=Manual tests', '-c', 'user.email=tests@manual.invalid', 'commit', '-q', '--no-verify', '-m', REREAD_EDIT.subject],
		date,
	);

	// An editor's new chapter, written by `npm run new` and filled in, not yet committed.
	const added = REREAD_NEW_CHAPTER;
	const scaffold = ['chapter', added.path, '--title', added.title, '--part', added.part, '--owner', added.owner];
	run(process.execPath, [join(copy, 'scripts/new.ts'), ...scaffold], { cwd: copy });
	const addedFile = join(copy, 'content/chapters', `${added.path}.mdx`);
	writeFileSync(addedFile, readFileSync(addedFile, 'utf8').replaceAll('待补充', '已写明'));

	const build = spawnSync(join(copy, 'node_modules/.bin/astro'), ['build', '--outDir', join(root, REREAD_DIST)], {
		cwd: copy,
		stdio: 'inherit',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	process.exitCode = build.status ?? 1;
} finally {
	rmSync(copy, { recursive: true, force: true });
}
