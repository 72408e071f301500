// `npm run dev`: Astro's dev server for editors previewing content, without the update check,
// telemetry or the English lines they cannot act on (scripts/dev/lines.ts). Arguments go to
// `astro dev` (e.g. `npm run dev -- --port 4330`).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { devLine } from './dev/lines.ts';

// The package exports no bin path: found beside its package.json.
const astro = join(dirname(fileURLToPath(import.meta.resolve('astro/package.json'))), 'bin', 'astro.mjs');
const raw = process.env['MANUAL_DEV_LOG'] === 'all';
const server = spawn(process.execPath, [astro, 'dev', ...process.argv.slice(2)], {
	stdio: ['inherit', 'pipe', 'pipe'],
	env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' },
});

for (const [from, to] of [
	[server.stdout, process.stdout],
	[server.stderr, process.stderr],
] as const) {
	createInterface({ input: from }).on('line', (line) => {
		const shown = raw ? line : devLine(line);
		if (shown !== undefined) to.write(`${shown}\n`);
	});
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => {
	process.exitCode = code ?? (signal ? 1 : 0);
});
