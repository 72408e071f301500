/**
 * What <unfinished-runs> shows once the device holds a run: the store, its runs as links to
 * resume, and the notice for records it cannot read. Loaded by `unfinished-runs.ts` only then, so a
 * home page on a device without runs never loads the store's validation.
 */
import { openRunStore, type RunStore } from '../../domain/run/store.ts';
import { unfinishedRuns, type UnfinishedRun } from '../../domain/run/unfinished.ts';
import { h } from '../dom.ts';
import { unreadableNotice } from './storage-notices.ts';

function item(run: UnfinishedRun): HTMLElement {
	const about = [run.drill ? '演练' : '', run.title, run.severity].filter(Boolean).join(' · ');
	return h(
		'li',
		{},
		h(
			'a',
			{ href: run.href, class: 'run' },
			h('span', { class: 'run-checklist' }, run.checklistTitle),
			about && h('span', { class: 'run-about' }, about),
			h('span', { class: 'run-meta' }, `${run.started} 开始 · 已进行 ${run.elapsed} · 完成 ${run.progress}`),
			h('progress', { max: Math.max(run.total, 1), value: run.done, 'aria-hidden': 'true' }),
			h('span', { class: 'run-resume' }, '继续执行'),
		),
	);
}

export interface RunList {
	store: RunStore;
	/** The unfinished runs as list items, and the notice for unreadable records (false when there are none). */
	read(): { items: HTMLElement[]; unreadable: HTMLElement | false };
}

export function runList(): RunList {
	const store = openRunStore();
	return { store, read: () => ({ items: unfinishedRuns(store.list(), new Date()).map(item), unreadable: unreadableNotice(store) }) };
}
