/**
 * <unfinished-runs>: lists the runs on this device that are not finished, one tap to resume,
 * and offers to clear every saved run (records can hold client details).
 * The server renders the heading and the clear button; this element fills the list.
 */
import { runState } from '../lib/run/model.ts';
import { openStorage, RunStore } from '../lib/run/store.ts';
import { dateTime, elapsed } from '../lib/run/time.ts';
import { fill, h } from './dom.ts';

class UnfinishedRuns extends HTMLElement {
	private store = new RunStore(openStorage());

	connectedCallback(): void {
		this.render();
		window.addEventListener('storage', () => this.render());
		this.querySelector('[data-clear]')?.addEventListener('click', () => {
			const count = this.store.list().length;
			if (count === 0) return this.say('本设备上没有保存的运行记录。');
			if (!confirm(`将删除本设备上保存的全部 ${count} 条运行记录（包括已结束的），且无法恢复。建议先导出需要保留的记录。确定删除吗？`)) return;
			this.store.clear();
			this.render();
			this.say(`已删除 ${count} 条运行记录。`);
		});
	}

	private say(message: string): void {
		const status = this.querySelector('[data-status]');
		if (status) status.textContent = message;
	}

	private render(): void {
		const list = this.querySelector('[data-list]');
		if (!list) return;
		const now = new Date();
		const runs = this.store.list().filter((run) => !runState(run, now).finished);
		this.toggleAttribute('data-empty', runs.length === 0);
		fill(
			list,
			...runs.map((run) => {
				const state = runState(run, now);
				return h(
					'li',
					{},
					h('a', { href: `/checklists/${run.checklist.id}/?run=${run.id}` }, `${run.drill ? '【演练】' : ''}${run.checklist.title}${run.title ? `：${run.title}` : ''}`),
					h('span', {}, `${dateTime(new Date(run.startedAt))} 开始 · 已用 ${elapsed(state.elapsedMinutes)} · 完成 ${state.done}/${state.total}`),
				);
			}),
		);
	}
}

customElements.define('unfinished-runs', UnfinishedRuns);
