/**
 * <training-path>: marks each server-rendered item of a learning path with the reader's status
 * on this device (read, to re-read, passed, practised…) and names the next thing to do. A chapter
 * to re-read lists the commits that changed it since the edition the reader confirmed.
 */
import { dayOf } from '../../domain/run/time.ts';
import { UNRECORDED_EDITION } from '../../domain/edition-label.ts';
import { changesSince, type ChapterChange } from '../../domain/training/editions.ts';
import { pathProgress, type ItemStatus, type PathItem, type PathStage } from '../../domain/training/progress.ts';
import { finishedDrills } from './drill-runs.ts';
import { h } from '../dom.ts';
import { loadTrainingRecord, saveChosenPath } from './store.ts';
import type { TrainingRecord } from '../../domain/training/record.ts';

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
		// The path opened is the reader's: the sidebar's training link leads back here.
		if (this.dataset['path']) saveChosenPath(this.dataset['path']);
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
		const record = loadTrainingRecord();
		const progress = pathProgress(stages, record, editions, finishedDrills());
		progress.statuses[0]?.forEach((status, i) => {
			const row = rows[i]!;
			row.dataset['state'] = status;
			const badge = row.querySelector('[data-status]');
			if (badge) badge.textContent = LABELS[status];
			row.querySelector('.changes')?.remove();
			if (status === 'reread') row.append(this.changes(record, items[i]!.id));
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

	/** The commits since the confirmed edition, from the chapter's git history written at build. */
	private changes(record: TrainingRecord, chapter: string): HTMLElement {
		const histories = JSON.parse(this.dataset['histories'] ?? '{}') as Record<string, ChapterChange[]>;
		const labels = JSON.parse(this.dataset['editionLabels'] ?? '{}') as Record<string, Record<string, string>>;
		const read = record.reads[chapter]!;
		const confirmed = `你 ${dayOf(new Date(read.at))} 确认的版本（${labels[chapter]?.[read.edition] ?? UNRECORDED_EDITION}）`;
		const { changes, known } = changesSince(histories[chapter] ?? [], read.edition, read.at);
		const since = known ? `自${confirmed}以来的修改：` : `${confirmed}不在版本历史中；此后的修改：`;
		return h(
			'div',
			{ class: 'changes' },
			changes.length ? since : `${confirmed}之后，本章有尚未记入版本历史的修改。`,
			changes.length > 0 &&
				h(
					'ul',
					{},
					// Each change by the edition it made, as the chapter page and the record name it; the commit stays for tools.
					changes.map((change) =>
						h('li', { 'data-commit': change.commit }, h('time', { datetime: change.date }, change.label), ` ${change.subject}`),
					),
				),
		);
	}
}

customElements.define('training-path', TrainingPath);
