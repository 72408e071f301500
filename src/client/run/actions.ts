/**
 * Below the steps: the finish button, which stays in the page's first chunk (a run can be finished
 * even if nothing else loads), and the record (./record.ts: exports, the chat summary, the history,
 * drill evaluation and 交给他人), loaded in its own chunk once a run shows.
 */
import { runState, type ChecklistRun, type RunState } from '../../domain/run/model.ts';
import { h, setText } from '../dom.ts';
import type { Imported } from './handover-types.ts';
import type { RunRecord } from './record.ts';
import type { RunSession } from './session.ts';

export class RunActions {
	readonly footer: HTMLElement;
	private readonly finish: HTMLButtonElement;
	private record: RunRecord | undefined;

	/** `adopt` shows a run handed back through 交给他人's import. */
	constructor(session: RunSession, adopt: (outcome: Imported) => void, announce: (message: string) => void) {
		this.finish = h('button', { type: 'button', onclick: () => finishOrReopen(session) }) as HTMLButtonElement;
		this.footer = h('div', { class: 'run-panel run-footer' }, h('div', { class: 'run-actions' }, this.finish));
		import('./record.ts')
			.then(({ RunRecord }) => {
				this.record = new RunRecord(this.footer, { announce });
				const [run, state] = [session.run, session.state()];
				if (run && state) this.record.update(run, state);
				// 交给他人 needs the store (it merges what the other side sends back).
				void session.loadStore().then((store) => this.record?.addHandover({ checklist: session.checklist, store, onImported: adopt }));
			})
			.catch(() =>
				// Offline before this device ever loaded the record's chunk: ticking and finishing still work.
				this.footer.append(
					h('p', { class: 'run-notice' }, '导出、复制摘要和操作历史暂时无法加载（离线）；联网后刷新页面即可使用。记录照常保存在本设备上。'),
				),
			);
	}

	update(run: ChecklistRun, state: RunState): void {
		setText(this.finish, state.finished ? '重新打开' : '结束运行');
		this.record?.update(run, state);
	}
}

function finishOrReopen(session: RunSession): void {
	if (!session.run) return;
	const state = runState(session.run);
	if (state.finished) return session.apply({ type: 'reopen', by: session.operator }, '运行已重新打开');
	if (state.open === 0 || confirm(`还有 ${state.open} 步未完成，确定结束这次运行吗？`))
		session.apply({ type: 'finish', by: session.operator }, '运行已结束');
}
