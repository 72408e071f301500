import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildOfflineWorker } from './build.ts';
import { timed } from '../build/step-timings.ts';

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * After the build (and after Starlight's search index, so list it after `starlight()`), writes the
 * offline worker `sw.js` with its precache manifest. `precacheBudgetBytes` is the one setting of
 * how much a first visit may pull onto a device (default in src/domain/offline.ts).
 */
export function offlineManual(options: { precacheBudgetBytes?: number } = {}): AstroIntegration {
	let base = '/';
	return {
		name: 'manual:offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const copy = await timed('offlineWorker', () =>
					buildOfflineWorker(fileURLToPath(dir), { base, precacheBudgetBytes: options.precacheBudgetBytes }),
				);
				logger.info(
					copy.whole
						? `离线副本：整本手册 ${copy.pages} 个页面和搜索索引（编辑用的规则说明页打开后再保存），下载 ${mb(copy.bytes)} MB（本机保存 ${mb(copy.storedBytes)} MB），版本 ${copy.edition}。`
						: `离线副本：网站下载共 ${mb(copy.siteBytes)} MB，超过预缓存上限，只预先保存应急所需的 ${copy.precachedPages} 个页面和搜索索引（${mb(copy.bytes)} MB），其他页面打开后保存；版本 ${copy.edition}。`,
				);
			},
		},
	};
}
