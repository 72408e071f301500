#!/usr/bin/env node
// Makes sure Debian's nginx exists before the browser tests run: tests/e2e/nginx.spec.ts serves
// the built site with deploy/nginx/ops-manual.conf. Installed as root when missing; otherwise says how.
import { spawnSync } from 'node:child_process';
import { findNginx } from './nginx.mjs';

function run(command, args, timeoutSeconds) {
	console.log(`$ ${command} ${args.join(' ')}`);
	return spawnSync(command, args, { stdio: 'inherit', timeout: timeoutSeconds * 1000 }).status === 0;
}

if (!findNginx() && process.getuid?.() === 0) {
	// The package starts a default server on port 80; the tests never use it, so it is stopped again.
	if (!run('apt-get', ['install', '-y', 'nginx'], 600) && run('apt-get', ['update'], 300)) run('apt-get', ['install', '-y', 'nginx'], 600);
	spawnSync('nginx', ['-s', 'stop'], { stdio: 'ignore' });
}
const nginx = findNginx();
if (!nginx) {
	console.error('找不到 nginx，服务器配置测试无法运行。请以 root 身份安装 Debian 的 nginx：apt-get update && apt-get install -y nginx');
	process.exit(1);
}
console.log(`服务器配置测试使用：${nginx}`);
