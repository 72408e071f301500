import { RUN_FIELDS, templatePieces } from '../../domain/documents/fields.ts';
import { CONTENT } from '../../manual/paths.ts';
import type { Manual } from '../load.ts';
import { problem, unknownIds, type ContentProblem } from '../problem.ts';

const list = (values: Iterable<string>) => [...values].join('、');
const RUN_FIELD_NAMES = list(Object.keys(RUN_FIELDS));

/**
 * Document templates hold to the law and to the run: each basis is a registered law (and a
 * verified article), every item of a contents list the law sets is covered by some section, and
 * every `{{…}}` is a field a run provides or a `{{填写：…}}` blank. A notice that silently drops
 * "what the person can do" would be sent at 2am exactly as written.
 */
export function documentProblems(manual: Manual): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const laws = manual.laws?.data ?? [];
	const lawsFile = manual.laws?.file ?? CONTENT.laws;
	const byName = new Map(laws.flatMap((law) => [law.name, ...law.aliases].map((name) => [name, law] as const)));
	const checklistIds = new Set([...manual.checklists, ...manual.rejectedChecklists].map((checklist) => checklist.id));

	for (const { file, data, locate } of manual.documents) {
		const required = new Map<string, { text: string; list: string; law: string }>();
		data.basis.forEach((basis, b) => {
			const at = (key: string) => ({ file, field: `basis[${b}].${key}`, ...locate(['basis', b, key]) });
			if (!manual.laws) return;
			const law = byName.get(basis.law);
			if (!law) {
				problems.push(
					problem('document/basis', {
						...at('law'),
						value: basis.law,
						hint: `${lawsFile} 中登记的法规：${list(laws.map((l) => l.name))}。请写登记的名称，或先核实原文并登记。`,
					}),
				);
				return;
			}
			if (basis.article !== undefined && !law.articles.includes(basis.article))
				problems.push(
					problem('document/basis', {
						...at('article'),
						value: String(basis.article),
						hint: `${lawsFile} 中《${law.name}》已核实的条款：${law.articles.length ? list(law.articles.map(String)) : '（无，不写 article）'}。`,
					}),
				);
			if (basis.contents === undefined) return;
			const contents = law.contents.find((candidate) => candidate.id === basis.contents);
			if (!contents) {
				problems.push(
					problem('document/contents', {
						...at('contents'),
						value: basis.contents,
						hint: `${lawsFile} 中《${law.name}》登记的必备事项清单：${list(law.contents.map((c) => `${c.id}（${c.title}）`)) || '（无）'}。请改成其中之一，或核实原文后先在该文件中登记。`,
					}),
				);
				return;
			}
			for (const item of contents.items) required.set(item.id, { text: item.text, list: contents.title, law: law.name });
		});

		const covered = new Set<string>();
		data.sections.forEach((section, s) => {
			problems.push(
				...unknownIds(
					'document/unknown-item',
					section.covers,
					new Set(required.keys()),
					{ file, locate, path: ['sections', s, 'covers'] },
					required.size
						? `本文书依据的法定事项：${list([...required].map(([id, item]) => `${id}（${item.text}）`))}。`
						: '本文书的 basis 没有写 contents，covers 无从对照：删除 covers，或在 basis 中写明必备事项清单。',
				),
			);
			for (const id of section.covers) covered.add(id);
			for (const [key, text] of [
				['text', section.text],
				['heading', section.heading],
			] as const)
				problems.push(...fieldProblems(file, `sections[${s}].${key}`, text, locate(['sections', s, key])));
		});
		if (data.recipient) problems.push(...fieldProblems(file, 'recipient', data.recipient, locate(['recipient'])));

		for (const [id, item] of required)
			if (!covered.has(id))
				problems.push(
					problem('document/missing-section', {
						file,
						field: 'sections',
						value: id,
						hint: `《${item.law}》要求写明“${item.text}”（${item.list}）。请在写明这一项的部分的 covers 中加上 ${id}；还没有这样的部分，就新增一部分写明它。`,
						...locate(['sections']),
					}),
				);

		problems.push(
			...unknownIds(
				'ref/checklist',
				data.checklists,
				checklistIds,
				{ file, locate, path: ['checklists'] },
				`已有的清单：${list(checklistIds)}。`,
			),
		);
	}
	return problems;
}

/** Every `{{…}}` in `text` names a run field or is a `{{填写：…}}` blank; no brace is left unpaired. */
function fieldProblems(file: string, field: string, text: string, where: { line: number; column: number } | undefined): ContentProblem[] {
	const problems: ContentProblem[] = [];
	// A block scalar (`text: |-`) starts on the line after its key: point at the line the field is on.
	let cursor = 0;
	const lineOf = (needle: string) => {
		const index = text.indexOf(needle, cursor);
		if (index < 0 || !where) return where;
		cursor = index + needle.length;
		const before = text.slice(0, index).split('\n').length - 1;
		return text.includes('\n') ? { line: where.line + 1 + before, column: 1 } : where;
	};
	for (const piece of templatePieces(text)) {
		if (piece.kind === 'run' && !Object.hasOwn(RUN_FIELDS, piece.name))
			problems.push(
				problem('document/unknown-field', {
					file,
					field,
					value: piece.name,
					hint: `运行记录提供的字段：${RUN_FIELD_NAMES}。请改成其中之一；要由起草人在页面上手填的，写成 {{填写：${piece.name || '说明'}}}。`,
					...lineOf(`{{${piece.name}`),
				}),
			);
		if (piece.kind === 'text' && /\{\{|\}\}/.test(piece.text))
			problems.push(
				problem('document/unknown-field', {
					file,
					field,
					value: piece.text.trim().slice(0, 40),
					hint: '字段写成成对的 {{字段名}}：检查是否少写了一个花括号。',
					...where,
				}),
			);
	}
	return problems;
}
