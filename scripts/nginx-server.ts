// Serves dist/ with the shipped nginx configuration (deploy/nginx/), for tests/e2e/nginx.spec.ts:
// `node scripts/nginx-server.ts <port> <redirect port>`. Only the host's paths, the ports and the
// certificate differ from the files as shipped (tests/support/nginx.ts); `nginx -t` checks the
// result before the server starts, so a file that would not load on the server fails the tests.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findNginx } from './nginx.mjs';
import { redirectPortOf, testCertificate, writeTestServer } from '../tests/support/nginx.ts';

const port = Number(process.argv[2] ?? 4324);
const redirectPort = Number(process.argv[3] ?? redirectPortOf(port));
const nginx = findNginx();
if (!nginx) throw new Error('nginx is not installed: run node scripts/ensure-nginx.mjs');
const work = mkdtempSync(join(tmpdir(), 'ops-manual-nginx-'));
const { certificate, certificateKey } = testCertificate();
const config = writeTestServer(work, {
	port,
	redirectPort,
	dist: resolve('dist'),
	certificate: resolve(certificate),
	certificateKey: resolve(certificateKey),
});

const checked = spawnSync(nginx, ['-t', '-c', config, '-e', join(work, 'error.log')], { encoding: 'utf8' });
process.stderr.write(checked.stderr);
if (checked.status !== 0) {
	console.error(`nginx -t 不通过：deploy/nginx/ 的配置在 ${nginx} 上无法加载（完整配置：${config}）。`);
	process.exit(1);
}
const server = spawn(nginx, ['-c', config, '-e', join(work, 'error.log')], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill('SIGQUIT'));
server.on('exit', (code) => process.exit(code ?? 0));
