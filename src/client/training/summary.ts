/**
 * <training-summary>: reads the chosen record files in the browser, one at a time so that a
 * damaged file is reported by name while the others load, and shows one line per person.
 */
import { readTrainingExport } from '../../domain/training/export.ts';
import { summaryRow, type TrainingCatalogue } from '../../domain/training/progress.ts';
import { sheetDay } from '../../domain/training/record-sheet.ts';
import { h, stackOnPhone } from '../dom.ts';

const listed = (names: string[]) => (names.length ? names.join('、') : '—');

class TrainingSummary extends HTMLElement {
	private catalogue = JSON.parse(document.getElementById('training-catalogue')?.textContent ?? '{}') as TrainingCatalogue;

	connectedCallback(): void {
		stackOnPhone(this.querySelector<HTMLTableElement>('[data-summary-table]')!);
		this.querySelector<HTMLInputElement>('[data-files]')?.addEventListener('change', (event) => {
			void this.load([...((event.target as HTMLInputElement).files ?? [])]);
		});
	}

	private async load(files: File[]): Promise<void> {
		const errors: HTMLElement[] = [];
		const rows: HTMLElement[] = [];
		for (const file of files) {
			const result = readTrainingExport(await file.text());
			if (!result.ok) {
				errors.push(h('li', {}, `${file.name}：${result.error}`));
				continue;
			}
			const { record, path, drills } = result.value;
			const row = summaryRow(record.name, path, record, drills, this.catalogue);
			rows.push(
				h(
					'tr',
					{},
					h('th', { scope: 'row' }, row.name),
					h('td', {}, row.pathTitle),
					h('td', {}, `${row.done}/${row.total}`),
					h('td', {}, listed(row.reread)),
					h('td', {}, listed(row.notPassed)),
					h('td', {}, listed(row.notDrilled)),
					h(
						'td',
						{},
						listed(
							row.drilled.map((drill) => `${drill.title}（${sheetDay(drill.finishedAt)}${drill.figures ? `，${drill.figures}` : ''}）`),
						),
					),
				),
			);
		}
		this.querySelector('[data-errors]')!.replaceChildren(...errors);
		this.querySelector('[data-rows]')!.replaceChildren(...rows);
		stackOnPhone(this.querySelector<HTMLTableElement>('[data-summary-table]')!);
	}
}

customElements.define('training-summary', TrainingSummary);
