/**
 * <training-record>: the reader's record on this device as a table (print it on A4 and sign), and
 * as a JSON file for HR (src/domain/training/export.ts). The chosen path is remembered on the device.
 */
import { trainingExport } from '../domain/training/export.ts';
import { itemStatus, type TrainingCatalogue } from '../domain/training/progress.ts';
import { download, h } from './dom.ts';
import { finishedDrills } from './drill-runs.ts';
import { loadTrainingRecord } from './training-store.ts';

const PATH_KEY = 'manual.training.path';
const STATUS = { todo: '未完成', read: '已读', reread: '需重读', passed: '通过', failed: '未通过', practised: '已演练' } as const;
const KIND = { chapter: '阅读', selfCheck: '自测', checklist: '演练' } as const;
const day = (iso: string | undefined) => (iso ? new Date(iso).toLocaleDateString('zh-CN') : '');

class TrainingRecordView extends HTMLElement {
	private catalogue = JSON.parse(document.getElementById('training-catalogue')?.textContent ?? '{}') as TrainingCatalogue;

	connectedCallback(): void {
		const select = this.querySelector<HTMLSelectElement>('[data-path]')!;
		const wanted = new URLSearchParams(location.search).get('path') ?? this.remembered();
		if (wanted && this.catalogue.paths[wanted]) select.value = wanted;
		select.addEventListener('change', () => {
			this.remember(select.value);
			this.render();
		});
		this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
		this.querySelector('[data-export]')?.addEventListener('click', () => this.export());
		this.render();
	}

	private remembered(): string | null {
		try {
			return localStorage.getItem(PATH_KEY);
		} catch {
			return null;
		}
	}

	private remember(path: string): void {
		try {
			localStorage.setItem(PATH_KEY, path);
		} catch {
			// Not remembered: the select still works for this visit.
		}
	}

	private get pathId(): string {
		return this.querySelector<HTMLSelectElement>('[data-path]')!.value;
	}

	private render(): void {
		const record = loadTrainingRecord();
		const drills = finishedDrills();
		const path = this.catalogue.paths[this.pathId];
		this.querySelector('[data-name]')!.textContent = record.name || '（本设备上还没有记录）';
		this.querySelector('[data-path-title]')!.textContent = path?.title ?? '';
		this.querySelector('[data-now]')!.textContent = new Date().toLocaleDateString('zh-CN');
		const seen = new Set<string>();
		const rows = (path?.stages ?? []).flatMap((stage) =>
			stage.items.flatMap((item) => {
				const key = `${item.kind}:${item.id}`;
				if (seen.has(key)) return [];
				seen.add(key);
				const status = itemStatus(item, record, this.catalogue.editions, drills);
				const read = item.kind === 'chapter' ? record.reads[item.id] : undefined;
				const check = item.kind === 'selfCheck' ? record.checks[item.id] : undefined;
				const drill = item.kind === 'checklist' ? drills[item.id]?.at(-1) : undefined;
				return [
					h(
						'tr',
						{ 'data-state': status },
						h('td', {}, `${stage.name} ${KIND[item.kind]}：${this.catalogue.titles[item.id] ?? item.id}`),
						h('td', {}, STATUS[status]),
						h('td', {}, read?.edition ?? check?.edition ?? ''),
						h('td', {}, day(read?.at ?? check?.at ?? drill?.finishedAt)),
						h('td', {}, check ? `${check.right}/${check.total}（${check.percent}%）` : ''),
					),
				];
			}),
		);
		this.querySelector('[data-rows]')!.replaceChildren(...rows);
	}

	private export(): void {
		const record = loadTrainingRecord();
		const status = this.querySelector('[data-export-status]')!;
		if (!record.name) {
			status.textContent = '本设备上还没有培训记录：先在章节末尾点“我已阅读并理解”。';
			return;
		}
		const file = trainingExport(record, this.pathId, finishedDrills(), new Date());
		download(`培训记录-${record.name}-${file.exportedAt.slice(0, 10)}.json`, JSON.stringify(file, null, '\t'), 'application/json');
		status.textContent = '已导出。文件只保存在本设备，请自行通过聊天或邮件交给行政人事。';
	}
}

customElements.define('training-record', TrainingRecordView);
