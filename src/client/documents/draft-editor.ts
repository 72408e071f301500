/**
 * One draft being written: the fields to fill in, the fields taken from the record (each can be
 * typed over and restored), the runs merged in (documents that merge), a live preview, and the
 * ways out: plain text to copy, print on A4, a .docx file. Every keystroke is saved to the drafts
 * store at once; a write the storage refuses is retried and said on the page, never lost silently.
 */
import type { OfferedTemplate } from '../../domain/documents/catalogue.ts';
import {
	draftRunIds,
	newDraft,
	typedValues,
	typeField,
	withMergedRuns,
	type DocumentDraft,
	type DraftStore,
} from '../../domain/documents/drafts.ts';
import { documentToText, fillTemplate, fieldMeaning, type FilledDocument, type FilledField } from '../../domain/documents/fill.ts';
import { documentTime } from '../../domain/documents/run-fields.ts';
import { runState, type ChecklistRun } from '../../domain/run/model.ts';
import type { RunStore } from '../../domain/run/store.ts';
import { fileStamp } from '../../domain/run/time.ts';
import { fill, h, setText } from '../dom.ts';
import { documentSheet, provenanceList } from './sheet.ts';

export interface EditorOptions {
	organisation: string;
	template: OfferedTemplate;
	runId: string;
	runs: RunStore;
	drafts: DraftStore;
	announce(message: string): void;
	close(): void;
}

const SAVED = '草稿已保存在本设备上，刷新或关闭页面后仍在。';
const UNSAVED =
	'草稿未能保存到本设备（存储空间已满或被禁用）：内容只在这个页面上，页面会自动重试。在此之前不要关闭页面，可以先复制或下载。';

const runName = (run: ChecklistRun) => {
	const title = runState(run).title;
	return `${run.checklist.title} · ${title || '未命名事件'} · 开始于 ${documentTime(new Date(run.startedAt))}`;
};

export class DraftEditor {
	readonly element: HTMLElement;
	private readonly options: EditorOptions;
	private draft: DocumentDraft;
	private filled!: FilledDocument;
	private readonly status = h('p', { class: 'draft-status', role: 'status' });
	private readonly feedback = h('p', { class: 'draft-feedback', role: 'status', 'aria-live': 'polite' });
	private readonly blanks = h('div', { class: 'draft-fields' });
	private readonly recorded = h('div', { class: 'draft-fields' });
	private readonly recordedSummary = h('summary', {});
	private readonly merge = h('div', { class: 'draft-merge' });
	private readonly preview = h('div', { class: 'draft-preview' });
	private readonly provenance = h('div', {});
	/** What the view was last drawn from, to skip redrawing when nothing changed. */
	private drawnFrom = '';

	constructor(options: EditorOptions) {
		this.options = options;
		const { template, runId, drafts } = options;
		this.draft = drafts.draft(runId, template.id) ?? newDraft(template.id, [runId]);
		this.save(this.draft);
		const headingId = `draft-${template.id}-title`;
		this.element = h(
			'section',
			{ class: 'document-draft', 'aria-labelledby': headingId },
			h('h3', { id: headingId, tabindex: '-1' }, `正在起草：${template.title}`),
			this.status,
			h(
				'p',
				{ class: 'draft-hint' },
				'从运行记录能知道的已经填好；【待填写】的空白请在下面填写，预览随时更新。内容只保存在这台设备上，不会上传。',
			),
			this.merge,
			h('fieldset', { class: 'draft-blanks' }, h('legend', {}, '需要填写'), this.blanks),
			h(
				'details',
				{ class: 'draft-recorded' },
				this.recordedSummary,
				h('p', {}, '这些内容来自运行记录，随记录更新；需要改写时直接修改，改写后以你写的为准。'),
				this.recorded,
			),
			h(
				'div',
				{ class: 'draft-actions' },
				h('button', { type: 'button', onclick: () => void this.copy() }, '复制纯文本'),
				h('button', { type: 'button', onclick: () => this.print() }, '打印（A4）'),
				h('button', { type: 'button', onclick: () => void this.docx() }, '下载 Word 文件（.docx）'),
				h('button', { type: 'button', class: 'draft-close', onclick: () => options.close() }, '收起'),
			),
			this.feedback,
			this.provenance,
			this.preview,
		);
		this.refresh(true);
	}

