/**
 * <run-history>: every run saved on this device, finished or not, with export of all, import and
 * per-run delete (after a confirmation in place, not a browser dialog). The page renders the
 * heading, the export button and the empty list; this element fills the list and wires the rest.
 */
import { openDraftStore } from '../../domain/documents/drafts.ts';
import { runsToFile } from '../../domain/run/handover.ts';
import { runHistory, type RunHistoryEntry } from '../../domain/run/history.ts';
import { openRunStore } from '../../domain/run/store.ts';
import { fileStamp } from '../../domain/run/time.ts';
import { download, fill, h, setText } from '../dom.ts';
import { importControl } from './import-control.ts';
import { unreadableNotice } from './storage-notices.ts';

const nameOf = (entry: RunHistoryEntry) => `${entry.checklistTitle}${entry.title ? ` · ${entry.title}` : ''}`;

class RunHistory extends HTMLElement {
	private store = openRunStore();
	/** The run whose delete is being confirmed; kept across re-renders from other tabs. */
	private confirming: string | undefined;

	connectedCallback(): void {
		this.querySelector('[data-import]')?.append(
			importControl({ label: '导入运行记录文件（JSON）', store: this.store, onImported: () => this.render() }),
		);
		this.querySelector('[data-export]')?.addEventListener('click', () => {
			const runs = this.store.list();
			if (runs.length === 0) return this.say('本设备上没有运行记录可以导出。');
			// Local time, as the person saving the file reads the clock.
			download(
				`runs-${fileStamp(new Date())}.json`,
				runsToFile(runs, new Date(), openDraftStore().forRuns(runs.map((run) => run.id))),
				'application/json',
			);
			this.say(`已导出 ${runs.length} 条运行记录。`);
		});
		window.addEventListener('storage', () => this.render());
		window.addEventListener('pageshow', () => this.render());
		this.render();
	}

	private say(message: string): void {
		const status = this.querySelector('[data-status]');
		if (status) status.textContent = message;
	}

	private render(): void {
		const list = this.querySelector('[data-list]');
		if (!list) return;
		const entries = runHistory(this.store.list(), new Date());
		if (!entries.some((entry) => entry.id === this.confirming)) this.confirming = undefined;
		this.toggleAttribute('data-empty', entries.length === 0);
		setText(this.querySelector('[data-count]')!, `共 ${entries.length} 条`);
		fill(list, ...entries.map((entry) => this.item(entry)));
		const notice = this.querySelector('[data-notice]');
		if (notice) fill(notice, unreadableNotice(this.store));
	}

	private item(entry: RunHistoryEntry): HTMLElement {
		const name = nameOf(entry);
		const confirming = this.confirming === entry.id;
		const remove = h('button', { type: 'button', class: 'run-delete', 'aria-label': `删除这条记录：${name}` }, '删除');
		remove.addEventListener('click', () => {
			this.confirming = entry.id;
			this.render();
			this.querySelector<HTMLElement>(`[data-cancel="${entry.id}"]`)?.focus();
		});
		const confirm =
			confirming &&
			h(
				'div',
				{ class: 'run-confirm', role: 'group', 'aria-label': `确认删除：${name}` },
				h('p', {}, '删除后无法恢复。需要保留的，请先用上面的“导出全部”保存。确定删除这条记录吗？'),
				h('button', { type: 'button', class: 'run-delete', onclick: () => this.deleteRun(entry) }, '确定删除'),
				h(
					'button',
					{
						type: 'button',
						'data-cancel': entry.id,
						onclick: () => {
							this.confirming = undefined;
							this.render();
							this.querySelector<HTMLElement>(`[data-run="${entry.id}"] .run-delete`)?.focus();
						},
					},
					'取消',
				),
			);
		return h(
			'li',
			{ 'data-run': entry.id },
			h('h3', {}, h('a', { href: entry.href }, entry.checklistTitle)),
			h(
				'p',
				{ class: 'run-tags' },
				entry.drill && h('span', { class: 'run-tag run-tag-drill' }, '演练'),
				h('span', { class: `run-tag ${entry.finished ? 'run-tag-done' : 'run-tag-open'}` }, entry.finished ? '已结束' : '进行中'),
				entry.title || '未命名事件',
				entry.severity && ` · ${entry.severity}`,
			),
			h(
				'dl',
				{},
				h('dt', {}, '开始'),
				h('dd', {}, entry.started),
				h('dt', {}, '结束'),
				h('dd', {}, entry.finishedAt || '尚未结束'),
				h('dt', {}, entry.finished ? '用时' : '已进行'),
				h('dd', {}, entry.elapsed),
				h('dt', {}, '完成'),
				h('dd', {}, entry.progress),
			),
			h('p', { class: 'run-entry-actions' }, h('a', { href: entry.href }, entry.finished ? '查看记录' : '继续执行'), !confirming && remove),
			confirm,
		);
	}

	private deleteRun(entry: RunHistoryEntry): void {
		this.confirming = undefined;
		const removed = this.store.remove(entry.id);
		this.render();
		this.say(removed ? `已删除：${nameOf(entry)}` : `无法删除：${nameOf(entry)}（本设备的存储拒绝了操作）`);
		this.querySelector<HTMLElement>('#runs-title')?.focus();
	}
}

customElements.define('run-history', RunHistory);
