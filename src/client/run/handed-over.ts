/**
 * 已交出: on the device that handed the run over, a notice at the top saying to whom and when, that
 * the run here only reads now, and how to take it back: import the newer record the receiver
 * hands back (its events after the hand-over end it). What reads the file loads when one is chosen.
 */
import { HANDOVER_UNAVAILABLE } from '../../domain/run/handover-fragment.ts';
import type { RunState } from '../../domain/run/model.ts';
import { clock } from '../../domain/run/time.ts';
import { h, setText, show } from '../dom.ts';
import type { Imported } from './handover-types.ts';
import type { RunSession } from './session.ts';

export class HandedOverNotice {
	readonly element: HTMLElement;
	private readonly text = h('p', {});

	constructor(session: RunSession, adopt: (outcome: Imported) => void) {
		const input = h('input', { type: 'file', accept: '.json,application/json' }) as HTMLInputElement;
		const importer = h(
			'div',
			{ class: 'run-import' },
			h('label', {}, '取回：导入对方交回的最新记录（JSON）', input),
			h('p', { class: 'run-import-status', role: 'status', 'aria-live': 'polite' }),
		);
		input.addEventListener('change', () =>
			Promise.all([import('./import-control.ts'), session.loadStore()]).then(
				([control, store]) => control.importChosen(importer, { scope: { checklist: session.checklist }, store, onImported: adopt }),
				() => setText(importer.querySelector('.run-import-status')!, HANDOVER_UNAVAILABLE),
			),
		);
		this.element = h('section', { class: 'run-handed-over', 'aria-label': '已交出', hidden: true }, this.text, importer);
	}

	update(handedOver: RunState['handedOver']): void {
		show(this.element, handedOver !== undefined);
		if (!handedOver) return;
		setText(
			this.text,
			`这次运行已于 ${clock(new Date(handedOver.at))} 交给 ${handedOver.to}${handedOver.by ? `（由 ${handedOver.by} 交出）` : ''}，本设备只能查看，不能再勾选。对方的操作不会自动回到这里：请对方用“交给他人”把记录交回（链接或文件），打开链接或在下面导入文件即可取回，继续在本设备执行。`,
		);
	}
}
