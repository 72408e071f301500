/**
 * <training-record>: the reader's record on this device as a table (print it on A4 and sign), and
 * as a JSON file (src/domain/training/export.ts) and a readable Markdown file for HR
 * (src/domain/training/record-sheet.ts). The chosen path is remembered on the device.
 */
import { dayOf, elapsed } from '../../domain/run/time.ts';
import { trainingExport } from '../../domain/training/export.ts';
import type { TrainingCatalogue } from '../../domain/training/progress.ts';
import {
	phaseTimes,
	recordSheet,
	sheetDay,
	sheetTime,
	sheetToMarkdown,
	SHEET_KIND,
	SHEET_STATUS,
} from '../../domain/training/record-sheet.ts';
import { download, h, stackOnPhone } from '../dom.ts';
import { finishedDrills } from './drill-runs.ts';
import { loadChosenPath, loadTrainingRecord, saveChosenPath } from './store.ts';

class TrainingRecordView extends HTMLElement {
	private catalogue = JSON.parse(document.getElementById('training-catalogue')?.textContent ?? '{}') as TrainingCatalogue;

	connectedCallback(): void {
		const select = this.querySelector<HTMLSelectElement>('[data-path]')!;
		const wanted = new URLSearchParams(location.search).get('path') ?? loadChosenPath();
		if (wanted && this.catalogue.paths[wanted]) select.value = wanted;
		select.addEventListener('change', () => {
			saveChosenPath(select.value);
			this.render();
		});
		this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
		this.querySelector('[data-export]')?.addEventListener('click', () => this.export('json'));
		this.querySelector('[data-export-markdown]')?.addEventListener('click', () => this.export('markdown'));
		this.render();
	}

	private get pathId(): string {
		return this.querySelector<HTMLSelectElement>('[data-path]')!.value;
	}

	private render(): void {
		const record = loadTrainingRecord();
		const sheet = recordSheet(record, this.pathId, finishedDrills(), this.catalogue);
		this.querySelector('[data-name]')!.textContent = record.name || '（本设备上还没有记录）';
		this.querySelector('[data-path-title]')!.textContent = sheet.pathTitle;
		this.querySelector('[data-now]')!.textContent = sheetDay(new Date().toISOString());
		this.querySelector('[data-rows]')!.replaceChildren(
			...sheet.items.map((item) =>
				h(
					'tr',
					{ 'data-state': item.status },
					h('td', {}, `${item.stage} ${SHEET_KIND[item.kind]}：${item.title}`),
					h('td', {}, SHEET_STATUS[item.status]),
					h('td', { 'data-edition': item.edition || undefined }, item.editionLabel),
					h('td', {}, sheetDay(item.at)),
					h('td', {}, item.score),
				),
			),
		);
		this.querySelector('[data-drills]')!.replaceChildren(
			...(sheet.drills.length === 0
				? [h('tr', {}, h('td', { colspan: 7 }, '本设备上没有已结束的演练。'))]
				: sheet.drills.map(({ title, finishedAt, evaluation: e }) =>
						h(
							'tr',
							{},
							h('td', {}, title),
							h('td', {}, sheetTime(e?.startedAt ?? finishedAt)),
							h('td', {}, e ? elapsed(e.minutes) : ''),
							h('td', {}, e ? `${e.done}/${e.total}` : ''),
							h('td', {}, e ? String(e.late) : ''),
							h('td', {}, e ? String(e.notApplicable) : ''),
							h('td', {}, e ? phaseTimes(e) : ''),
						),
					)),
		);
		for (const table of this.querySelectorAll<HTMLTableElement>('[data-items-table], [data-drills-table]')) stackOnPhone(table);
	}

	private export(format: 'json' | 'markdown'): void {
		const record = loadTrainingRecord();
		const status = this.querySelector('[data-export-status]')!;
		if (!record.name) {
			status.textContent = '本设备上还没有培训记录：先在章节末尾点“我已阅读并理解”。';
			return;
		}
		const now = new Date();
		const drills = finishedDrills();
		// The reader's own calendar day: a file exported at 07:30 in Beijing is that day's, not yesterday's UTC date.
		const name = `培训记录-${record.name}-${dayOf(now)}`;
		if (format === 'json')
			download(`${name}.json`, JSON.stringify(trainingExport(record, this.pathId, drills, now), null, '\t'), 'application/json');
		else download(`${name}.md`, sheetToMarkdown(recordSheet(record, this.pathId, drills, this.catalogue), now), 'text/markdown');
		status.textContent = '已导出。文件只保存在本设备，请自行通过聊天或邮件交给行政人事。';
	}
}

customElements.define('training-record', TrainingRecordView);
