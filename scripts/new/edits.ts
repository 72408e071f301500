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

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/;

/** The chapter with `checklistId` added to its frontmatter's `checklists`. */
export function addChecklistToChapter(source: string, checklistId: string): string {
	const match = FRONTMATTER.exec(source);
	if (!match) throw new Error('章节没有 frontmatter（以 --- 开头的字段区）。');
	const document = parseDocument(match[1] ?? '');
	const list = document.get('checklists', true);
	if (isSeq(list)) {
		if (!list.items.some((item) => String((item as { value?: unknown }).value ?? item) === checklistId)) list.add(checklistId);
	} else {
		const created = document.createNode([checklistId]);
		created.flow = true;
		document.set('checklists', created);
	}
	return `---\n${document.toString({ flowCollectionPadding: false }).trimEnd()}\n---${match[2]}${source.slice(match[0].length)}`;
}