	get templateId(): string {
		return this.options.template.id;
	}

	private runsOf(draft: DocumentDraft): ChecklistRun[] {
		return draftRunIds(draft).flatMap((id) => {
			const run = this.options.runs.get(id);
			return run ? [run] : [];
		});
	}

	/** Draws again from the store: another tab's typing, the run's new steps. `force` redraws every input (only when the editor is built). */
	refresh(force = false): void {
		const { drafts, runId, template } = this.options;
		this.draft = drafts.draft(runId, template.id) ?? this.draft;
		const runs = this.runsOf(this.draft);
		setText(this.status, drafts.unsaved > 0 ? UNSAVED : SAVED);
		this.status.classList.toggle('draft-unsaved', drafts.unsaved > 0);
		const source = JSON.stringify([this.draft, runs.map((run) => run.events.length + run.id), new Date().getMinutes()]);
		if (!force && source === this.drawnFrom) return;
		this.drawnFrom = source;
		this.filled = fillTemplate(template, { organisation: this.options.organisation, runs, now: new Date() }, typedValues(this.draft));
		this.drawFields(force);
		if (template.merges) this.drawMerge();
		fill(this.provenance, provenanceList(this.filled));
		fill(this.preview, documentSheet(this.filled, `sheet-${template.id}`));
	}

	private drawFields(force: boolean): void {
		const blanks = this.filled.fields.filter((field) => field.recorded === undefined);
		const recorded = this.filled.fields.filter((field) => field.recorded !== undefined);
		setText(this.recordedSummary, `从运行记录填入的内容（${recorded.length} 项，可以改写）`);
		this.drawInputs(this.blanks, blanks, force);
		this.drawInputs(this.recorded, recorded, force);
	}

	/** One labelled text box per field; a box being typed in is never redrawn under the cursor. */
	private drawInputs(container: HTMLElement, fields: FilledField[], force: boolean): void {
		const keys = fields.map((field) => field.key).join('\n');
		if (force || container.dataset['keys'] !== keys) {
			container.dataset['keys'] = keys;
			fill(
				container,
				...fields.map((field, index) => this.input(field, `${container === this.blanks ? 'b' : 'r'}-${this.templateId}-${index}`)),
			);
		}
		for (const field of fields) {
			const box = container.querySelector<HTMLTextAreaElement>(`textarea[data-key="${CSS.escape(field.key)}"]`);
			if (!box) continue;
			const shown = field.source === 'blank' ? '' : field.value;
			if (document.activeElement !== box && box.value !== shown) box.value = shown;
			const wrapper = box.closest('.draft-field');
			wrapper?.classList.toggle('draft-field-typed', field.source === 'typed' && field.recorded !== undefined);
			const restore = wrapper?.querySelector<HTMLButtonElement>('.draft-restore');
			if (restore) restore.hidden = !(field.source === 'typed' && field.recorded !== undefined);
		}
	}

	private input(field: FilledField, id: string): HTMLElement {
		const box = h('textarea', { id, 'data-key': field.key, rows: field.value.includes('\n') ? 4 : 2 }) as HTMLTextAreaElement;
		box.addEventListener('input', () => this.typed(field, box.value));
		const meaning = fieldMeaning(field.key);
		return h(
			'div',
			{ class: 'draft-field' },
			h('label', { for: id }, field.label),
			meaning && h('p', { class: 'draft-field-meaning', id: `${id}-meaning` }, meaning),
			box,
			field.recorded !== undefined &&
				h(
					'button',
					{
						type: 'button',
						class: 'draft-restore',
						hidden: true,
						onclick: () => {
							this.typed(field, '');
							box.value = field.recorded ?? '';
							this.options.announce(`已恢复为运行记录中的内容：${field.label}`);
						},
					},
					`恢复为记录中的内容：${field.label}`,
				),
		);
	}

