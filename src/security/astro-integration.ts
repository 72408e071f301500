import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pagePolicy, unionPolicy, withInlineScriptHashes, withStyleAttributeHashes } from './inline-hashes.ts';
import { timedSync } from '../build/step-timings.ts';

/** Read by deploy/nginx/ops-manual.conf: the policy as a header for every response. */
export const CSP_HEADER_FILE = '.csp-header.conf';

/**
 * After the build, every page's CSP also allows exactly its own inline scripts and style attributes
 * (see inline-hashes.ts), and the union of all pages' policies is written for the web server to
 * send as a header.
 */
export function inlineHashPolicy(): AstroIntegration {
	return {
		name: 'manual:inline-hash-policy',
		hooks: {
			'astro:build:done': ({ dir, logger }) => timedSync('cspHashing', () => hashPages(fileURLToPath(dir), logger)),
		},
	};
}

function hashPages(root: string, logger: AstroIntegrationLogger): void {
	let pages = 0;
	const policies: string[] = [];
	for (const name of readdirSync(root, { recursive: true }).map(String)) {
		if (!name.endsWith('.html')) continue;
		const file = join(root, name);
		const html = readFileSync(file, 'utf8');
		const updated = withStyleAttributeHashes(withInlineScriptHashes(html));
		if (updated !== html) writeFileSync(file, updated);
		const policy = pagePolicy(updated);
		if (policy) policies.push(policy);
		pages++;
	}
	const header = unionPolicy(policies, ["frame-ancestors 'none'"]);
	writeFileSync(join(root, CSP_HEADER_FILE), `add_header Content-Security-Policy "${header}" always;\n`);
	logger.info(`内容安全策略：已为 ${pages} 个页面的内联脚本和 style 属性加上哈希，并写出服务器用的 ${CSP_HEADER_FILE}。`);
}
