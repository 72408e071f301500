// scripts/deploy.sh is what both CI files run after a merge. rsync and aws are replaced by stubs
// that record how they were called, so the test sees the real command without a server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const script = join(import.meta.dirname, '..', '..', 'scripts', 'deploy.sh');

/** A checkout with a built site and recording stubs for the upload tools. */
function checkout(t: { after: (fn: () => void) => void }, built = true): string {
	const root = mkdtempSync(join(tmpdir(), 'deploy-'));
	t.after(() => rmSync(root, { recursive: true, force: true }));
	mkdirSync(join(root, 'scripts'));
	cpSync(script, join(root, 'scripts', 'deploy.sh'));
	mkdirSync(join(root, 'dist'));
	if (built) writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html>');
	mkdirSync(join(root, 'bin'));
	for (const tool of ['rsync', 'aws']) {
		// The rsync stub also keeps the key file ssh would read, to show the secret reached it.
		const keep = tool === 'rsync' ? `key=$(printf '%s' "$*" | sed -E 's/.*-i ([^ ]+).*/\\1/'); cp "$key" "${root}/key-seen"\n` : '';
		writeFileSync(join(root, 'bin', tool), `#!/usr/bin/env bash\nprintf '%s\\n' "$@" > "${root}/${tool}-args"\n${keep}`);
		chmodSync(join(root, 'bin', tool), 0o755);
	}
	return root;
}

function deploy(root: string, env: Record<string, string>) {
	const result = spawnSync('bash', [join(root, 'scripts', 'deploy.sh')], {
		encoding: 'utf8',
		env: { PATH: `${join(root, 'bin')}:${process.env['PATH']}`, ...env },
	});
	return { status: result.status, output: result.stdout + result.stderr };
}

const RSYNC = {
	DEPLOY_METHOD: 'rsync',
	DEPLOY_RSYNC_TARGET: 'deploy@static.example.cn:/srv/manual/',
	DEPLOY_SSH_KEY: '-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----',
	DEPLOY_SSH_KNOWN_HOSTS: 'static.example.cn ssh-ed25519 AAAA',
};

test('rsync publishes dist/ over SSH with the key from the secret store and a pinned host key', (t) => {
	const root = checkout(t);
	const { status, output } = deploy(root, RSYNC);
	assert.equal(status, 0, output);
	const args = readFileSync(join(root, 'rsync-args'), 'utf8').trim().split('\n');
	assert.deepEqual(args.slice(-2), ['dist/', RSYNC.DEPLOY_RSYNC_TARGET]);
	assert.ok(args.includes('--delete'));
	assert.match(args.find((arg) => arg.startsWith('ssh ')) ?? '', /StrictHostKeyChecking=yes/);
	assert.equal(readFileSync(join(root, 'key-seen'), 'utf8'), `${RSYNC.DEPLOY_SSH_KEY}\n`);
	assert.match(output, /已发布到 deploy@static\.example\.cn/);
});

test('an S3-compatible bucket is synced at the provider’s endpoint', (t) => {
	const root = checkout(t);
	const env = {
		DEPLOY_METHOD: 's3',
		DEPLOY_S3_BUCKET: 's3://manual-site/',
		DEPLOY_S3_ENDPOINT: 'https://oss-cn-hangzhou.aliyuncs.com',
		AWS_ACCESS_KEY_ID: 'id',
		AWS_SECRET_ACCESS_KEY: 'secret',
	};
	assert.equal(deploy(root, env).status, 0);
	assert.deepEqual(readFileSync(join(root, 'aws-args'), 'utf8').trim().split('\n'), [
		's3',
		'sync',
		'dist/',
		's3://manual-site/',
		'--delete',
		'--endpoint-url',
		'https://oss-cn-hangzhou.aliyuncs.com',
	]);
});

test('a missing secret, method or build stops the deploy and says what to set', (t) => {
	const { DEPLOY_SSH_KEY: _key, ...withoutKey } = RSYNC;
	const missingKey = deploy(checkout(t), withoutKey);
	assert.equal(missingKey.status, 1);
	assert.match(missingKey.output, /缺少 DEPLOY_SSH_KEY/);
	assert.match(deploy(checkout(t), {}).output, /DEPLOY_METHOD 应为 rsync 或 s3/);
	assert.match(deploy(checkout(t, false), RSYNC).output, /请先运行 npm run build/);
});
