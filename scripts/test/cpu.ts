import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * CPU time of the test command's steps. Wall times swing with this shared machine's load (the
 * same commit measured 805 s and 870 s); CPU time says how much work a step is. Linux adds an
 * ended child's CPU time, its own ended children's included, to the parent's `cutime` and `cstime`
 * (fields 16 and 17 of /proc/self/stat): read each time a step ends, the growth since the previous
 * reading is that step's work (two steps ending in the same instant would share one figure).
 * It misses what a step's tools never wait for: Chromium's renderer processes are reaped by its
 * zygote, not by Playwright, so the browser tests' figure is a fraction of their work. The whole
 * machine's busy time (/proc/stat) over the command is therefore printed beside the total.
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

/** Core-seconds the machine has spent busy since boot (every core, /proc/stat's first line), from a `/proc/stat` text. */
export function machineBusySeconds(stat: string, ticksPerSecond: number): number {
	const line = stat.split('\n')[0] ?? '';
	const [label, ...values] = line.trim().split(/\s+/);
	if (label !== 'cpu' || values.length < 8) throw new Error(`not a /proc/stat cpu line: ${line.slice(0, 80)}`);
	// user nice system idle iowait irq softirq steal: idle, waiting and time the host gave to others are not work.
	const [user, nice, system, , , irq, softirq] = values.map(Number);
	return (user! + nice! + system! + irq! + softirq!) / ticksPerSecond;
}

/** The machine's busy core-seconds so far; undefined where there is no /proc. */
export function machineBusy(): number | undefined {
	try {
		return machineBusySeconds(readFileSync('/proc/stat', 'utf8'), ticks);
	} catch {
		return undefined;
	}
}
