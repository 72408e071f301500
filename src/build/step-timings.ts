import { appendFileSync } from 'node:fs';

/**
 * Set by `npm run bench` to a file path: each timed step of the build appends one JSON line to it.
 * Unset (every ordinary build), timing costs nothing but a clock read.
 */
export const BUILD_TIMINGS_ENV = 'MANUAL_BUILD_TIMINGS';

/** The build's own steps, in the words the bench prints. Astro's rendering is what remains of the total. */
export const BUILD_STEPS = {
	contentCheck: '内容检查',
	gitDates: 'git 修改日期',
	editionHistory: '版本历史（git）',
	cspHashing: 'CSP 哈希',
	pagefind: 'Pagefind 索引',
	offlineWorker: '离线副本清单（Workbox）',
} as const;

export type BuildStep = keyof typeof BUILD_STEPS;

export interface StepTiming {
	step: BuildStep;
	/** Wall-clock milliseconds. */
	ms: number;
}

function record(step: BuildStep, started: number): void {
	const file = process.env[BUILD_TIMINGS_ENV];
	if (!file) return;
	const line: StepTiming = { step, ms: Math.round(performance.now() - started) };
	appendFileSync(file, `${JSON.stringify(line)}\n`);
}

/** Runs a synchronous step and records how long it took. */
export function timedSync<T>(step: BuildStep, work: () => T): T {
	const started = performance.now();
	try {
		return work();
	} finally {
		record(step, started);
	}
}

/** Runs a step that may be asynchronous and records how long it took. */
export async function timed<T>(step: BuildStep, work: () => T | Promise<T>): Promise<T> {
	const started = performance.now();
	try {
		return await work();
	} finally {
		record(step, started);
	}
}

/**
 * A step that is not ours to wrap (Pagefind runs inside Starlight's `astro:build:done`): two marker
 * integrations, listed before and after Starlight, time it from the first one's hook to the second's.
 */
export function stepMarkers(step: BuildStep): [{ name: string; hooks: object }, { name: string; hooks: object }] {
	let started = 0;
	return [
		{ name: `manual:timing-${step}-start`, hooks: { 'astro:build:done': () => void (started = performance.now()) } },
		{ name: `manual:timing-${step}-end`, hooks: { 'astro:build:done': () => record(step, started) } },
	];
}

/** Sums the lines a build wrote, by step (a step may run more than once, e.g. git dates per root). */
export function sumTimings(lines: string): Partial<Record<BuildStep, number>> {
	const sums: Partial<Record<BuildStep, number>> = {};
	for (const line of lines.split('\n')) {
		if (!line.trim()) continue;
		const { step, ms } = JSON.parse(line) as StepTiming;
		if (step in BUILD_STEPS) sums[step] = (sums[step] ?? 0) + ms;
	}
	return sums;
}
