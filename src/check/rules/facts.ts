import { readText } from '../text.ts';
import { CONTENT } from '../../manual/paths.ts';
import { LEGAL_TABLES, type LegalFact, type LegalTableName, type Misstatement } from '../../schemas/legal-facts.ts';
import type { Manual } from '../load.ts';
import { fieldPath, problem, type ContentProblem } from '../problem.ts';
import { splitFrontmatter } from '../yaml.ts';
import { checklistTexts } from './texts.ts';
import { durations, normaliseAmounts, type Duration } from '../amounts.ts';

/**
 * Spelling does not make a figure different: 2,000 元 is 2000元, 三十年 is 30 年, 3 天 is 3 日.
 * Remembered, because every sentence is compared with every fact's words.
 */
const normalised = new Map<string, string>();
function normalise(text: string): string {
	let result = normalised.get(text);
	if (result === undefined) normalised.set(text, (result = normaliseAmounts(text)));
	return result;
}

/**
 * The units a restatement is looked for in: a sentence (to 。 or ；) or a table row, each with
 * its line. A fact is restated when one unit names its subject and gives its figure.
 */
function sentences(body: string, firstLine: number): { text: string; line: number }[] {
	return body.split('\n').flatMap((line, index) => {
		if (/^\s*(import|export)\s/.test(line)) return [];
		const parts = line.trimStart().startsWith('|') ? [line] : line.split(/[。；]/);
		return parts.filter((part) => part.trim()).map((text) => ({ text, line: firstLine + index }));
	});
}

const restates = (fact: LegalFact, text: string) => {
	const unit = normalise(text);
	return fact.mentions.some((mention) => unit.includes(normalise(mention))) && fact.values.some((value) => unit.includes(normalise(value)));
};

type TabledFact = { table: LegalTableName; fact: LegalFact };

const mentions = (fact: LegalFact, text: string) => {
	const unit = normalise(text);
	return fact.mentions.some((mention) => unit.includes(normalise(mention)));
};

/** Remembered like `normalise`: a sentence is compared with every fact. */
const durationsOf = new Map<string, Duration[]>();
function lengthsIn(text: string): Duration[] {
	const unit = normalise(text);
	let found = durationsOf.get(unit);
	if (found === undefined) durationsOf.set(unit, (found = durations(unit)));
	return found;
}

/**
 * The registered lengths of time a sentence gives differently: it names the fact and a length in the
 * fact's unit (年, 月 or 日, whatever the spelling) that is none of the registered ones.
 */
function differentValue(fact: LegalFact, text: string): string | undefined {
	if (!mentions(fact, text)) return undefined;
	const registered = fact.values.flatMap(lengthsIn);
	if (!registered.length) return undefined;
	const same = (a: Duration, b: Duration) => a.unit === b.unit && a.amount === b.amount;
	const written = lengthsIn(text).filter((duration) => registered.some((known) => known.unit === duration.unit));
	if (written.some((duration) => registered.some((known) => same(known, duration)))) return undefined;
	const wrong = written[0];
	return wrong ? `${wrong.amount} ${wrong.unit === '日' ? '天' : wrong.unit === '月' ? '个月' : '年'}` : undefined;
}

function differentValueProblem(
	file: string,
	field: string,
	text: string,
	{ table, fact }: TabledFact,
	where: { line?: number; column?: number },
): ContentProblem {
	const written = differentValue(fact, text);
	return problem('facts/different-value', {
		file,
		field,
		value: text.trim().slice(0, 60),
		message: `写的是 ${written}，与登记的“${fact.subject.slice(0, 20)}”不同`,
		hint: `${CONTENT.legalFacts}（${table}，id: ${fact.id}）登记的是“${fact.short ?? fact.rule}”（${fact.basis}）。请改成登记的值${
			field === '正文' ? `，最好写 <LegalFact id="${fact.id}" />，不手写数字` : ''
		}；确认法规已改的，先改 ${CONTENT.legalFacts}。`,
		...where,
	});
}

/**
 * A chapter may not write out by hand a legal figure that has a data source: it renders the table
 * with <LegalTable> or the figure with <LegalFact>, so a change in the law is one edit.
 */
