/**
 * A filled document as the page shows and prints it: the organisation's header, the title, the
 * addressee, the sections and the signature block. Every value, typed or recorded, goes in as a
 * text node, so HTML typed into a field shows as the characters typed. Fields are marked by where
 * they came from (record, typed, blank) for the screen; on paper only a blank stays marked.
 */
import { blankText, type FilledDocument, type FilledField, type FilledPiece } from '../../domain/documents/fill.ts';
import { h } from '../dom.ts';

const SOURCE_LABEL = { record: '来自记录', typed: '手工填写', blank: '待填写' } as const;

function fieldElement(field: FilledField): HTMLElement {
	const text = field.source === 'blank' ? blankText(field.label) : field.value;
	return h('span', { class: `doc-field doc-field-${field.source}`, title: `${SOURCE_LABEL[field.source]}：${field.label}` }, text);
}

const pieces = (parts: readonly FilledPiece[]) => parts.map((part) => (part.kind === 'text' ? part.text : fieldElement(part.field)));

/** The document sheet; `id` labels it for the print button. */
export function documentSheet(filled: FilledDocument, id: string): HTMLElement {
	return h(
		'article',
		{ class: 'document-sheet', id, 'aria-label': `文书预览：${filled.title}` },
		h('p', { class: 'doc-header' }, filled.organisation),
		h('h3', { class: 'doc-title' }, filled.title),
		filled.recipient && h('p', { class: 'doc-recipient' }, pieces(filled.recipient)),
		filled.sections.map((section) =>
			h(
				'section',
				{ class: 'doc-section' },
				h('h4', {}, section.heading),
				section.paragraphs.map((paragraph) => h('p', {}, pieces(paragraph))),
			),
		),
		h(
			'div',
			{ class: 'doc-signature' },
			h('p', {}, `${filled.organisation}（盖章）`),
			h('p', {}, `${filled.signer}：`, h('span', { class: 'doc-sign-line', 'aria-label': '签名处' })),
			h('p', {}, fieldElement(filled.date)),
		),
		h('p', { class: 'doc-basis' }, `依据：${filled.basis.join('；')}`),
	);
}

/** Which fields came from where, for the screen: the record, typed, still blank. */
export function provenanceList(filled: FilledDocument): HTMLElement {
	const group = (source: FilledField['source'], title: string) => {
		const names = filled.fields.filter((field) => field.source === source).map((field) => field.label);
		return h(
			'div',
			{ class: `doc-provenance-${source}` },
			h('dt', {}, `${title}（${names.length}）`),
			h('dd', {}, names.join('、') || '无'),
		);
	};
	return h(
		'dl',
		{ class: 'doc-provenance' },
		group('record', '从运行记录填入'),
		group('typed', '手工填写或改写'),
		group('blank', '尚未填写'),
	);
}
