/**
 * <chapter-training>: records "我已阅读并理解" against the chapter's edition and scores its
 * self-check on the device. The server renders the forms, the questions and, behind them, each
 * answer's why; this element hides the whys until the reader answers, then shows them beside
 * each question, wrong ones first in the reader's eye with the section link. Once the chapter is
 * confirmed or its self-check passed, it leads back to the reader's path and on to its next item:
 * the path the link that opened the chapter names (`?path=`), else the one the reader follows.
 */
import { nextOnPath, type PathGuides } from '../../domain/training/progress.ts';
import { links } from '../../domain/routes.ts';
import { UNRECORDED_EDITION } from '../../domain/edition-label.ts';
import { confirmRead, recordAttempt, type TrainingRecord } from '../../domain/training/record.ts';
import { scoreSelfCheck, type Responses } from '../../domain/training/scoring.ts';
import type { SelfCheck } from '../../schemas/training.ts';
import { h } from '../dom.ts';
import { loadChosenPath, loadTrainingRecord, saveTrainingRecord } from './store.ts';

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { dateStyle: 'short', timeStyle: 'short', hour12: false });

class ChapterTraining extends HTMLElement {
	private chapter = '';
	private edition = '';
	/** Readable names of the chapter's editions by content hash, written at build (src/manual/chapter-editions.ts). */
	private labels: Record<string, string> = {};

	connectedCallback(): void {
		this.chapter = this.dataset['chapter'] ?? '';
		this.edition = this.dataset['edition'] ?? '';
		this.labels = JSON.parse(this.dataset['editionLabels'] ?? '{}') as Record<string, string>;
		this.setAttribute('data-ready', '');
		// Confirming and scoring need this script: the server leaves their buttons hidden until it runs.
		for (const hidden of this.querySelectorAll<HTMLElement>('[data-confirm], [data-submit]')) hidden.hidden = false;
		this.querySelector<HTMLFormElement>('[data-confirm]')?.addEventListener('submit', (event) => {
			event.preventDefault();
			this.confirm();
		});
		this.querySelector<HTMLFormElement>('[data-self-check]')?.addEventListener('submit', (event) => {
			event.preventDefault();
			this.score();
		});
		this.showConfirmation();
		const record = loadTrainingRecord();
		const read = record.reads[this.chapter];
		if (read?.edition === this.edition) void this.showPathNext(this.querySelector<HTMLElement>('[data-confirm] [data-path-next]'), record);
	}

	/** The path the reader came from (`?path=` on the path page's links), else the one they follow, if this chapter is on it. */
	private path(wanted: readonly string[], guides: PathGuides): string | undefined {
		const onPath = (id: string) => guides.paths[id]?.items.some((item) => item.kind !== 'checklist' && item.id === this.chapter);
		return wanted.find(onPath);
	}

	/** The paths, fetched once per page (a confirmation and a passed self-check both ask); a failed fetch is tried again next time. */
	private guides: Promise<PathGuides | undefined> | undefined;
	private pathGuides(): Promise<PathGuides | undefined> {
		this.guides ??= fetch(links.trainingPathGuides())
			.then((response) => (response.ok ? (response.json() as Promise<PathGuides>) : undefined))
			.catch(() => undefined)
			.then((guides) => {
				if (!guides) this.guides = undefined;
				return guides;
			});
		return this.guides;
	}

	/**
	 * "回到学习路径 · 下一项：…", as the path page would name the next thing to do, after what was just
	 * done here. The paths and the run store (for drills done) load only now, and only for a reader
	 * with a path: most visits to a chapter never need either.
	 */
	private async showPathNext(place: HTMLElement | null, record: TrainingRecord): Promise<void> {
		const wanted = [new URLSearchParams(location.search).get('path'), loadChosenPath()].filter((id): id is string => Boolean(id));
		if (!place || wanted.length === 0) return;
		const [guides, { finishedDrills }] = await Promise.all([this.pathGuides(), import('./drill-runs.ts')]);
		// Offline before the copy was kept, the page reads as before, without the way on.
		if (!guides?.paths) return;
		const pathId = this.path(wanted, guides);
		if (!pathId) return;
		const path = guides.paths[pathId]!;
		const next = nextOnPath(guides, pathId, record, finishedDrills());
		place.replaceChildren(
			h('a', { href: path.href }, `回到学习路径（${path.title}）`),
			' · ',
			next ? h('a', { href: next.href, 'data-next-item': true }, `下一项：${next.label}`) : '本路径已全部完成',
		);
		place.hidden = false;
	}

