// deploy/nginx/ must load on the nginx versions people deploy on (Debian 11/Ubuntu 22.04's 1.18 up
// to current). This machine's nginx checks the files as shipped, with only paths, ports and the
// certificate changed; a table of directives newer than 1.18 catches what 1.22 would still accept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findNginx } from '../../scripts/nginx.mjs';
import { CHANGEABLE_LINE, changedLines, SHIPPED_SITE, testCertificate, testSiteConfig, writeTestServer } from '../support/nginx.ts';

const shipped = readFileSync(SHIPPED_SITE, 'utf8');

const SITE = {
	port: 4443,
	redirectPort: 4080,
	dist: '/tmp/site',
	headers: '/tmp/headers.conf',
	htpasswd: '/tmp/htpasswd',
	certificate: '/tmp/cert.pem',
	certificateKey: '/tmp/key.pem',
};

test('the tested configuration differs from the shipped one only in paths, ports and the certificate', () => {
	const changed = changedLines(shipped, testSiteConfig(shipped, SITE));
	assert.deepEqual(
		changed.filter(([line]) => !CHANGEABLE_LINE.test(line)),
		[],
	);
	assert.deepEqual(
		changed.map(([, line]) => line.trim()).sort(),
		[
			'listen 127.0.0.1:4080;',
			'listen 127.0.0.1:4443 ssl http2;',
			'ssl_certificate /tmp/cert.pem;',
			'ssl_certificate_key /tmp/key.pem;',
			'root /tmp/site;',
			'auth_basic_user_file /tmp/htpasswd;',
			// Each of the five locations includes both files.
			...Array<string>(5).fill('include /tmp/headers.conf;'),
			...Array<string>(5).fill('include /tmp/site/.csp-header.conf;'),
		].sort(),
	);
});

test('a shipped file the test cannot map is an error that says what to update', () => {
	assert.throws(
		() => testSiteConfig(shipped.replace('listen 443 ssl http2;', 'listen 443 ssl;'), SITE),
		/no longer contains "listen 443 ssl http2;": update testSiteConfig in tests\/support\/nginx\.ts/,
	);
});

/**
 * Directives that nginx 1.18 does not know, with the version that added them (nginx's CHANGES).
 * `http2 on;` is the one that broke the shipped file on Debian 12; the others are the usual
 * candidates for a TLS site.
 */
const NEWER_THAN_1_18: Record<string, string> = {
	http2: '1.25.1',
	http3: '1.25.0',
	quic_retry: '1.25.0',
	quic_gso: '1.25.0',
	ssl_ocsp: '1.19.0',
	ssl_ocsp_responder: '1.19.0',
	ssl_ocsp_cache: '1.19.0',
	ssl_reject_handshake: '1.19.4',
	ssl_conf_command: '1.19.4',
	keepalive_time: '1.19.10',
	ssl_key_log: '1.27.2',
	ssl_certificate_cache: '1.27.4',
};

test('the shipped files use no directive newer than nginx 1.18', () => {
	for (const file of [SHIPPED_SITE, 'deploy/nginx/ops-manual-headers.conf']) {
		const directives = readFileSync(file, 'utf8')
			.split('\n')
			.map((line) => line.replace(/#.*/, '').trim().split(/\s+/)[0] ?? '')
			.filter(Boolean);
		const newer = directives.filter((name) => name in NEWER_THAN_1_18).map((name) => `${name} (nginx ${NEWER_THAN_1_18[name]})`);
		assert.deepEqual(newer, [], `${file} uses directives nginx 1.18–1.24 cannot load`);
		// `listen … quic` is HTTP/3, also 1.25+.
		assert.doesNotMatch(readFileSync(file, 'utf8'), /^\s*listen[^;#]*\bquic\b/m);
	}
});

test('nginx -t accepts the shipped files on this machine', (t) => {
	const nginx = findNginx();
	if (!nginx) return t.skip('nginx is not installed (the browser tests install it: node scripts/ensure-nginx.mjs)');
	const work = mkdtempSync(join(tmpdir(), 'nginx-config-'));
	t.after(() => rmSync(work, { recursive: true, force: true }));
	// The site's build writes this file; an empty policy line stands in for it.
	const dist = join(work, 'dist');
	mkdirSync(dist);
	writeFileSync(join(dist, '.csp-header.conf'), `add_header Content-Security-Policy "default-src 'self'" always;\n`);
	const { certificate, certificateKey } = testCertificate(join(work, 'tls'));
	const config = writeTestServer(work, { port: 4443, redirectPort: 4080, dist, certificate, certificateKey });
	const checked = spawnSync(nginx, ['-t', '-c', config, '-e', join(work, 'error.log')], { encoding: 'utf8' });
	assert.equal(checked.status, 0, checked.stderr);
	assert.match(checked.stderr, /test is successful/);
	assert.doesNotMatch(checked.stderr, /\[(warn|emerg)\]/);
});
