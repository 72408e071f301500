import { fileSize } from '../../domain/bound-layout.ts';

/**
 * The ready-made PDF linked at the top of /bound/: its size when the site has it, or a plain word
 * that this deploy has none (`npm run pdf` runs after the build; a deploy may skip it). Offline,
 * the copy the offline worker kept when the PDF was last opened answers instead of the network.
 */
async function publishedSize(href: string): Promise<number | 'missing' | undefined> {
	try {
		const response = await fetch(href, { method: 'HEAD', cache: 'no-cache' });
		if (response.status === 404) return 'missing';
		const length = Number(response.headers.get('content-length'));
		if (response.ok && length > 0) return length;
	} catch {
		// Offline or the server is down: the kept copy, if any, below.
	}
	const kept = 'caches' in window ? await caches.match(href).catch(() => undefined) : undefined;
	return kept ? (await kept.blob()).size : undefined;
}

export async function showPrintedPdf(): Promise<void> {
	const link = document.querySelector<HTMLAnchorElement>('[data-bound-pdf]');
	const facts = document.querySelector<HTMLElement>('[data-bound-pdf-facts]');
	const note = document.querySelector<HTMLElement>('[data-bound-pdf-note]');
	if (!link) return;
	const bytes = await publishedSize(link.href);
	if (bytes === 'missing') {
		// Not a dead link: say why and point at the way that works here.
		link.parentElement?.remove();
		if (note) note.textContent = '这个网站发布时没有附带排好的 PDF（发布前需运行 npm run pdf）。请等下方排版完成后打印。';
	} else if (bytes !== undefined && facts) facts.textContent = `（版本 ${facts.dataset['edition']}，${fileSize(bytes)}）`;
}
