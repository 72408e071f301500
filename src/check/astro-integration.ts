import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from './index.ts';
import { formatReport } from './report.ts';

/**
 * Runs `npm run check`'s checks before a build, so broken content never publishes.
 * The dev server only warns: an editor previewing a half-finished edit should still see the page.
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'manual:content-check',
		hooks: {
			'astro:config:setup': async ({ command, config, logger }) => {
				if (command !== 'build' && command !== 'dev') return;
				const result = await checkContent(fileURLToPath(config.root));
				const report = formatReport(result.problems, result.files.length, result.helpUrl);
				if (result.problems.length === 0) logger.info(report);
				else if (command === 'dev') logger.warn(report);
				else throw new Error(`内容检查未通过，网站不会发布。\n${report}`);
			},
		},
	};
}
