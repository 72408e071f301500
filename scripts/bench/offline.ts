// The offline copy's cost for `npm run bench`: what a first visit precaches, against the budget.
import { planOfflineCopy } from '../../src/offline/build.ts';
import { DEFAULT_PRECACHE_BUDGET_BYTES } from '../../src/domain/offline.ts';

export interface OfflinePrecache {
	/** Whether the whole manual is precached (else the essential pages only, the rest as read). */
	whole: boolean;
	/** Precached: bytes over the network (gzip), bytes stored on the device, files. */
	bytes: number;
	storedBytes: number;
	files: number;
	pages: number;
	precachedPages: number;
	/** The whole site over the network, and the budget it is held to. */
	siteBytes: number;
	budgetBytes: number;
}

/** The precache plan of a built site served at `/` (as the bench serves it). */
export async function offlinePrecache(dist: string): Promise<OfflinePrecache> {
	const plan = await planOfflineCopy(dist, { base: '/' });
	const { whole, bytes, storedBytes, pages, precachedPages, siteBytes } = plan;
	return {
		whole,
		bytes,
		storedBytes,
		files: plan.entries.length,
		pages,
		precachedPages,
		siteBytes,
		budgetBytes: DEFAULT_PRECACHE_BUDGET_BYTES,
	};
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);

export function offlineLines(o: OfflinePrecache): string[] {
	return [
		`离线副本（首次访问后由 service worker 预缓存，预算 ${mb(o.budgetBytes)} MB，按 gzip 后的下载量计）：`,
		'',
		'| 指标 | 实测 |',
		'| --- | ---: |',
		`| 整个网站的下载量 | ${mb(o.siteBytes)} MB |`,
		`| 预缓存下载量 | ${mb(o.bytes)} MB（${o.files} 个文件） |`,
		`| 本机保存（未压缩） | ${mb(o.storedBytes)} MB |`,
		`| 预缓存的页面 | ${o.precachedPages} / ${o.pages}${o.whole ? '（整本手册）' : '（超出预算：只预缓存应急所需页面，其余打开后保存）'} |`,
		'',
	];
}
