/**
 * The two edits to existing files `npm run new` makes, through the yaml package's Document API
 * so that the editors' comments and layout survive: the sidebar gains the new chapter, and a
 * chapter's frontmatter gains a checklist that names it (the check requires both directions).
 */
import { isMap, isSeq, parseDocument, type YAMLSeq } from 'yaml';

/** The sidebar with `chapterId` appended to the part labelled `part`. */
export function addToSidebar(source: string, chapterId: string, part: string): string {
	const document = parseDocument(source);
	const parts = document.contents;
	if (!isSeq(parts)) throw new Error('content/sidebar.yaml 不是列表，无法加入新章节。');
	const entry = parts.items.find((item) => isMap(item) && String(item.get('label')) === part);
	if (!isMap(entry)) throw new Error(`content/sidebar.yaml 中没有名为“${part}”的部分。`);
	const chapters = entry.get('chapters', true) as YAMLSeq | undefined;
	if (!isSeq(chapters)) throw new Error(`content/sidebar.yaml 的“${part}”部分没有 chapters 列表。`);
	if (!chapters.items.some((item) => String((item as { value?: unknown }).value ?? item) === chapterId)) chapters.add(chapterId);
	return document.toString({ flowCollectionPadding: false });
}

const FRONTMATTER = /^(\uFEFF?---\r?\n)([\s\S]*?)(\r?\n---(?:\r?\n|$))/;

/**
 * The chapter with `checklistId` added to its frontmatter's `checklists`, touching nothing else:
 * the yaml Document only says where the list is; the text is edited there, so every other field
 * keeps its quotes, folding and comments exactly as the editor wrote them.
 */
export function addChecklistToChapter(source: string, checklistId: string): string {
	const match = FRONTMATTER.exec(source);
	if (!match) throw new Error('章节没有 frontmatter（以 --- 开头的字段区）。');
	const [, opening = '', frontmatter = '', closing = ''] = match;
	const newline = frontmatter.includes('\r\n') ? '\r\n' : '\n';
	const document = parseDocument(frontmatter);
	const list = document.get('checklists', true);
	let edited: string;
	if (isSeq(list) && list.range) {
		if (list.items.some((item) => String((item as { value?: unknown }).value ?? item) === checklistId)) return source;
		const [start, end] = list.range;
		if (list.flow) {
			// [a, b] → [a, b, id]: insert before the closing bracket.
			const text = frontmatter.slice(start, end);
			const close = text.lastIndexOf(']');
			const inside = text.slice(0, close).replace(/\s+$/, '');
			edited = `${frontmatter.slice(0, start)}${inside}${list.items.length ? ', ' : ''}${checklistId}${text.slice(close)}${frontmatter.slice(end)}`;
		} else {
			// A block list: one more "- id" line after the last item, indented like the items.
			const last = list.items.at(-1) as { range?: [number, number, number] };
			const first = list.items[0] as { range?: [number, number, number] };
			const itemStart = first.range![0];
			const prefix = frontmatter.slice(frontmatter.lastIndexOf('\n', itemStart - 1) + 1, itemStart);
			const lineEnd = frontmatter.indexOf('\n', last.range![1] - 1);
			const at = lineEnd < 0 ? frontmatter.length : frontmatter[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
			edited = `${frontmatter.slice(0, at)}${newline}${prefix}${checklistId}${frontmatter.slice(at)}`;
		}
	} else if (document.has('checklists')) {
		// `checklists:` with nothing after it.
		edited = frontmatter.replace(/^checklists:.*$/m, `checklists: [${checklistId}]`);
	} else edited = `${frontmatter}${newline}checklists: [${checklistId}]`;
	return `${opening}${edited}${closing}${source.slice(match[0].length)}`;
}