export function restatedFactProblems(root: string, manual: Manual): ContentProblem[] {
	if (!manual.legalFacts) return [];
	const tables = manual.legalFacts.data;
	const facts = (Object.keys(LEGAL_TABLES) as LegalTableName[]).flatMap((table) => tables[table].map((fact) => ({ table, fact })));
	const problems: ContentProblem[] = [];
	for (const chapter of manual.chapters) {
		const parts = splitFrontmatter(readText(root, chapter.file));
		if (!parts) continue;
		const reported = new Set<number>();
		for (const { text, line } of sentences(parts.body, parts.bodyLine)) {
			const found = facts.find(({ fact }) => restates(fact, text));
			const different = found ? undefined : facts.find(({ fact }) => differentValue(fact, text));
			if (different && !reported.has(line)) {
				reported.add(line);
				problems.push(differentValueProblem(chapter.file, '正文', text, different, { line }));
			}
			if (!found || reported.has(line)) continue;
			reported.add(line);
			const { table, fact } = found;
			problems.push(
				problem('facts/restated', {
					file: chapter.file,
					field: '正文',
					value: text.trim().slice(0, 60),
					hint: `“${fact.subject}”的数字登记在 ${CONTENT.legalFacts}（${table}，id: ${fact.id}）：整张表写 <LegalTable table="${table}" />，句中写 <LegalFact id="${fact.id}" />，不要手写数字（${LEGAL_TABLES[table]}）。`,
					line,
				}),
			);
		}
	}
	// Checklists cannot render <LegalFact>, but a figure they give must still be the registered one.
	for (const { file, data, locate } of manual.checklists)
		for (const { path, text } of checklistTexts(data)) {
			const different = facts.find(({ fact }) => differentValue(fact, text));
			if (different) problems.push(differentValueProblem(file, fieldPath(path), text, different, locate(path) ?? {}));
		}
	return problems;
}

/**
 * Read clause by clause (to the next comma): “过了截止日，只能补报，不能申请延期” is right, “报不上的
 * 次日申请延期申报” is not, and only the clause keeps the circumstance next to what is done in it.
 */
const misstates = (misstatement: Misstatement, text: string) =>
	text.split(/[，,。；;：:]/).some((clause) => {
		const unit = normalise(clause);
		const has = (words: readonly string[]) => words.some((word) => unit.includes(normalise(word)));
		return has(misstatement.when) && has(misstatement.says) && !has(misstatement.unless);
	});

/**
 * A fact restated wrongly, in a chapter's prose or anywhere in a checklist: a sentence that says
 * what `misstatements` in content/facts/legal-facts.yaml describes (e.g. applying for an extension
 * the day after the deadline). The hint gives the correct statement and where it is rendered from.
 */
export function contradictedFactProblems(root: string, manual: Manual): ContentProblem[] {
	if (!manual.legalFacts) return [];
	const tables = manual.legalFacts.data;
	const wrongs = (Object.keys(LEGAL_TABLES) as LegalTableName[]).flatMap((table) =>
		tables[table].flatMap((fact) => fact.misstatements.map((misstatement) => ({ table, fact, misstatement }))),
	);
	if (!wrongs.length) return [];
	const found = (text: string) => wrongs.find(({ misstatement }) => misstates(misstatement, text));
	const hint = ({ table, fact, misstatement }: (typeof wrongs)[number], where: 'chapter' | 'checklist') =>
		`这与 ${CONTENT.legalFacts}（${table}，id: ${fact.id}）相反：${misstatement.correct}（${fact.basis}）。${
			where === 'chapter'
				? `请删去这句，改用 <LegalTable table="${table}" /> 或 <LegalFact id="${fact.id}" /> 显示。`
				: '请改正这句，并在 links 中链接到显示这张表的章节。'
		}`;
	const problems: ContentProblem[] = [];
	for (const chapter of manual.chapters) {
		const parts = splitFrontmatter(readText(root, chapter.file));
		if (!parts) continue;
		for (const { text, line } of sentences(parts.body, parts.bodyLine)) {
			const wrong = found(text);
			if (wrong)
				problems.push(
					problem('facts/contradicted', {
						file: chapter.file,
						field: '正文',
						value: text.trim().slice(0, 60),
						hint: hint(wrong, 'chapter'),
						line,
					}),
				);
		}
	}
	for (const { file, data, locate } of manual.checklists)
		for (const { path, text } of checklistTexts(data))
			for (const part of text.split(/[。；]/)) {
				const wrong = found(part);
				if (!wrong) continue;
				problems.push(
					problem('facts/contradicted', {
						file,
						field: fieldPath(path),
						value: part.trim().slice(0, 60),
						hint: hint(wrong, 'checklist'),
						...locate(path),
					}),
				);
				break;
			}
	return problems;
}

