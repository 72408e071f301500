/**
 * <unfinished-runs>: lists the runs on this device that are not finished, one tap to resume,
 * and, where the page offers it, clears every saved run (records can hold client details).
 * The server renders the heading and the clear button; this element fills the list. With
 * `data-hide-empty` (the home page) the whole block stays hidden while there is nothing to resume.
 */
import { openRunStore } from '../../domain/run/store.ts';
import { unfinishedRuns, type UnfinishedRun } from '../../domain/run/unfinished.ts';
import { fill, h } from '../dom.ts';
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

class UnfinishedRuns extends HTMLElement {
	private store = openRunStore();
	private timer: number | undefined;

	connectedCallback(): void {
		this.render();
		// Another tab may start or finish a run; a page restored from the back button is stale; elapsed times move on.
		window.addEventListener('storage', () => this.render());
		window.addEventListener('pageshow', () => this.render());
		this.timer = window.setInterval(() => this.render(), 60_000);
		this.querySelector('[data-clear]')?.addEventListener('click', () => {
			const count = this.store.list().length;
			if (count === 0) return this.say('本设备上没有保存的运行记录。');
			if (!confirm(`将删除本设备上保存的全部 ${count} 条运行记录（包括已结束的），且无法恢复。建议先导出需要保留的记录。确定删除吗？`))
				return;
			this.store.clear();
			this.render();
			this.say(`已删除 ${count} 条运行记录。`);
		});
	}

	disconnectedCallback(): void {
		window.clearInterval(this.timer);
	}

	private say(message: string): void {
		const status = this.querySelector('[data-status]');
		if (status) status.textContent = message;
	}

	private render(): void {
		const list = this.querySelector('[data-list]');
		if (!list) return;
		const runs = unfinishedRuns(this.store.list(), new Date());
		const unreadable = unreadableNotice(this.store);
		this.toggleAttribute('data-empty', runs.length === 0);
		if (this.hasAttribute('data-hide-empty')) this.hidden = runs.length === 0 && !unreadable;
		fill(list, ...runs.map(item));
		const notice = this.querySelector('[data-notice]');
		if (notice) fill(notice, unreadable);
	}
}

customElements.define('unfinished-runs', UnfinishedRuns);
