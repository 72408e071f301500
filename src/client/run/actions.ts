/**
 * The run's actions: the action bar that stays on screen (交给他人, 复制摘要 and the finish button,
 * the decisive one, last) and the footer below the steps. The finish button is in the page's first
 * chunk (a run can be finished even if nothing else loads); the record (./record.ts: 交给他人,
 * 复制摘要, exports, the history and drill evaluation) loads in its own chunk once a run shows and
 * adds its buttons to the bar and the footer.
 */
import { runState, type ChecklistRun, type RunState } from '../../domain/run/model.ts';
import { h, setText } from '../dom.ts';
import type { Imported } from './handover-types.ts';
import type { RunRecord } from './record.ts';
import type { RunSession } from './session.ts';

export class RunActions {
	/** The buttons that matter during the run, shown with the status at the top of the screen. */
	readonly bar: HTMLElement;
	/** Where the 交给他人 panel opens, under the status. */
	readonly handoverSlot = h('div', { class: 'run-handover-slot' });
	readonly footer: HTMLElement;
	private readonly finish: HTMLButtonElement;
	private record: RunRecord | undefined;

	/** `adopt` shows a run handed back through 交给他人's import. */
	constructor(session: RunSession, adopt: (outcome: Imported) => void, announce: (message: string) => void) {
		this.finish = h('button', { type: 'button', class: 'run-finish', onclick: () => finishOrReopen(session) }) as HTMLButtonElement;
		this.bar = h('div', { class: 'run-bar-actions', role: 'group', 'aria-label': '运行操作' }, this.finish);
		this.footer = h('div', { class: 'run-panel run-footer' }, h('div', { class: 'run-actions' }));
		import('./record.ts')
			.then(({ RunRecord }) => {
				this.record = new RunRecord(this.footer, this.bar, { announce });
				const [run, state] = [session.run, session.state()];
				if (run && state) this.record.update(run, state);
				// 交给他人 needs the store (it merges what the other side sends back).
				void session.loadStore().then((store) =>
					this.record?.addHandover(this.handoverSlot, {
						checklist: session.checklist,
						store,
						handOver: (to) => session.handOver(to),
						handedOver: () => {
							const now = session.state();
							return now && session.handedOver(now);
						},
						onImported: adopt,
					}),
				);
			})
			.catch(() =>
				// Offline before this device ever loaded the record's chunk: ticking and finishing still work.
				this.footer.append(
					h('p', { class: 'run-notice' }, '导出、复制摘要和操作历史暂时无法加载（离线）；联网后刷新页面即可使用。记录照常保存在本设备上。'),
				),
			);
	}

	/** `readOnly`: the run was handed over from this device, or waits for the operator's name. */
	update(run: ChecklistRun, state: RunState, readOnly: boolean): void {
		setText(this.finish, state.finished ? '重新打开' : '结束运行');
		this.finish.classList.toggle('run-decisive', !state.finished);
		this.finish.disabled = readOnly;
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
