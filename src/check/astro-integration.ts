import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from './index.ts';
import { formatReport } from './report.ts';
import { contentCheckInDev } from './dev-server.ts';
import { timed } from '../build/step-timings.ts';

/**
 * Runs `npm run check`'s checks before a build, so broken content never publishes.
 * In `npm run dev` the check runs again on every save under content/, and while it fails the
 * browser shows its problems in Chinese instead of the page (src/check/dev-server.ts).
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'manual:content-check',
		hooks: {
			'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
				if (command === 'dev') {
					const report = (text: string, ok: boolean) => (ok ? logger.info(text) : logger.warn(text));
					updateConfig({ vite: { plugins: [contentCheckInDev(fileURLToPath(config.root), config.base.replace(/\/?$/, '/'), report)] } });
					return;
				}
				if (command !== 'build') return;
				const result = await timed('contentCheck', () => checkContent(fileURLToPath(config.root)));
				const report = formatReport(result.problems, result.files.length, result.helpUrl);
				if (result.problems.length === 0) logger.info(report);
				else throw new Error(`内容检查未通过，网站不会发布。\n${report}`);
			},
		},
	};
}
