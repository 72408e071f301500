/**
 * A filled document as a Word file (.docx) for finishing in WPS or Word: A4, the organisation's
 * name in the page header, the title, the sections, and a signature block. Blanks stay visible
 * (【待填写：…】, highlighted). Built with the `docx` library, which escapes every text it is
 * given: typed text never becomes markup in the file. This module is loaded only when someone
 * asks for a .docx (the library is the largest thing the draft panel could load).
 */
import { AlignmentType, Document, Header, Packer, Paragraph, TextRun } from 'docx';
import { blankText, type FilledDocument, type FilledPiece } from './fill.ts';

/** Half-points: 小四 (12 pt) for text, 小二 (18 pt) for the title. */
const TEXT_SIZE = 24;
const TITLE_SIZE = 36;
const FONT = { ascii: 'SimSun', eastAsia: 'SimSun', hAnsi: 'SimSun' };
/** A4 in twentieths of a point, with 2.5 cm margins. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1418;

/** Text runs for a piece of text that may hold line breaks (a list filled from the record). */
function runs(text: string, options: { highlight?: 'yellow'; bold?: boolean } = {}): TextRun[] {
	return text.split('\n').map((line, index) => new TextRun({ text: line, ...(index > 0 ? { break: 1 } : {}), ...options }));
}

function pieceRuns(pieces: readonly FilledPiece[]): TextRun[] {
	return pieces.flatMap((piece) =>
		piece.kind === 'text'
			? runs(piece.text)
			: piece.field.source === 'blank'
				? runs(blankText(piece.field.label), { highlight: 'yellow' })
				: runs(piece.field.value),
	);
}

const paragraph = (
	children: TextRun[],
	options: { alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]; before?: number } = {},
) =>
	new Paragraph({
		children,
		...(options.alignment ? { alignment: options.alignment } : {}),
		spacing: { after: 120, ...(options.before ? { before: options.before } : {}), line: 360 },
	});

/** The .docx file's paragraphs, in reading order. */
export function docxParagraphs(filled: FilledDocument): Paragraph[] {
	const date = filled.date.source === 'blank' ? blankText(filled.date.label) : filled.date.value;
	return [
		new Paragraph({
			children: [new TextRun({ text: filled.title, bold: true, size: TITLE_SIZE })],
			alignment: AlignmentType.CENTER,
			spacing: { after: 240 },
		}),
		...(filled.recipient ? [paragraph(pieceRuns(filled.recipient))] : []),
		...filled.sections.flatMap((section) => [
			paragraph(runs(section.heading, { bold: true }), { before: 120 }),
			...section.paragraphs.map((pieces) => paragraph(pieceRuns(pieces))),
		]),
		paragraph(runs(`${filled.organisation}（盖章）`), { alignment: AlignmentType.RIGHT, before: 480 }),
		paragraph(runs(`${filled.signer}：＿＿＿＿＿＿＿＿`), { alignment: AlignmentType.RIGHT }),
		paragraph(runs(date), { alignment: AlignmentType.RIGHT }),
	];
}

/** The document as a .docx file. */
export function documentToDocx(filled: FilledDocument): Promise<Blob> {
	const file = new Document({
		creator: filled.organisation,
		title: filled.title,
		styles: { default: { document: { run: { font: FONT, size: TEXT_SIZE } } } },
		sections: [
			{
				properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
				headers: {
					default: new Header({
						children: [
							new Paragraph({ children: [new TextRun({ text: filled.organisation, size: 21 })], alignment: AlignmentType.CENTER }),
						],
					}),
				},
				children: docxParagraphs(filled),
			},
		],
	});
	return Packer.toBlob(file);
}
