// `npm test`: every check and test, two at a time on a 2-core machine (the plan and its order are
// scripts/test/plan.ts). Each step's output is printed whole when it ends, so parallel steps never
// interleave; the first failure stops the rest. Ends with how long each step took.
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { endedChildrenCpu, machineBusy } from './test/cpu.ts';
import { readySteps, TEST_PLAN, type TestStep } from './test/plan.ts';

const CORES = Math.max(2, Math.min(availableParallelism(), 2));
const started = Date.now();
const passed = new Set<string>();
const running = new Map<string, ChildProcess>();
const timings: { script: string; start: number; seconds: number; cpu: number | undefined; result: 'ok' | 'FAILED' | 'stopped' }[] = [];
/** The ended steps' CPU seconds at the previous step's end (scripts/test/cpu.ts). */
let cpuSoFar = endedChildrenCpu();
const busyAtStart = machineBusy();
let failed = false;

const seconds = (ms: number) => Math.round(ms / 100) / 10;

function run(step: TestStep): void {
	const start = Date.now();
	const child = spawn('npm', ['run', '--silent', step.script], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
	running.set(step.script, child);
	const output: Buffer[] = [];
	child.stdout!.on('data', (chunk: Buffer) => output.push(chunk));
	child.stderr!.on('data', (chunk: Buffer) => output.push(chunk));
	child.on('close', (code, signal) => {
		running.delete(step.script);
		const cpuNow = endedChildrenCpu();
		const cpu = cpuNow !== undefined && cpuSoFar !== undefined ? cpuNow - cpuSoFar : undefined;
		cpuSoFar = cpuNow;
		const ok = code === 0;
		// Steps ended because another failed are "stopped", not failures of their own.
		const result = ok ? 'ok' : failed ? 'stopped' : 'FAILED';
		timings.push({ script: step.script, start: seconds(start - started), seconds: seconds(Date.now() - start), cpu, result });
		if (!failed || ok) {
			process.stdout.write(
				`\n===== npm run ${step.script} (${seconds(Date.now() - start)} s)${ok ? '' : ` FAILED (${code ?? signal})`} =====\n`,
			);
			process.stdout.write(Buffer.concat(output));
		}
		if (ok) passed.add(step.script);
		else if (!failed) {
			failed = true;
			for (const other of running.values()) other.kill('SIGTERM');
		}
		next();
	});
}

function next(): void {
	if (!failed) for (const step of readySteps(TEST_PLAN, passed, new Set(running.keys()), CORES)) run(step);
	if (running.size > 0) return;
	const cpuOf = (cpu: number | undefined) => (cpu === undefined ? '–' : String(Math.round(cpu * 10) / 10));
	const table = timings.map((t) => `| ${t.script} | ${t.start} | ${t.seconds} | ${cpuOf(t.cpu)} | ${t.result} |`);
	const busyNow = machineBusy();
	const busy = busyNow !== undefined && busyAtStart !== undefined ? busyNow - busyAtStart : undefined;
	const cpuTotal = timings.every((t) => t.cpu !== undefined) ? timings.reduce((sum, t) => sum + t.cpu!, 0) : undefined;
	process.stdout.write(
		[
			'',
			'| step | started at (s) | took (s) | CPU (core-s) | result |',
			'| --- | --- | --- | --- | --- |',
			...table,
			`\nnpm test: ${seconds(Date.now() - started)} s${cpuTotal === undefined ? '' : `; the steps' CPU ${cpuOf(cpuTotal)} core-s`}${busy === undefined ? '' : `; the machine busy ${cpuOf(busy)} core-s`}`,
			'',
		].join('\n'),
	);
	const missing = TEST_PLAN.filter((step) => !passed.has(step.script)).map((step) => step.script);
	if (failed || missing.length > 0) {
		process.stdout.write(`未通过或未运行：${missing.join('、')}\n`);
		process.exitCode = 1;
	}
}

next();
