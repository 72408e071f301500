#!/usr/bin/env node
// Makes sure a Chromium exists before the browser tests run, so that no test is skipped for want
// of one: Playwright's installer first, then Debian's package when running as root.
import { spawnSync } from 'node:child_process';
import { findChromium } from './browser.mjs';

function run(command, args, timeoutSeconds) {
	console.log(`$ ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', timeout: timeoutSeconds * 1000 });
	return result.status === 0;
}

let browser = findChromium();
if (!browser) {
	run('npx', ['playwright', 'install', 'chromium'], 180);
	browser = findChromium();
}
if (!browser && process.getuid?.() === 0) {
	run('apt-get', ['update'], 300) && run('apt-get', ['install', '-y', 'chromium'], 600);
	browser = findChromium();
}
if (!browser) {
	console.error(
		[
			'找不到可用的 Chromium，浏览器测试无法运行。',
			'请以 root 身份安装 Debian 的 Chromium：apt-get update && apt-get install -y chromium',
			'（安装后应有 /usr/bin/chromium），或在能联网的机器上运行：npx playwright install chromium',
		].join('\n'),
	);
	process.exit(1);
}
console.log(`浏览器测试使用：${browser}`);
