/** Says whether what the page holds is on the device: under the start form and under the run's bar alike. */
import { fill, h } from '../dom.ts';
import type { RunSession } from './session.ts';
import { unreadableNotice } from './storage-notices.ts';

/** Fills `notice` in place; an unchanged notice is left alone, so a screen reader hears it once. */
export function fillSavingNotice(notice: HTMLElement, session: RunSession): void {
	const problem = !session.storage
		? '本设备无法保存运行记录（隐私模式或存储被禁用）。记录只在当前页面中，关闭或刷新页面就会丢失：请随时导出。'
		: session.storeFailed && session.run
			? '记录还没有保存到本设备：保存功能未能加载（可能已离线）。不要关闭或刷新页面；联网后会自动保存。'
			: (session.store?.unsaved ?? 0) > 0
				? '最近的操作尚未保存到本设备（存储空间已满）。页面会自动重试；在此之前不要关闭页面，请随时导出。'
				: '';
	const unreadable = session.store ? unreadableNotice(session.store) : false;
	const shown = `${problem}|${unreadable ? unreadable.textContent : ''}`;
	if (notice.dataset['shown'] === shown) return;
	notice.dataset['shown'] = shown;
	fill(notice, problem && h('p', { class: 'run-notice', role: 'alert' }, problem), unreadable);
}
