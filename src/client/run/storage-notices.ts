/**
 * What every page that writes runs needs from the browser around the store: retrying pending
 * saves when space may have freed, writing what waits when the page is left (a warning only when
 * storage refuses it), and the notice (with its export) for stored values the page cannot read.
 */
import type { RunStore } from '../../domain/run/store.ts';
import { download, h } from '../dom.ts';

const RETRY_MS = 5_000;

/** Retries pending saves on `storage` (another tab freed space), on return to the tab and on a timer; guards unload. */
export function guardUnsaved(store: RunStore, onRetried: () => void): void {
	let retrying = false;
	const retry = async () => {
		if (retrying || store.unsaved === 0) return;
		retrying = true;
		try {
			await store.retry();
		} finally {
			retrying = false;
		}
		onRetried();
	};
	window.addEventListener('storage', () => void retry());
	document.addEventListener('visibilitychange', () => void retry());
	window.setInterval(() => void retry(), RETRY_MS);
	// Leaving the page: what waits for the tabs' lock is written now; only what storage refuses
	// (full, disabled) asks the reader to stay. `pagehide` covers browsers that skip `beforeunload`.
	window.addEventListener('pagehide', () => store.flush());
	window.addEventListener('beforeunload', (event) => {
		if (store.flush() === 0) return;
		event.preventDefault();
		// Older browsers show the prompt only when returnValue is set.
		event.returnValue = '';
	});
}

/** A notice for values that cannot be read, kept aside and offered as a file; false when there are none. */
export function unreadableNotice(store: RunStore): HTMLElement | false {
	const records = store.unreadable();
	if (records.length === 0) return false;
	return h(
		'div',
		{ class: 'run-notice run-unreadable', role: 'alert' },
		h(
			'p',
			{},
			`本设备上有 ${records.length} 条运行记录无法读取（可能由更新版本的手册保存，或已损坏）。它们已原样另存，不会被覆盖；其他记录不受影响。`,
		),
		h(
			'button',
			{
				type: 'button',
				onclick: () =>
					download(`unreadable-runs-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(records, null, 2), 'application/json'),
			},
			'导出无法读取的记录',
		),
	);
}
