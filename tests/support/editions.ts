/**
 * What a reader should see for a chapter's edition, worked out here from `git log` on its own
 * (not through src/manual/chapter-editions.ts), so the end-to-end tests check the build's labels
 * against the repository rather than against themselves. And the pattern of what people must
 * never see: a 12-hex content hash.
 */
import { execFileSync } from 'node:child_process';

/** A content hash as the build writes it (12 hex digits, at least one a letter, so dates and counts never match). */
export const CONTENT_HASH = /(?<![0-9a-z])(?=[0-9]*[a-f])[0-9a-f]{12}(?![0-9a-z])/i;

/** The UTC days of the commits that changed `file`, newest first. */
export function commitDays(file: string, cwd?: string): string[] {
	return execFileSync('git', ['log', '--no-renames', '--format=%ct', '--', file], { encoding: 'utf8', cwd })
		.split('\n')
		.filter(Boolean)
		.map((seconds) => new Date(Number(seconds) * 1000).toISOString().slice(0, 10));
}

/** The readable edition of the newest commit among `days` (newest first): its day, numbered when the day has others. */
export function newestEditionLabel(days: readonly string[]): string {
	const [day] = days;
	if (!day) throw new Error('the file has no commit: commit it before running the end-to-end tests');
	const sameDay = days.filter((other) => other === day).length;
	return sameDay > 1 ? `${day}（当日第 ${sameDay} 版）` : day;
}

/** The day Starlight's footer prints for a date: zh-CN, medium, UTC ("2026年12月1日"). */
export const footerDay = (date: Date) => date.toLocaleDateString('zh-CN', { dateStyle: 'medium', timeZone: 'UTC' });

/** When any of `files` last changed, from git. */
export function lastCommit(files: readonly string[]): Date {
	const seconds = execFileSync('git', ['log', '-1', '--format=%ct', '--', ...files], { encoding: 'utf8' }).trim();
	return new Date(Number(seconds) * 1000);
}
