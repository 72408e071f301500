/**
 * <unfinished-runs>: lists the runs on this device that are not finished, one tap to resume,
 * and, where the page offers it, clears every saved run (records can hold client details).
 * The server renders the heading and the clear button; this element fills the list. With
 * `data-hide-empty` (the home page) the whole block stays hidden while there is nothing to resume.
 */
import { hasStoredRuns, openStorage } from '../../domain/run/keys.ts';
import { fill } from '../dom.ts';
import type { RunList } from './unfinished-list.ts';

class UnfinishedRuns extends HTMLElement {
	/** The store and its list, loaded the first time this device is found to hold a run. */
	private runs: Promise<RunList> | undefined;
	private timer: number | undefined;

	connectedCallback(): void {
		void this.render();
		// Another tab may start or finish a run; a page restored from the back button is stale; elapsed times move on.
		window.addEventListener('storage', () => void this.render());
		window.addEventListener('pageshow', () => void this.render());
		this.timer = window.setInterval(() => void this.render(), 60_000);
		this.querySelector('[data-clear]')?.addEventListener('click', () => void this.clear());
	}

	disconnectedCallback(): void {
		window.clearInterval(this.timer);
	}

	private load(): Promise<RunList> | undefined {
		if (!this.runs && !hasStoredRuns(openStorage())) return undefined;
		return (this.runs ??= import('./unfinished-list.ts').then(({ runList }) => runList()));
	}

	private async clear(): Promise<void> {
		const store = (await this.load())?.store;
		const count = store?.list().length ?? 0;
		if (!store || count === 0) return this.say('本设备上没有保存的运行记录。');
		if (!confirm(`将删除本设备上保存的全部 ${count} 条运行记录（包括已结束的），且无法恢复。建议先导出需要保留的记录。确定删除吗？`))
			return;
		store.clear();
		await this.render();
		this.say(`已删除 ${count} 条运行记录。`);
	}

	private say(message: string): void {
		const status = this.querySelector('[data-status]');
		if (status) status.textContent = message;
	}

	private async render(): Promise<void> {
		const list = this.querySelector('[data-list]');
		if (!list) return;
		const runs = this.load();
		const { items, unreadable } = runs ? (await runs).read() : { items: [], unreadable: false as const };
		this.toggleAttribute('data-empty', items.length === 0);
		if (this.hasAttribute('data-hide-empty')) this.hidden = items.length === 0 && !unreadable;
		fill(list, ...items);
		const notice = this.querySelector('[data-notice]');
		if (notice) fill(notice, unreadable);
	}
}

customElements.define('unfinished-runs', UnfinishedRuns);
