import { spawnSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The shipped nginx configuration (deploy/nginx/) as the tests run it: the same files with only
 * the host's paths, the ports and the certificate changed (scripts/nginx-server.ts for the browser
 * tests, tests/unit/nginx-config.test.ts for `nginx -t`).
 */

/** The login the nginx test server accepts; a test account only. */
export const NGINX_USER = { username: 'duty', password: 'test-only-password' };

/** The plain-HTTP redirect listens next to the HTTPS server (playwright.config.ts). */
export function redirectPortOf(httpsPort: number): number {
	return httpsPort + 1;
}

/** The files an administrator copies to the server. */
export const SHIPPED_SITE = 'deploy/nginx/ops-manual.conf';
export const SHIPPED_HEADERS = 'deploy/nginx/ops-manual-headers.conf';

/** Where the test puts what the shipped file expects under /srv and /etc. */
export interface NginxTestSite {
	/** The HTTPS server's port (the shipped file: 443). */
	port: number;
	/** The plain-HTTP redirect's port (the shipped file: 80). */
	redirectPort: number;
	dist: string;
	headers: string;
	htpasswd: string;
	certificate: string;
	certificateKey: string;
}

/** The lines the test may change: paths, ports and the certificate. Every other line is as shipped. */
export const CHANGEABLE_LINE = /^\s*(listen|ssl_certificate|ssl_certificate_key|root|include|auth_basic_user_file) /;

/** The shipped site file with this machine's paths, ports and certificate. */
export function testSiteConfig(shipped: string, site: NginxTestSite): string {
	const replacements: [from: string, to: string][] = [
		['\tlisten 80;', `\tlisten 127.0.0.1:${site.redirectPort};`],
		['\tlisten 443 ssl http2;', `\tlisten 127.0.0.1:${site.port} ssl http2;`],
		['/etc/ssl/ops-manual/fullchain.pem', site.certificate],
		['/etc/ssl/ops-manual/privkey.pem', site.certificateKey],
		['/srv/ops-manual/dist', site.dist],
		['/etc/nginx/snippets/ops-manual-headers.conf', site.headers],
		['/etc/nginx/ops-manual.htpasswd', site.htpasswd],
	];
	const used = new Set<string>();
	// Only directive lines the test may change; comments and every other line stay as shipped.
	const config = shipped
		.split('\n')
		.map((line) => {
			if (!CHANGEABLE_LINE.test(line)) return line;
			for (const [from, to] of replacements)
				if (line.includes(from)) {
					used.add(from);
					line = line.replaceAll(from, to);
				}
			return line;
		})
		.join('\n');
	for (const [from] of replacements)
		if (!used.has(from))
			throw new Error(
				`${SHIPPED_SITE} no longer contains "${from.trim()}": update testSiteConfig in tests/support/nginx.ts to match the shipped file.`,
			);
	return config;
}

/** `[shipped, test]` for every line the test changed (both files have the same lines). */
export function changedLines(shipped: string, test: string): [string, string][] {
	const before = shipped.split('\n');
	const after = test.split('\n');
	if (before.length !== after.length) throw new Error('the test configuration has a different number of lines than the shipped one');
	return before.flatMap((line, i) => (line === after[i] ? [] : [[line, after[i]!] as [string, string]]));
}

/**
 * Writes a complete nginx configuration into `work` (the `http {}` context that Debian's
 * /etc/nginx/nginx.conf supplies, plus the shipped site) and returns its path.
 */
export function writeTestServer(work: string, site: Omit<NginxTestSite, 'headers' | 'htpasswd'>): string {
	for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(work, dir), { recursive: true });
	// nginx reads {SHA} entries: base64 of the password's SHA-1.
	const htpasswd = join(work, 'htpasswd');
	writeFileSync(htpasswd, `${NGINX_USER.username}:{SHA}${createHash('sha1').update(NGINX_USER.password).digest('base64')}\n`);
	const headers = join(work, 'headers.conf');
	writeFileSync(headers, readFileSync(SHIPPED_HEADERS, 'utf8'));
	const config = join(work, 'nginx.conf');
	writeFileSync(
		config,
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
			...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
				(dir) => `${dir === 'body' ? 'client_body' : dir}_temp_path ${join(work, dir)};`,
			),
			testSiteConfig(readFileSync(SHIPPED_SITE, 'utf8'), { ...site, headers, htpasswd }),
			'}',
		].join('\n'),
	);
	return config;
}

/** A self-signed certificate for 127.0.0.1, made once per checkout (the browser trusts it by its key: see spkiHash). */
export interface TestCertificate {
	certificate: string;
	certificateKey: string;
}

export function testCertificate(dir = join('node_modules', '.cache', 'ops-manual-nginx-tls')): TestCertificate {
	const certificate = join(dir, 'cert.pem');
	const certificateKey = join(dir, 'key.pem');
	if (existsSync(certificate) && existsSync(certificateKey)) return { certificate, certificateKey };
	mkdirSync(dir, { recursive: true });
	const made = spawnSync(
		'openssl',
		// prettier-ignore
		['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '3650',
			'-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', certificateKey, '-out', certificate],
		{ encoding: 'utf8' },
	);
	if (made.status !== 0)
		throw new Error(`无法生成 nginx 测试用的证书（需要 openssl：apt-get install -y openssl）：${made.error?.message ?? made.stderr}`);
	return { certificate, certificateKey };
}

/** The certificate's public key hash, for Chromium's --ignore-certificate-errors-spki-list. */
export function spkiHash(certificate: string): string {
	const key = new X509Certificate(readFileSync(certificate)).publicKey.export({ type: 'spki', format: 'der' });
	return createHash('sha256').update(key).digest('base64');
}
