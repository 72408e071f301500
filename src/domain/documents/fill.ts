/**
 * A document template filled from run records: what the run knows goes in, marked as taken from
 * the record; what the drafter typed goes in, marked as typed; the rest stays a visible blank
 * (`【待填写：…】`), never a raw `{{…}}`. Typed text is data, never markup: every output treats
 * it as text (the page builds text nodes, the .docx library escapes XML, plain text is plain).
 */
import type { DocumentTemplate } from '../../schemas/document-template.ts';
import { blankKey, isRunField, RUN_FIELDS, templatePieces, type RunFieldName } from './fields.ts';
import { runFieldValues, type DocumentSource } from './run-fields.ts';

export type { DocumentSource };

/** What the page needs of a template: the parsed file, its id (the file name) and its basis as printed. */
export type DraftableTemplate = Pick<DocumentTemplate, 'title' | 'summary' | 'recipient' | 'sections' | 'signer' | 'merges'> & {
	id: string;
	/** The basis as the document prints it, e.g. 《个人信息保护法》第五十七条. */
	basis: string[];
};

export type FieldSource = 'record' | 'typed' | 'blank';

export interface FilledField {
	/** Where a draft keeps what was typed for it: the run field's name, or 填写：label. */
	key: string;
	/** What the field is, as the page labels it. */
	label: string;
	source: FieldSource;
	/** The value shown; for a blank, what the record had (nothing). */
	value: string;
	/** For a run field: what the record holds, whether or not the drafter typed over it. */
	recorded?: string;
}

export type FilledPiece = { kind: 'text'; text: string } | { kind: 'field'; field: FilledField };

export interface FilledDocument {
	title: string;
	organisation: string;
	basis: string[];
	recipient: FilledPiece[] | undefined;
	sections: { heading: string; paragraphs: FilledPiece[][] }[];
	signer: string;
	/** The date printed under the signature: the drafting date, or what was typed over it. */
	date: FilledField;
	/** Every field once, in the order the document first uses it. */
	fields: FilledField[];
}

/** Typed values by key; an empty string counts as not typed. */
export type TypedValues = Readonly<Record<string, string>>;

/** Fills `template` from the runs in `source` and the drafter's typed values. */
export function fillTemplate(template: DraftableTemplate, source: DocumentSource, typed: TypedValues = {}): FilledDocument {
	const recorded = runFieldValues(source);
	const fields = new Map<string, FilledField>();
	const field = (key: string, label: string, fromRecord: string | undefined, isRun: boolean): FilledField => {
		const known = fields.get(key);
		if (known) return known;
		const own = typed[key];
		const filled: FilledField =
			own !== undefined && own.trim() !== ''
				? { key, label, source: 'typed', value: own }
				: fromRecord !== undefined && fromRecord !== ''
					? { key, label, source: 'record', value: fromRecord }
					: { key, label, source: 'blank', value: '' };
		if (isRun && fromRecord !== undefined) filled.recorded = fromRecord;
		fields.set(key, filled);
		return filled;
	};
	const pieces = (text: string): FilledPiece[] =>
		templatePieces(text).map((piece): FilledPiece => {
			if (piece.kind === 'text') return piece;
			if (piece.kind === 'blank') return { kind: 'field', field: field(blankKey(piece.label), piece.label, undefined, false) };
			// An unknown name never passes the content check; should one reach the page, it is a blank, not a raw token.
			const name = piece.name;
			return { kind: 'field', field: field(name, name, isRunField(name) ? recorded[name] : undefined, isRunField(name)) };
		});
	const recipient = template.recipient ? pieces(template.recipient) : undefined;
	const sections = template.sections.map((section) => ({
		heading: section.heading,
		paragraphs: section.text
			.split('\n')
			.filter((line) => line.trim() !== '')
			.map(pieces),
	}));
	const date = field('起草日期' satisfies RunFieldName, '起草日期', recorded['起草日期'], true);
	return {
		title: template.title,
		organisation: source.organisation,
		basis: template.basis,
		recipient,
		sections,
		signer: template.signer,
		date,
		fields: [...fields.values()],
	};
}

/** A blank as every output shows it: plainly a gap, with what belongs there. */
export const blankText = (label: string) => `【待填写：${label}】`;

/** A field's text in an output. */
export const fieldText = (field: FilledField) => (field.source === 'blank' ? blankText(field.label) : field.value);

const line = (pieces: readonly FilledPiece[]) =>
	pieces.map((piece) => (piece.kind === 'text' ? piece.text : fieldText(piece.field))).join('');

/**
 * The document as plain text, for WeChat or e-mail: header, title, addressee, sections,
 * signature. Blanks stay visible as 【待填写：…】.
 */
export function documentToText(filled: FilledDocument): string {
	return [
		filled.organisation,
		'',
		filled.title,
		'',
		...(filled.recipient ? [line(filled.recipient), ''] : []),
		...filled.sections.flatMap((section) => [section.heading, ...section.paragraphs.map(line), '']),
		`${filled.organisation}（盖章）`,
		`${filled.signer}：`,
		fieldText(filled.date),
		'',
	].join('\n');
}

/** Which fields came from where, in one sentence each, for the page and the record. */
export function provenance(filled: FilledDocument): Record<FieldSource, string[]> {
	const by: Record<FieldSource, string[]> = { record: [], typed: [], blank: [] };
	for (const field of filled.fields) by[field.source].push(field.label);
	return by;
}

/** What a run field means, for the page's legend (blanks are the drafter's own). */
export const fieldMeaning = (key: string): string | undefined => (isRunField(key) ? RUN_FIELDS[key] : undefined);
