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

/**
 * An excerpt of `content` (the page's plain text) around the first of `words` it holds, marked;
 * `undefined` when it holds none. For pages found by their hidden words and one passing mention,
 * where Pagefind's own excerpt has nothing to mark.
 */
export function excerptAround(content: string, words: readonly string[], length = 48): string | undefined {
	const long = words.filter((word) => [...word].length > 1);
	for (const word of long.length > 0 ? long : words) {
		const at = content.indexOf(word);
		if (at < 0) continue;
		const start = Math.max(0, at - Math.floor(length / 4));
		const end = Math.min(content.length, start + length);
		const text = content.slice(start, end).replace(/\s+/g, ' ').trim();
		return `${start > 0 ? '…' : ''}${markWords(escapeHtml(text), words)}${end < content.length ? '…' : ''}`;
	}
	return undefined;
}
