// The preview of a pull (merge) request: one folder per request under the Pages site, and the
// site base its build uses, so the preview's links and assets stay inside that folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { previewPath } from '../../scripts/preview-path.ts';

test('a GitHub pull request previews under previews/pr-<number>/ of a project Pages site', () => {
	assert.deepEqual(previewPath('https://acme.github.io/ops-manual', 12), {
		dir: 'previews/pr-12',
		base: '/ops-manual/previews/pr-12/',
		url: 'https://acme.github.io/ops-manual/previews/pr-12/',
	});
	// A custom domain serves the Pages site at its root.
	assert.equal(previewPath('https://manual.acme.cn/', '3').base, '/previews/pr-3/');
});

test('a GitLab merge request previews under its path prefix mr-<iid>, which allows no slash', () => {
	const path = previewPath('https://ops-manual-acme-1a2b3c.gitlab.io/', '7', { prefix: 'mr', parent: '' });
	assert.deepEqual(path, { dir: 'mr-7', base: '/mr-7/', url: 'https://ops-manual-acme-1a2b3c.gitlab.io/mr-7/' });
	assert.equal(previewPath('https://acme.gitlab.io/group/ops-manual/', 7, { prefix: 'mr', parent: '' }).base, '/group/ops-manual/mr-7/');
	// CI_PAGES_URL in the deploying job already ends with the prefix (GitLab 17.4+): not doubled.
	assert.equal(
		previewPath('https://acme.gitlab.io/group/ops-manual/mr-7', 7, { prefix: 'mr', parent: '' }).base,
		'/group/ops-manual/mr-7/',
	);
	assert.equal(previewPath('https://acme.gitlab.io/mr-17/', 7, { prefix: 'mr', parent: '' }).base, '/mr-17/mr-7/');
});

test('anything but a request number or an address is refused in Chinese', () => {
	for (const bad of ['0', '-1', '1;rm -rf', '../1', '', 'feature/x'])
		assert.throws(() => previewPath('https://acme.github.io/ops-manual/', bad), /请求编号必须是正整数/, bad);
	assert.throws(() => previewPath('acme.github.io', 1), /Pages 网站地址无效/);
	assert.throws(() => previewPath('ftp://acme.github.io/', 1), /必须以 https:\/\/ 开头/);
});

test('the command prints lines a CI job appends to its outputs', () => {
	const run = spawnSync(
		process.execPath,
		[join(import.meta.dirname, '..', '..', 'scripts', 'preview-path.ts'), 'https://acme.github.io/ops-manual/', '12'],
		{ encoding: 'utf8' },
	);
	assert.equal(run.status, 0, run.stderr);
	assert.equal(run.stdout, 'dir=previews/pr-12\nbase=/ops-manual/previews/pr-12/\nurl=https://acme.github.io/ops-manual/previews/pr-12/\n');
	const refused = spawnSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'preview-path.ts'), 'https://a.b/', 'x'], {
		encoding: 'utf8',
	});
	assert.equal(refused.status, 1);
	assert.match(refused.stderr, /请求编号必须是正整数/);
});
