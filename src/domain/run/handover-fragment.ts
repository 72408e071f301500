/**
 * Where a hand-over link carries its run: the fragment parameter `#run=…`, which browsers never
 * send to a server. Apart from src/domain/run/handover.ts so that a page can look for a hand-over
 * in its address without loading the code that reads one.
 */

/** The fragment parameter that carries a hand-over: `…/checklists/<id>/#run=<payload>`. */
export const LINK_PARAM = 'run';

/** The payload in a location's fragment (`#run=…`), or undefined when the fragment is not a hand-over. */
export function payloadOf(hash: string): string | undefined {
	const value = new URLSearchParams(hash.replace(/^#/, '')).get(LINK_PARAM);
	return value || undefined;
}

/** When the code that reads a hand-over cannot load (offline, on a page cached before it was first used). */
export const HANDOVER_UNAVAILABLE = '无法加载交接功能（设备可能离线）：联网后重新打开这个页面再试。本设备上的记录没有改动。';
