import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withInlineScriptHashes } from './inline-hashes.ts';

/** After the build, every page's CSP also allows exactly its own inline scripts (see inline-hashes.ts). */
export function inlineScriptPolicy(): AstroIntegration {
	return {
		name: 'manual:inline-script-policy',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				let pages = 0;
				for (const name of readdirSync(root, { recursive: true }).map(String)) {
					if (!name.endsWith('.html')) continue;
					const file = join(root, name);
					const html = readFileSync(file, 'utf8');
					const updated = withInlineScriptHashes(html);
					if (updated !== html) writeFileSync(file, updated);
					pages++;
				}
				logger.info(`内容安全策略：已为 ${pages} 个页面的内联脚本加上哈希。`);
			},
		},
	};
}
