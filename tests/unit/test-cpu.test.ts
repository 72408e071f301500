// The test command's CPU column (scripts/test/cpu.ts): the work a step did, read from Linux's
// accounting of ended children.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { childrenCpuSeconds, endedChildrenCpu, machineBusySeconds } from '../../scripts/test/cpu.ts';

test('the ended children’s user and system time are read after the command name, whatever it holds', () => {
	// pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
	const line = '4242 (node (test) x) S 1 4242 4242 0 -1 4194304 100 2000 0 0 50 7 1234 56 20 0 1 0 100 0 0';
	assert.equal(childrenCpuSeconds(line, 100), 12.9);
	assert.throws(() => childrenCpuSeconds('4242 (node) S 1', 100), /not a \/proc stat line/);
});

test('a child that spent half a second computing shows in the count once it has ended', { skip: endedChildrenCpu() === undefined }, () => {
	const before = endedChildrenCpu()!;
	const burn = spawnSync(process.execPath, ['-e', 'const end = Date.now() + 500; while (Date.now() < end);']);
	assert.equal(burn.status, 0);
	const used = endedChildrenCpu()! - before;
	assert.ok(used >= 0.35 && used < 5, `counted ${used} s`);
});

test('the machine’s busy time counts every kind of work on every core and leaves out idle, waiting and stolen time', () => {
	const stat = 'cpu  1000 20 300 9000 500 10 30 40 0 0\ncpu0 500 10 150 4500 250 5 15 20 0 0\n';
	assert.equal(machineBusySeconds(stat, 100), 13.6);
	assert.throws(() => machineBusySeconds('intr 1 2 3', 100), /not a \/proc\/stat cpu line/);
});
