/**
 * What `npm test` runs, and what each step must wait for. Two cores: steps run two at a time in
 * this order as soon as what they need is done. Steps that build in this checkout (`astro check`
 * and `astro build` both write `.astro/`) hold the `checkout` lock, so they never overlap; the
 * unit tests and the re-read build work in copies of their own.
 */
export interface TestStep {
	/** The npm script. */
	script: string;
	/** Steps that must have passed first. */
	needs: readonly string[];
	/** Steps that share a lock never run at the same time. */
	lock?: 'checkout';
	/** Threads the step keeps busy; two cores in all. 0: it mostly waits (downloads, the package manager). 2: it starts on one free core and takes the other when it frees. */
	cores: 0 | 1 | 2;
}

export const TEST_PLAN: readonly TestStep[] = [
	// What the browser tests run in (Chromium's headless shell, nginx, poppler): on a new machine the
	// package manager installs them, mostly waiting on the network, while the checks and builds run.
	{ script: 'test:e2e:tools', needs: [], cores: 0 },
	// The content check first: the 2-second answer an editor's broken file gets.
	{ script: 'check', needs: [], cores: 1 },
	{ script: 'build', needs: ['check'], lock: 'checkout', cores: 1 },
	{ script: 'lint', needs: [], cores: 1 },
	{ script: 'test:unit', needs: ['check'], cores: 1 },
	{ script: 'build:subpath', needs: ['build'], lock: 'checkout', cores: 1 },
	{ script: 'build:reread', needs: ['check'], cores: 1 },
	{ script: 'typecheck', needs: [], lock: 'checkout', cores: 1 },
	// The browser tests take both cores (two workers) and every build.
	{ script: 'test:e2e', needs: ['build', 'build:subpath', 'build:reread', 'test:e2e:tools'], cores: 2 },
];

/** The steps that may start now, in plan order, given what has passed, what runs and the free cores. */
export function readySteps(
	plan: readonly TestStep[],
	passed: ReadonlySet<string>,
	running: ReadonlySet<string>,
	cores: number,
): TestStep[] {
	const ready: TestStep[] = [];
	let free = cores - plan.filter((step) => running.has(step.script)).reduce((sum, step) => sum + step.cores, 0);
	const locked = new Set(plan.filter((step) => running.has(step.script) && step.lock).map((step) => step.lock));
	for (const step of plan) {
		if (passed.has(step.script) || running.has(step.script)) continue;
		if (!step.needs.every((need) => passed.has(need))) continue;
		if (step.lock && locked.has(step.lock)) continue;
		// A step that keeps both cores busy starts as soon as one is free: the steps still running
		// share the cores with it until they end, where waiting left a core idle (astro check ran
		// alone for 26 s before the browser tests could start).
		if (Math.min(step.cores, 1) > free) break; // keep the order: a big step waits rather than being overtaken forever
		ready.push(step);
		free -= step.cores;
		if (step.lock) locked.add(step.lock);
	}
	return ready;
}
