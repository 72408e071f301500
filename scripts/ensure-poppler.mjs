#!/usr/bin/env node
// Makes sure poppler's pdftotext exists before the browser tests run: tests/e2e/run-print.spec.ts
// reads the text of each printed page to prove none is blank. Installed as root when missing
// (Debian's poppler-utils); otherwise says how.
import { spawnSync } from 'node:child_process';
import { findPdftotext } from './poppler.mjs';

function run(command, args, timeoutSeconds) {
	console.log(`$ ${command} ${args.join(' ')}`);
	return spawnSync(command, args, { stdio: 'inherit', timeout: timeoutSeconds * 1000 }).status === 0;
}

if (!findPdftotext() && process.getuid?.() === 0) {
	if (!run('apt-get', ['install', '-y', 'poppler-utils'], 600) && run('apt-get', ['update'], 300))
		run('apt-get', ['install', '-y', 'poppler-utils'], 600);
}
const pdftotext = findPdftotext();
if (!pdftotext) {
	console.error('找不到 pdftotext，打印测试无法检查空白页。请以 root 身份安装：apt-get update && apt-get install -y poppler-utils');
	process.exit(1);
}
console.log(`打印测试使用：${pdftotext}`);