	private showConfirmation(): void {
		const record = loadTrainingRecord();
		const field = this.querySelector<HTMLElement>('[data-reader-field]');
		const input = field?.querySelector('input');
		// The name is typed once per device; afterwards the button alone confirms.
		if (record.name && field && input) {
			input.value = record.name;
			input.required = false;
			field.hidden = true;
		}
		const read = record.reads[this.chapter];
		const status = this.querySelector('[data-confirm-status]');
		if (!status || !read) return;
		const label = (edition: string) => this.labels[edition] ?? UNRECORDED_EDITION;
		status.textContent =
			read.edition === this.edition
				? `${record.name} 已于 ${when(read.at)} 确认阅读本版本（${label(read.edition)}）。`
				: `有更新，需重读：你在 ${when(read.at)} 确认的是旧版本（${label(read.edition)}），本章现为 ${label(this.edition)}。读完后请再次确认。`;
	}

	private confirm(): void {
		let record = loadTrainingRecord();
		const name = this.querySelector<HTMLInputElement>('[data-reader-field] input')?.value.trim() ?? '';
		if (!record.name) {
			if (!name) return;
			record = { ...record, name };
		}
		record = confirmRead(record, this.chapter, this.edition, new Date());
		const saved = saveTrainingRecord(record);
		this.showConfirmation();
		if (!saved) {
			const status = this.querySelector('[data-confirm-status]');
			if (status) status.textContent = '本设备无法保存确认记录（浏览器禁止了本地存储）。';
		}
		void this.showPathNext(this.querySelector<HTMLElement>('[data-confirm] [data-path-next]'), record);
	}

	private score(): void {
		// Written at build from the self-check the content check validated: no schema needed in the browser.
		const selfCheck = JSON.parse(this.querySelector('[data-questions]')?.textContent ?? '{}') as SelfCheck;
		if (!Array.isArray(selfCheck.questions)) return;
		const responses: Responses = {};
		for (const fieldset of this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')) {
			const id = fieldset.dataset['question'] ?? '';
			responses[id] = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => Number(input.value));
		}
		const result = scoreSelfCheck(selfCheck, responses);
		const wrong = new Set(result.wrong.map((answer) => answer.questionId));
		for (const fieldset of this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')) {
			const isWrong = wrong.has(fieldset.dataset['question'] ?? '');
			const answered = fieldset.querySelector('input:checked') !== null;
			fieldset.toggleAttribute('data-wrong', isWrong);
			fieldset.toggleAttribute('data-right', !isWrong);
			const verdict = fieldset.querySelector('[data-verdict]');
			if (verdict) verdict.textContent = !isWrong ? '答对了。答案：' : answered ? '答错了。正确答案：' : '未作答。正确答案：';
		}
		const mustMissed = result.wrong.some((answer) => answer.mustBeRight);
		const status = this.querySelector('[data-score]');
		if (status)
			status.textContent = `答对 ${result.right}/${result.total} 题（${result.percent}%），${result.passed ? '通过' : mustMissed ? '未通过：有“必须全对”的题答错了' : `未通过：及格线 ${selfCheck.passMark}%`}。`;
		const record = recordAttempt(loadTrainingRecord(), this.chapter, this.edition, new Date(), {
			right: result.right,
			total: result.total,
			percent: result.percent,
			passed: result.passed,
		});
		saveTrainingRecord(record);
		const pathNext = this.querySelector<HTMLElement>('[data-self-check] [data-path-next]');
		if (result.passed) void this.showPathNext(pathNext, record);
		else if (pathNext) pathNext.hidden = true;
		this.querySelector('fieldset[data-wrong]')?.scrollIntoView({ block: 'center' });
	}
}

customElements.define('chapter-training', ChapterTraining);
