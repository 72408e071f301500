// `npm run build:subpath`: the site built as a deploy under a sub-path, for tests/e2e/subpath.spec.ts.
import { spawnSync } from 'node:child_process';
import { SUBPATH_BASE, SUBPATH_DIST } from '../tests/support/subpath.ts';

const result = spawnSync('astro', ['build', '--outDir', SUBPATH_DIST], {
	stdio: 'inherit',
	env: { ...process.env, MANUAL_SITE_BASE: SUBPATH_BASE, ASTRO_TELEMETRY_DISABLED: '1' },
});
process.exitCode = result.status ?? 1;
