import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * CPU time of the test command's steps. Wall times swing with this shared machine's load (the
 * same commit measured 805 s and 870 s); CPU time says how much work a step is. Linux adds an
 * ended child's CPU time, its own ended children's included, to the parent's `cutime` and `cstime`
 * (fields 16 and 17 of /proc/self/stat): read each time a step ends, the growth since the previous
 * reading is that step's work (two steps ending in the same instant would share one figure).
 */

/** Seconds of CPU the ended children of the process whose `stat` line this is have used. */
export function childrenCpuSeconds(stat: string, ticksPerSecond: number): number {
	// "pid (comm) state ppid …": the command may hold spaces and parentheses; the fields after its last ")" do not.
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	// fields[0] is field 3 (state), so field n is fields[n - 3].
	const cutime = Number(fields[13]);
	const cstime = Number(fields[14]);
	if (!Number.isFinite(cutime) || !Number.isFinite(cstime)) throw new Error(`not a /proc stat line: ${stat.slice(0, 80)}`);
	return (cutime + cstime) / ticksPerSecond;
}

const ticks = (() => {
	const answer = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout);
	return Number.isFinite(answer) && answer > 0 ? answer : 100;
})();

/** This process's ended children's CPU seconds so far; undefined where there is no /proc (not Linux). */
export function endedChildrenCpu(): number | undefined {
	try {
		return childrenCpuSeconds(readFileSync('/proc/self/stat', 'utf8'), ticks);
	} catch {
		return undefined;
	}
}
