// Serves dist/ with the shipped nginx configuration (deploy/nginx/), for tests/e2e/nginx.spec.ts:
// `node scripts/nginx-server.ts <port>`. The paths the deploy guide marks are pointed at this
// checkout, and the TLS block listens on plain HTTP (a browser test cannot trust a test certificate
// and still install a service worker); everything else is the file as shipped.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findNginx } from './nginx.mjs';
import { NGINX_USER } from '../tests/support/nginx.ts';

const port = Number(process.argv[2] ?? 4324);
const dist = resolve('dist');
const nginx = findNginx();
if (!nginx) throw new Error('nginx is not installed: run node scripts/ensure-nginx.mjs');
const work = mkdtempSync(join(tmpdir(), 'ops-manual-nginx-'));
for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(work, dir));

// nginx reads {SHA} entries: base64 of the password's SHA-1.
writeFileSync(join(work, 'htpasswd'), `${NGINX_USER.username}:{SHA}${createHash('sha1').update(NGINX_USER.password).digest('base64')}\n`);
writeFileSync(join(work, 'headers.conf'), readFileSync('deploy/nginx/ops-manual-headers.conf', 'utf8'));
const site = readFileSync('deploy/nginx/ops-manual.conf', 'utf8')
	.replace(/server \{\n\t# ▶ 1\.[\s\S]*?\n\}\n/, '') // the HTTP → HTTPS redirect
	.replace('listen 443 ssl;', `listen 127.0.0.1:${port};`)
	.replace(/\n\thttp2 on;|\n\tssl_[^\n]*/g, '')
	.replaceAll('/srv/ops-manual/dist', dist)
	.replaceAll('/etc/nginx/snippets/ops-manual-headers.conf', join(work, 'headers.conf'))
	.replaceAll('/etc/nginx/ops-manual.htpasswd', join(work, 'htpasswd'));
writeFileSync(
	join(work, 'nginx.conf'),
	[
		process.getuid?.() === 0 ? 'user root;' : '',
		'daemon off;',
		'worker_processes 1;',
		`pid ${join(work, 'nginx.pid')};`,
		`error_log ${join(work, 'error.log')} warn;`,
		'events {}',
		'http {',
		'include /etc/nginx/mime.types;',
		'default_type application/octet-stream;',
		'access_log off;',
		...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((dir) => `${dir === 'body' ? 'client_body' : dir}_temp_path ${join(work, dir)};`),
		site,
		'}',
	].join('\n'),
);
const server = spawn(nginx, ['-c', join(work, 'nginx.conf'), '-e', join(work, 'error.log')], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill('SIGQUIT'));
server.on('exit', (code) => process.exit(code ?? 0));
