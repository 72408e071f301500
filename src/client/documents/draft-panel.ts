/**
 * The working part of <document-drafts> (./document-drafts.ts), loaded once there is a run to
 * draft for: it finds the run (the address's `?run=` on a checklist page, a choice on the history
 * page), adds a button per template, and opens one draft at a time in a DraftEditor.
 *
 * It reads the run through the run store only, never through the runner: the runner writes every
 * change to storage, and the panel looks again every second and a half (the address and the
 * stored records), on another tab's writes and when the page comes back into view.
 */
import { templatesFor, type DocumentCatalogue, type OfferedTemplate } from '../../domain/documents/catalogue.ts';
import { DRAFTS_KEY_PREFIX, openDraftStore } from '../../domain/documents/drafts.ts';
import { documentTime } from '../../domain/documents/run-fields.ts';
import { RUN_KEY_PREFIX } from '../../domain/run/keys.ts';
import { runState, type ChecklistRun } from '../../domain/run/model.ts';
import { openRunStore } from '../../domain/run/store.ts';
import { fill, h, setText } from '../dom.ts';
import { DraftEditor } from './draft-editor.ts';

const LOOK_MS = 1_500;
const RETRY_MS = 5_000;

export class DraftPanel {
	private readonly host: HTMLElement;
	private readonly catalogue: DocumentCatalogue;
	private readonly runs = openRunStore();
	private readonly drafts = openDraftStore();
	private runId: string | undefined;
	private editor: DraftEditor | undefined;
	private listed = '';
	private timers: number[] = [];

	constructor(host: HTMLElement, catalogue: DocumentCatalogue) {
		this.host = host;
		this.catalogue = catalogue;
		this.host
			.querySelector('[data-run-picker] select')
			?.addEventListener('change', (event) => this.choose((event.target as HTMLSelectElement).value));
		window.addEventListener('storage', (event) => {
			if (event.key === null || event.key.startsWith(RUN_KEY_PREFIX) || event.key.startsWith(DRAFTS_KEY_PREFIX)) this.look();
		});
		document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && this.look());
		window.addEventListener('beforeunload', (event) => {
			if (this.drafts.unsaved > 0) event.preventDefault();
		});
		this.timers.push(
			window.setInterval(() => this.look(), LOOK_MS),
			window.setInterval(() => this.drafts.unsaved > 0 && (this.drafts.retry(), this.editor?.refresh()), RETRY_MS),
		);
		this.look();
	}

	stop(): void {
		for (const timer of this.timers) window.clearInterval(timer);
	}

	private get onChecklist(): string | undefined {
		return this.host.dataset['checklist'];
	}

	private announce(message: string): void {
		const announcer = this.host.querySelector('[data-announcer]');
		if (announcer) setText(announcer, message);
	}

	/** Which run this page drafts for now, then redraws what changed. */
	private look(): void {
		if (this.onChecklist) {
			const id = new URLSearchParams(location.search).get('run') ?? undefined;
			const run = id ? this.runs.get(id) : undefined;
			this.setRun(run && run.checklist.id === this.onChecklist ? run.id : undefined);
		} else this.listRuns();
		this.editor?.refresh();
	}

	private setRun(id: string | undefined): void {
		if (id === this.runId && this.listed) return;
		this.runId = id;
		this.closeEditor(false);
		this.drawTemplates();
	}

	/** The history page: finished runs that have templates, to choose from. */
	private listRuns(): void {
		const select = this.host.querySelector<HTMLSelectElement>('[data-run-picker] select');
		if (!select) return;
		const finished = this.runs.list().filter((run) => runState(run).finished && templatesFor(this.catalogue, run.checklist.id).length > 0);
		const key = finished.map((run) => run.id).join();
		if (select.dataset['key'] !== key) {
			select.dataset['key'] = key;
			const label = (run: ChecklistRun) =>
				`${run.checklist.title} · ${runState(run).title || '未命名事件'} · ${documentTime(new Date(run.startedAt))}`;
			fill(
				select,
				h('option', { value: '' }, finished.length ? '请选择' : '（本设备上还没有已结束的运行）'),
				...finished.map((run) => h('option', { value: run.id, selected: run.id === this.runId }, label(run))),
			);
			select.disabled = finished.length === 0;
		}
		if (this.runId && !finished.some((run) => run.id === this.runId)) this.choose('');
		else if (!this.listed) this.drawTemplates();
	}

	private choose(id: string): void {
		this.runId = id || undefined;
		this.closeEditor(false);
		this.drawTemplates();
	}

	/** A button per template this run may draft, "继续起草" where a draft exists. */
	private drawTemplates(): void {
		const line = this.host.querySelector('[data-run-line]');
		const run = this.runId ? this.runs.get(this.runId) : undefined;
		const offered = run ? templatesFor(this.catalogue, run.checklist.id) : [];
		const drafted = new Set(run ? this.drafts.get(run.id).drafts.map((draft) => draft.template) : []);
		this.listed = JSON.stringify([this.runId, [...drafted]]);
		if (line)
			setText(
				line,
				run
					? `为这次运行起草：${runState(run).title || run.checklist.title}（开始于 ${documentTime(new Date(run.startedAt))}）。选一份文书，记录中已有的内容会自动填好。`
					: this.onChecklist
						? '开始执行清单后，可以在这里根据运行记录起草以下文书。'
						: '先在上面选择一次已结束的运行。',
			);
		for (const item of this.host.querySelectorAll<HTMLElement>('[data-template]')) {
			const template = offered.find((candidate) => candidate.id === item.dataset['template']);
			item.hidden = Boolean(run) && !template;
			item.querySelector('.document-start')?.remove();
			if (!run || !template) continue;
			item.append(
				h(
					'button',
					{
						type: 'button',
						class: 'document-start',
						'aria-label': `${drafted.has(template.id) ? '继续起草' : '起草'}：${template.title}`,
						onclick: () => this.open(template),
					},
					drafted.has(template.id) ? '继续起草' : '起草',
				),
			);
		}
	}

	private open(template: OfferedTemplate): void {
		if (!this.runId) return;
		this.closeEditor(false);
		this.editor = new DraftEditor({
			organisation: this.catalogue.organisation,
			template,
			runId: this.runId,
			runs: this.runs,
			drafts: this.drafts,
			announce: (message) => this.announce(message),
			close: () => this.closeEditor(true),
		});
		const slot = this.host.querySelector('[data-editor]');
		if (slot) fill(slot, this.editor.element);
		this.drawTemplates();
		this.editor.element.querySelector<HTMLElement>('h3')?.focus();
	}

	private closeEditor(focus: boolean): void {
		const closed = this.editor?.templateId;
		this.editor = undefined;
		const slot = this.host.querySelector('[data-editor]');
		if (slot) fill(slot);
		if (focus && closed) this.host.querySelector<HTMLElement>(`[data-template="${closed}"] .document-start`)?.focus();
	}
}