// 距截止日 3 天以内 / 距申报截止日 4 至 7 日 / 已逾期: the deadline conditions a level may state,
// read after normaliseAmounts (so 三天, 3 天 and 3 日 are all 3日).
const WITHIN = /截止日[^；，。、]{0,6}?(\d+)日以内/;
const RANGE = /截止日[^；，。、]{0,6}?(\d+)至\d+日/;
const OVERDUE = /已逾期|已有申报逾期/;

/**
 * A level that names a distance to the filing deadline must be the level the response rules give
 * that distance: in a checklist's severities and in a chapter's table of its levels alike, so
 * the one grading of deadlines holds however many pages repeat it.
 */
export function deadlineLevelProblems(root: string, manual: Manual): ContentProblem[] {
	if (!manual.responseRules) return [];
	const { file: rulesFile, data: rules } = manual.responseRules;
	const bands = [...rules.deadlineBands].sort((a, b) => a.maxDays - b.maxDays);
	const levelName = (id: string) => rules.levels.find((level) => level.id === id)?.name ?? id;
	const lowest = rules.levels.at(-1)!.id;
	/** The conditions in `when` that give a level other than `level`, with the level they should have. */
	const misplaced = (level: string, when: string) =>
		when.split(/[；;]/).flatMap((condition) => {
			const normalised = normaliseAmounts(condition);
			const within = WITHIN.exec(normalised) ?? RANGE.exec(normalised);
			const days = within ? Number(within[1]) : undefined;
			const expected = OVERDUE.test(condition)
				? rules.levels[0]!.id
				: days === undefined
					? undefined
					: (bands.find((band) => days <= band.maxDays)?.level ?? lowest);
			return expected && expected !== level ? [{ condition: condition.trim(), expected }] : [];
		});
	const hint = (expected: string) =>
		`${rulesFile} 规定这一条件属于${levelName(expected)}（${expected}），不论涉及几户客户。请把它移到${levelName(expected)}，或删去。`;
	const problems: ContentProblem[] = [];
	for (const { file, data, locate } of manual.checklists) {
		if (data.kind !== 'incident') continue;
		data.severities.forEach((severity, index) => {
			for (const { condition, expected } of misplaced(severity.id, severity.when))
				problems.push(
					problem('facts/deadline-level', {
						file,
						field: `severities[${index}].when`,
						value: condition,
						hint: hint(expected),
						...locate(['severities', index, 'when']),
					}),
				);
		});
	}
	// A chapter's levels table: | 一级（L1） | … | or | 一级 | L1 | … |.
	for (const chapter of manual.chapters) {
		const parts = splitFrontmatter(readText(root, chapter.file));
		if (!parts) continue;
		parts.body.split('\n').forEach((line, index) => {
			const level = /^\|[^|]*?(?:\|\s*)?\b(L[1-4])\b/.exec(line)?.[1];
			if (!level || !line.trimStart().startsWith('|')) return;
			for (const { condition, expected } of misplaced(level, line.replace(/^\|[^|]*\|(\s*L[1-4]\s*\|)?/, '')))
				problems.push(
					problem('facts/deadline-level', {
						file: chapter.file,
						field: '正文',
						value: condition.replace(/\|/g, '').trim(),
						hint: hint(expected),
						line: parts.bodyLine + index,
					}),
				);
		});
	}
	return problems;
}
