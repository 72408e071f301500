/**
 * Editions of the whole manual as the offline worker sees them. Every page carries the edition it
 * was built in (`<meta name="manual-build">`, written by src/offline/build.ts); the worker knows its
 * own. A page older than the installed worker is announced, never swapped under a run: runs keep
 * the checklist snapshot they started with (src/domain/run/), so only new runs use the new text.
 */

/** The `<meta>` name under which every page carries its build's edition. */
export const EDITION_META = 'manual-build';

/** Messages the pages send the worker: "which edition are you?" and "take over now". */
export const EDITION_REQUEST = 'manual:edition';
export const SKIP_WAITING_REQUEST = 'manual:skip-waiting';

/** Whether a page should announce a new edition: the installed worker's edition is known and is not the page's. */
export function isStale(pageEdition: string | undefined, installedEdition: string | undefined): boolean {
	return Boolean(pageEdition && installedEdition && pageEdition !== installedEdition);
}

export const UPDATE_NOTICE = {
	title: '手册已更新',
	body: '本页还是旧版。重新载入即可阅读新版。',
	runKeepsEdition: '正在执行的清单仍按开始时的版本记录，重新载入后也不变；新版本只用于之后开始的运行。',
	reload: '重新载入',
	/** Hides the notice; 开始执行 still warns on this page. */
	later: '稍后',
} as const;

/** Asked before a run starts on a page older than the installed edition. */
export const STALE_START_WARNING =
	'手册已更新，本页还是旧版：现在开始的运行会按本页（旧版）的清单记录。\n\n选“确定”仍按本页开始；选“取消”后可先重新载入新版再开始。';
