/**
 * The overdue notice at the end of a chapter, decided on the reader's day rather than the build's:
 * a site built in November and read the next December still says the chapter is past its review.
 */
import { daysOverdue, localDay } from '../../domain/content-status.ts';

function showOverdueNotices(): void {
	const today = localDay(new Date());
	for (const stewardship of document.querySelectorAll<HTMLElement>('.stewardship[data-due]')) {
		const overdue = daysOverdue(stewardship.dataset['due'] ?? '', today) > 0;
		stewardship.classList.toggle('overdue', overdue);
		const note = stewardship.querySelector<HTMLElement>('[data-overdue-note]');
		if (note) note.hidden = !overdue;
	}
}

showOverdueNotices();
// A page restored from the back button may be read on another day.
window.addEventListener('pageshow', showOverdueNotices);