	/** Keeps what was typed; typing a recorded field back to the record's value counts as not typed. */
	private typed(field: FilledField, value: string): void {
		const own = field.recorded !== undefined && value === field.recorded ? '' : value;
		this.save(typeField(this.draft, field.key, own));
		this.refresh();
	}

	private save(draft: DocumentDraft): void {
		this.draft = draft;
		const outcome = this.options.drafts.saveDraft(this.options.runId, draft);
		this.draft = outcome.drafts.drafts.find((each) => each.template === draft.template) ?? draft;
	}

	/** The other runs on this device, to merge into a document that takes several records of one incident. */
	private drawMerge(): void {
		const { runs, runId } = this.options;
		const others = runs.list().filter((run) => run.id !== runId);
		const chosen = new Set(draftRunIds(this.draft));
		const key = JSON.stringify([others.map((run) => run.id), [...chosen]]);
		if (this.merge.dataset['key'] === key) return;
		this.merge.dataset['key'] = key;
		if (others.length === 0) {
			fill(this.merge, h('p', { class: 'draft-hint' }, '同一事件在其他设备上的运行记录，导入本设备后可以合并进来，时间线按时间排序。'));
			return;
		}
		const boxes = others.map((run) => {
			const box = h('input', { type: 'checkbox', value: run.id, checked: chosen.has(run.id) }) as HTMLInputElement;
			box.addEventListener('change', () => {
				const ids = [...this.merge.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
				this.save(withMergedRuns(this.draft, ids));
				this.refresh();
				this.options.announce(box.checked ? `已合并：${runName(run)}` : `已取消合并：${runName(run)}`);
			});
			return h('label', { class: 'draft-merge-run' }, box, runName(run));
		});
		fill(this.merge, h('fieldset', {}, h('legend', {}, '合并同一事件的其他运行记录（时间线按时间排序）'), boxes));
	}

	private say(message: string): void {
		setText(this.feedback, message);
		this.options.announce(message);
	}

	private async copy(): Promise<void> {
		try {
			await navigator.clipboard.writeText(documentToText(this.filled));
			this.say('已复制纯文本，可以粘贴到微信或邮件。【待填写】处请先补齐再发出。');
		} catch {
			this.say('无法访问剪贴板：请改用“下载 Word 文件”，或在预览中选中文字复制。');
		}
	}

	/** Prints only this document: the page's print rules hide everything else while the class is set. */
	private print(): void {
		const sheet = this.preview.querySelector('.document-sheet');
		if (!sheet) return;
		sheet.classList.add('document-printing');
		document.body.classList.add('printing-document');
		const done = () => {
			sheet.classList.remove('document-printing');
			document.body.classList.remove('printing-document');
		};
		window.addEventListener('afterprint', done, { once: true });
		window.print();
	}

	private async docx(): Promise<void> {
		this.say('正在生成 Word 文件……');
		try {
			const { documentToDocx } = await import('../../domain/documents/docx.ts');
			const blob = await documentToDocx(this.filled);
			const run = this.options.runs.get(this.options.runId);
			const stamp = run ? fileStamp(new Date(run.startedAt)) : fileStamp(new Date());
			const url = URL.createObjectURL(blob);
			const link = h('a', { href: url, download: `${this.options.template.id}-${stamp}.docx` });
			document.body.append(link);
			link.click();
			link.remove();
			setTimeout(() => URL.revokeObjectURL(url), 1000);
			this.say('已下载 Word 文件，可以用 WPS 或 Word 打开继续修改。');
		} catch {
			this.say('无法生成 Word 文件（离线时这部分程序可能还没有保存到本设备）：请改用“复制纯文本”或“打印”。');
		}
	}
}
