/**
 * <document-drafts>: "起草文书" below a run's record (a checklist page) and on the run history
 * page. The page renders the templates it offers as a list and embeds them as data. This element
 * stays small, because the checklist page's first visit has a JavaScript budget: it loads the
 * working part (./draft-panel.ts: the stores, the filling, the editor) only once there is a run
 * to draft for, that is when the address names one (the runner names it once a run starts) or on
 * the history page.
 */
import type { DocumentCatalogue } from '../../domain/documents/catalogue.ts';

const LOOK_MS = 1_500;

class DocumentDrafts extends HTMLElement {
	private timer: number | undefined;
	private panel: { stop(): void } | undefined;
	private loading = false;

	connectedCallback(): void {
		if (this.dataset['checklist'] && !new URLSearchParams(location.search).has('run')) {
			this.timer = window.setInterval(() => new URLSearchParams(location.search).has('run') && this.load(), LOOK_MS);
			return;
		}
		this.load();
	}

	disconnectedCallback(): void {
		window.clearInterval(this.timer);
		this.panel?.stop();
	}

	private load(): void {
		window.clearInterval(this.timer);
		const data = this.querySelector('script[data-catalogue]');
		if (this.loading || !data?.textContent) return;
		this.loading = true;
		const catalogue = JSON.parse(data.textContent) as DocumentCatalogue;
		import('./draft-panel.ts').then(
			({ DraftPanel }) => {
				this.panel = new DraftPanel(this, catalogue);
				this.classList.add('ready');
			},
			() => {
				this.loading = false;
				const line = this.querySelector('[data-run-line]');
				if (line) line.textContent = '起草文书的程序没能加载（离线时可能还没有保存到本设备）：联网后刷新页面再试。';
			},
		);
	}
}

customElements.define('document-drafts', DocumentDrafts);
