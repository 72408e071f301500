#!/usr/bin/env node
// Makes sure a Chromium exists before the browser tests run, so that no test is skipped for want
// of one: Playwright's installer first, then Debian's package when running as root.
// `--headless-shell` (the browser tests, `npm run pdf`): Debian's headless shell, which runs them
// in less CPU (scripts/browser.mjs); the full browser still serves when the shell cannot be had.
import { spawnSync } from 'node:child_process';
import { DEBIAN_CHROMIUM, DEBIAN_HEADLESS_SHELL, findChromium } from './browser.mjs';

function run(command, args, timeoutSeconds) {
	console.log(`$ ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', timeout: timeoutSeconds * 1000 });
	return result.status === 0;
}

/** apt-get install, with one `apt-get update` first when the package lists are stale. */
function aptInstall(packageName) {
	return (
		run('apt-get', ['install', '-y', packageName], 600) ||
		(run('apt-get', ['update'], 300) && run('apt-get', ['install', '-y', packageName], 600))
	);
}

const headlessShell = process.argv.includes('--headless-shell');
const root = process.getuid?.() === 0;
let browser = findChromium({ headlessShell });
if (headlessShell && browser !== DEBIAN_HEADLESS_SHELL && root) {
	aptInstall('chromium-headless-shell');
	browser = findChromium({ headlessShell });
}
if (!browser) {
	run('npx', ['playwright', 'install', 'chromium'], 180);
	browser = findChromium({ headlessShell });
}
if (!browser && root) {
	aptInstall('chromium');
	browser = findChromium({ headlessShell });
}
if (!browser) {
	console.error(
		[
			'找不到可用的 Chromium，浏览器测试无法运行。',
			`请以 root 身份安装 Debian 的 Chromium：apt-get update && apt-get install -y ${headlessShell ? 'chromium-headless-shell' : 'chromium'}`,
			`（安装后应有 ${headlessShell ? DEBIAN_HEADLESS_SHELL : DEBIAN_CHROMIUM}），或在能联网的机器上运行：npx playwright install chromium`,
		].join('\n'),
	);
	process.exit(1);
}
console.log(`浏览器测试使用：${browser}`);

// Without a CJK font Chinese renders as boxes, and printed layouts (one A4 page per checklist)
// would be measured with the wrong glyph widths.
const fonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
if (!fonts.stdout?.trim()) {
	if (root) aptInstall('fonts-noto-cjk');
	if (!spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).stdout?.trim())
		console.warn('警告：没有中文字体，截图和打印版式会不准确。请以 root 身份运行 apt-get install -y fonts-noto-cjk');
}
