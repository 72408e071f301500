/**
 * <training-path>: marks each server-rendered item of a learning path with the reader's status
 * on this device (read, to re-read, passed, practised…) and names the next thing to do.
 */
import { pathProgress, type ItemStatus, type PathItem, type PathStage } from '../domain/training/progress.ts';
import { finishedDrills } from './drill-runs.ts';
import { loadTrainingRecord } from './training-store.ts';

const LABELS: Record<ItemStatus, string> = {
	todo: '未完成',
	read: '已读',
	reread: '有更新，需重读',
	passed: '已通过',
	failed: '未通过，再试一次',
	practised: '已演练',
};

class TrainingPath extends HTMLElement {
	connectedCallback(): void {
		this.render();
		window.addEventListener('pageshow', () => this.render());
	}

	private render(): void {
		const editions = JSON.parse(this.dataset['editions'] ?? '{}') as Record<string, string>;
		const rows = [...this.querySelectorAll<HTMLLIElement>('li[data-kind]')];
		const items = rows.map((row): PathItem => ({
			kind: row.dataset['kind'] as PathItem['kind'],
			id: row.dataset['id'] ?? '',
			minutes: Number(/\d+/.exec(row.querySelector('.minutes')?.textContent ?? '')?.[0] ?? 0),
		}));
		const stages: PathStage[] = [{ name: '', items }];
		const progress = pathProgress(stages, loadTrainingRecord(), editions, finishedDrills());
		progress.statuses[0]?.forEach((status, i) => {
			const row = rows[i]!;
			row.dataset['state'] = status;
			const badge = row.querySelector('[data-status]');
			if (badge) badge.textContent = LABELS[status];
		});
		const summary = this.querySelector('[data-summary]');
		if (summary) summary.textContent = `已完成 ${progress.done}/${progress.total} 项，剩余约 ${progress.minutesLeft} 分钟。`;
		const next = this.querySelector<HTMLElement>('[data-next]');
		const nextRow = progress.next ? rows[items.indexOf(progress.next)] : undefined;
		if (next && nextRow) {
			next.hidden = false;
			next.replaceChildren('下一步：', nextRow.querySelector('a')!.cloneNode(true));
		} else if (next) {
			next.hidden = false;
			next.textContent = '本路径已全部完成。';
		}
	}
}

customElements.define('training-path', TrainingPath);
