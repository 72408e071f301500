/**
 * <filing-calendar>: marks, on the day the page is read, the deadline row that falls today or the
 * next one to come, in words ("今天截止", "下一个截止日，还有 N 天") with the colour only repeating
 * them, and says above the tables what today is and what is due. The site is built once and read
 * all year (at 2am on deadline night, perhaps offline), so the day comes from the reader's clock.
 */
import { localDay } from '../../domain/content-status.ts';
import { deadlineMarks } from '../../domain/filing-calendar.ts';

class FilingCalendar extends HTMLElement {
	connectedCallback(): void {
		this.render();
		// A tab left open overnight, or restored from the back button, is read on a new day.
		window.addEventListener('pageshow', () => this.render());
	}

	private render(): void {
		const now = new Date();
		const today = localDay(now);
		const rows = [...this.querySelectorAll<HTMLTableRowElement>('tr[data-deadline]')];
		const marks = deadlineMarks(
			rows.map((row) => row.dataset['deadline'] ?? ''),
			today,
		);
		const marked: HTMLTableRowElement[] = [];
		for (const row of rows) {
			const mark = marks.get(row.dataset['deadline'] ?? '');
			row.toggleAttribute('data-mark', Boolean(mark));
			if (mark) row.dataset['mark'] = mark.kind;
			const label = row.querySelector('[data-deadline-mark]');
			if (label) label.textContent = mark?.label ?? '';
			if (mark) marked.push(row);
		}
		const summary = this.querySelector<HTMLElement>('[data-calendar-today]');
		if (!summary) return;
		const weekday = now.toLocaleDateString('zh-CN', { weekday: 'long' });
		const todayText = `今天是 ${now.getFullYear()} 年 ${now.getMonth() + 1} 月 ${now.getDate()} 日（${weekday}）`;
		const due = [...new Set(marked.map((row) => row.dataset['deadlineName'] ?? ''))].join('；');
		const [mark] = marks.values();
		const dayShown = marked[0]?.querySelector('time')?.textContent ?? '';
		summary.hidden = false;
		summary.textContent = !mark
			? `${todayText}。本页日历中已没有之后的截止日，请等待下一年度的申报日历。`
			: mark.kind === 'today'
				? `${todayText}，是申报截止日：${due}。`
				: `${todayText}。下一个截止日：${dayShown}，还有 ${mark.daysLeft} 天：${due}。`;
	}
}

customElements.define('filing-calendar', FilingCalendar);
