// Builds a project the way the bench measures it: wall time, CPU time of the whole process tree,
// peak memory, and (for the manual) the time of each of its own build steps (src/build/step-timings.ts).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_TIMINGS_ENV, sumTimings, type BuildStep } from '../../src/build/step-timings.ts';

export interface BuildCost {
	wallSeconds: number;
	/** User plus system CPU of the build and every process it waited for (bash's `times`). */
	cpuSeconds: number;
	peakMemoryMiB: number;
	/** Wall milliseconds of the manual's own steps; empty for a project without them (the peer). */
	steps: Partial<Record<BuildStep, number>>;
}

/** Sums the resident memory of a process and all its descendants, from /proc. */
function treeRssKiB(rootPid: number): number {
	const children = new Map<number, number[]>();
	const rss = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const status = readFileSync(`/proc/${name}/status`, 'utf8');
			const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
			rss.set(Number(name), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
			children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
		} catch {
			// the process ended while we looked
		}
	}
	let total = 0;
	const queue = [rootPid];
	while (queue.length) {
		const pid = queue.pop()!;
		total += rss.get(pid) ?? 0;
		queue.push(...(children.get(pid) ?? []));
	}
	return total;
}

/** Seconds from one `times` field such as `1m2.345s`. */
const timesSeconds = (field: string) => {
	const match = /^(\d+)m([\d.]+)s$/.exec(field);
	return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
};

/**
 * CPU seconds of the shell's children from bash's `times` output (its second line: user, system).
 * Counts every descendant that was waited for, so Pagefind's binary and git's calls are included.
 */
export function childCpuSeconds(timesOutput: string): number {
	const line = timesOutput.trim().split('\n').at(-1) ?? '';
	const [user = '', system = ''] = line.trim().split(/\s+/);
	return Math.round((timesSeconds(user) + timesSeconds(system)) * 10) / 10;
}

/** `astro build` in `root` with the given Astro binary, measured. */
export async function buildMeasured(root: string, astroBin: string): Promise<BuildCost> {
	const timings = join(tmpdir(), `build-timings-${process.pid}.jsonl`);
	rmSync(timings, { force: true });
	const marker = '@@times@@';
	const started = performance.now();
	// bash runs the build and then prints `times`: the CPU the build and its waited-for children used.
	const child = spawn('bash', ['-c', `"$0" build; status=$?; echo ${marker}; times; exit $status`, astroBin], {
		cwd: root,
		env: {
			...process.env,
			ASTRO_TELEMETRY_DISABLED: '1',
			[BUILD_TIMINGS_ENV]: timings,
			PATH: `${join(astroBin, '..')}:${process.env['PATH']}`,
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	let peak = 0;
	const timer = setInterval(() => (peak = Math.max(peak, treeRssKiB(child.pid!))), 100);
	const code = await new Promise<number | null>((done) => child.on('close', done));
	clearInterval(timer);
	if (code !== 0) throw new Error(`构建失败（${root}）：\n${output.slice(-4000)}`);
	const steps = existsSync(timings) ? sumTimings(readFileSync(timings, 'utf8')) : {};
	rmSync(timings, { force: true });
	return {
		wallSeconds: Math.round((performance.now() - started) / 100) / 10,
		cpuSeconds: childCpuSeconds(output.slice(output.lastIndexOf(marker) + marker.length)),
		peakMemoryMiB: Math.round(peak / 1024),
		steps,
	};
}
