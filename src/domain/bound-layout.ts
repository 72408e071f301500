/**
 * What the 合订本 page (/bound/) tells its reader while the browser lays it out as pages, and how
 * it describes the ready-made PDF. The browser module (src/client/print/bound-manual.ts) counts;
 * these say it.
 */

/** How far the layout has come: pages made, and chapters (appendices included) begun, of all. */
export interface LayoutProgress {
	pages: number;
	chapters: number;
	totalChapters: number;
}

/** The progress line under the bar, rewritten after every page. */
export function progressText({ pages, chapters, totalChapters }: LayoutProgress): string {
	return `正在排版：已排 ${pages} 页，第 ${chapters} / ${totalChapters} 章。`;
}

/** The line a screen reader hears when the layout is done, and the reader sees. */
export function doneText(pages: number): string {
	return `排版完成：共 ${pages} 页。按“打印合订本”（或 Ctrl+P）打印或另存为 PDF。`;
}

/** Quarters of the chapters at which the screen reader hears the progress: often enough, never chatty. */
const ANNOUNCED_STEPS = 4;

/**
 * The announcement due now, if the layout has just crossed the next quarter of its chapters
 * since `announced` (the quarters already said); undefined when nothing new is worth saying.
 */
export function dueAnnouncement(progress: LayoutProgress, announced: number): { text: string; step: number } | undefined {
	if (progress.totalChapters <= 0) return undefined;
	const step = Math.floor((progress.chapters / progress.totalChapters) * ANNOUNCED_STEPS);
	if (step <= announced || step >= ANNOUNCED_STEPS) return undefined;
	return { text: `排版进行中：已排 ${progress.pages} 页，第 ${progress.chapters} / ${progress.totalChapters} 章。`, step };
}

/** A file's size as readers are used to it: `850 KB`, `12.3 MB`. */
export function fileSize(bytes: number): string {
	if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
