/**
 * <training-entry>: the sidebar's training link. It leads to every role's path until the reader
 * has opened their own on this device; then it leads there and names the role.
 */
import { CHOSEN_PATH_EVENT, loadChosenPath } from './store.ts';

class TrainingEntry extends HTMLElement {
	connectedCallback(): void {
		this.render();
		// A path page opened now (it comes after the sidebar in the page) makes that path the reader's.
		window.addEventListener(CHOSEN_PATH_EVENT, () => this.render());
	}

	private render(): void {
		const paths = JSON.parse(this.dataset['paths'] ?? '{}') as Record<string, { href: string; role: string }>;
		const chosen = loadChosenPath();
		const path = chosen ? paths[chosen] : undefined;
		const link = this.querySelector('a');
		const label = this.querySelector('[data-label]');
		if (!path || !link || !label) return;
		link.href = path.href;
		label.textContent = `我的学习路径：${path.role}`;
	}
}

customElements.define('training-entry', TrainingEntry);
