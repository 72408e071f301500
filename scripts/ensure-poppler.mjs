#!/usr/bin/env node
// Makes sure poppler's pdftotext and pdffonts exist before the browser tests run:
// tests/e2e/pdf.spec.ts and run-print.spec.ts read printed PDFs back with them. Installed as root when missing; otherwise says how.
import { spawnSync } from 'node:child_process';
import { hasPoppler, POPPLER_MISSING } from './poppler.mjs';

function run(command, args, timeoutSeconds) {
	console.log(`$ ${command} ${args.join(' ')}`);
	return spawnSync(command, args, { stdio: 'inherit', timeout: timeoutSeconds * 1000 }).status === 0;
}

if (!hasPoppler() && process.getuid?.() === 0) {
	if (!run('apt-get', ['install', '-y', 'poppler-utils'], 600) && run('apt-get', ['update'], 300))
		run('apt-get', ['install', '-y', 'poppler-utils'], 600);
}
if (!hasPoppler()) {
	console.error(POPPLER_MISSING);
	process.exit(1);
}
console.log('PDF 测试（打印的运行记录与合订本）使用：pdftotext、pdffonts（poppler-utils）');
