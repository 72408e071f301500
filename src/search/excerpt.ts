/**
 * Highlights for merged results. Pagefind marks the words of the search that found a page; a page
 * the planner merged from several one-word searches must show every query word it holds, so its
 * excerpts are marked again here. Excerpts are Pagefind's: escaped text with `<mark>` elements.
 */

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The excerpt with Pagefind's marks replaced by one mark around each occurrence of any of `words`. */
export function markWords(excerpt: string, words: readonly string[]): string {
	const plain = excerpt.replace(/<\/?mark>/g, '');
	// A single character (发, 套) would light up half the excerpt; it is marked only when it is all there is.
	const long = words.filter((word) => [...word].length > 1);
	const forms = [...new Set((long.length > 0 ? long : words).map(escapeHtml))].filter(Boolean).sort((a, b) => b.length - a.length);
	if (forms.length === 0) return plain;
	const pattern = new RegExp(forms.map(escapeRegExp).join('|'), 'gi');
	return plain.replace(pattern, (match) => `<mark>${match}</mark>`);
}
