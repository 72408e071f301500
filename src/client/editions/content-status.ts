/**
 * <content-status>: marks the rows of the status table that are overdue on the day the page is
 * read and lifts them to the top, longest overdue first. The server renders every row with its
 * dates in the manual's order (readable and printable without this script); a page built months
 * ago still tells the truth today, because the day comes from the reader's clock.
 */
import { daysOverdue, localDay, readingOrder } from '../../domain/content-status.ts';
import { fill, h } from '../dom.ts';

class ContentStatus extends HTMLElement {
	connectedCallback(): void {
		this.render();
		// A tab left open overnight, or restored from the back button, is read on a new day.
		window.addEventListener('pageshow', () => this.render());
	}

	private render(): void {
		const today = localDay(new Date());
		const body = this.querySelector('tbody');
		if (!body) return;
		const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr[data-due]')].map((element) => ({
			element,
			due: element.dataset['due'] ?? '',
			// The server's position, so that rendering again on another day starts from the manual's order.
			order: Number(element.dataset['order']),
		}));
		rows.sort((a, b) => a.order - b.order);
		const ordered = readingOrder(rows, today);
		for (const { element, due } of ordered) {
			const days = daysOverdue(due, today);
			element.classList.toggle('overdue', days > 0);
			const mark = element.querySelector('[data-overdue]');
			if (mark) fill(mark, days > 0 ? h('strong', {}, `已超期 ${days} 天`) : '');
			body.append(element);
		}
		const count = ordered.filter(({ due }) => daysOverdue(due, today) > 0).length;
		const summary = this.querySelector<HTMLElement>('[data-summary]');
		if (summary) {
			summary.hidden = false;
			summary.textContent = count
				? `今天是 ${today}：有 ${count} 项已超过审阅期限，排在最前（超期最久的在上）。`
				: `今天是 ${today}：没有超过审阅期限的内容。`;
		}
	}
}

customElements.define('content-status', ContentStatus);
