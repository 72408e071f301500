/**
 * What the search index knows about each page besides its visible text: whether it is indexed at
 * all, the result type and part it is filtered and labelled by, and the everyday words (glossary
 * synonyms) it is found by. Pure logic, so `node --test` covers it; `plan-data.ts` feeds it
 * the collections and `middleware.ts` writes the result into each page's `<head>`.
 */
import type { Checklist, ChecklistKind } from '../schemas/checklist.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { PARTS } from '../schemas/chapter.ts';
import { DATA_PAGES } from '../domain/routes.ts';
import { FILLER_WORDS } from './query.ts';

export type Part = (typeof PARTS)[number];

/** Result types, in the order the filter lists them. Reference pages are the generated data pages. */
export const RESULT_TYPES = ['章节', '清单', '术语', '资料'] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

export interface SearchFacets {
	type: ResultType;
	part: Part | undefined;
}

/** The text the synonym assignment reads for one page. */
export interface SearchDocument {
	path: string;
	title: string;
	description: string;
	headings: string[];
	body: string;
}

/**
 * Pages that only point elsewhere are left out of the index: the home page, the list of all
 * checklists and the content status page repeat every title, so they would crowd out the pages
 * they link to.
 */
export const UNINDEXED_PATHS: readonly string[] = ['/', DATA_PAGES.checklists, DATA_PAGES.status];

const KIND_PARTS: Record<ChecklistKind, Part> = { incident: '应急', drill: '应急', review: '应急', routine: '运营', onboarding: '培训' };

/** Part of the manual a checklist belongs to: its first chapter's part, else its kind's usual part. */
export function checklistPart(checklist: Pick<Checklist, 'kind' | 'chapters'>, chapterParts: ReadonlyMap<string, Part>): Part {
	for (const id of checklist.chapters) {
		const part = chapterParts.get(id);
		if (part) return part;
	}
	return KIND_PARTS[checklist.kind];
}

/** The words of a checklist that describe the procedure, as the page indexes them. */
export function checklistDocument(path: string, checklist: Checklist): SearchDocument {
	return {
		path,
		title: checklist.title,
		description: checklist.summary,
		headings: checklist.phases.map((phase) => phase.title),
		body: [
			checklist.trigger,
			...checklist.severities.map((severity) => severity.when),
			...checklist.phases.flatMap((phase) => phase.steps.flatMap((step) => [step.text, step.detail ?? ''])),
		].join('\n'),
	};
}

/** A chapter's MDX reduced to what a reader sees: no imports, components, link targets or markup. */
export function chapterDocument(path: string, title: string, description: string, mdx: string): SearchDocument {
	const headings: string[] = [];
	const body = mdx
		.replace(/^(import|export)\s.*$/gm, '')
		.replace(/^(#{2,6})\s+(.*)$/gm, (_, _hashes: string, text: string) => {
			headings.push(text);
			return '';
		})
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/<[^>]*>/g, ' ')
		.replace(/:::\w*|[*_`#>[\]|]+/g, ' ');
	return { path, title, description, headings, body };
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * Words as the browser splits a query: Pagefind runs `Intl.Segmenter` over what staff type, so
 * index words cut the same way match exactly (`宕机` becomes `宕` and `机`, `打不开` stays whole).
 */
export function searchWords(text: string): string[] {
	const words: string[] = [];
	for (const { segment, isWordLike } of segmenter.segment(text)) if (isWordLike) words.push(segment.toLocaleLowerCase('zh-CN'));
	return words;
}

/**
 * A word or phrase as index words: its query-style pieces, and the whole phrase too when it has
 * no spaces, since in a longer query the segmenter may keep it whole (`断网` alone is cut into
 * `断` and `网`, but `办公室断网` keeps `断网`).
 */
export function indexForms(phrase: string): string[] {
	const words = searchWords(phrase);
	const whole = phrase.toLocaleLowerCase('zh-CN');
	return words.length > 1 && !/\s/.test(whole) ? [whole, ...words] : words;
}

/** Joining words that tell nothing about a page; with the query filler, left out of its summary words. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
	'与 和 及 以及 或 并 而 时 的 等 在 为 对 由 从 到 按 后 前 中 先 再 其 之 各 每'.split(' '),
);

/**
 * The words of a page's title and one-line description, cut as a query is. Starlight shows the
 * description under the title but does not put it in the page body, so without these words a
 * page would not be found by its own summary.
 */
export function summaryWords(title: string, description: string): string[] {
	const words = searchWords(`${title} ${description}`).filter((word) => !FILLER_WORDS.has(word) && !FUNCTION_WORDS.has(word));
	return [...new Set(words)];
}

function occurrences(text: string, form: string): number {
	let count = 0;
	for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) count++;
	return count;
}

export interface SynonymOptions {
	/** At most this many pages receive one glossary entry's words. */
	maxPages: number;
	/** A page needs at least this share of the best page's score for the entry. */
	relativeScore: number;
	/** …and at least this absolute score, so a passing mention is not enough. */
	minScore: number;
}

export const DEFAULT_SYNONYM_OPTIONS: SynonymOptions = { maxPages: 2, relativeScore: 0.35, minScore: 4 };

/** Where a form occurs counts this much: a title match says more than a passing mention. */
const PLACE_WEIGHTS = { title: 6, description: 3, headings: 2, body: 1 } as const;
/** The formal term names the concept; a synonym found in the text is weaker evidence. */
const TERM_WEIGHT = 2;

/**
 * Decides which glossary entries each page is about and returns, per page path, the words to add
 * to its index: every form of those entries (term and synonyms) cut as a query would be.
 *
 * A page is about an entry when the entry's forms occur prominently in it. Forms are weighted by
 * where they occur and by how rare they are across the manual (a form on every page, such as 申报,
 * says little), and only the few best pages get the entry's words, so a colloquial word leads to
 * the procedure for it rather than to every page that mentions it.
 */
export function assignSynonyms(
	documents: readonly SearchDocument[],
	glossary: readonly Pick<GlossaryEntry, 'term' | 'synonyms'>[],
	options: SynonymOptions = DEFAULT_SYNONYM_OPTIONS,
): Map<string, string[]> {
	const texts = documents.map((document) => ({
		path: document.path,
		title: document.title,
		description: document.description,
		headings: document.headings.join('\n'),
		body: document.body,
		all: [document.title, document.description, ...document.headings, document.body].join('\n'),
	}));
	const assigned = new Map<string, Set<string>>();
	for (const entry of glossary) {
		const forms = [entry.term, ...entry.synonyms].filter((form) => [...form].length >= 2);
		const weights = new Map(
			forms.map((form) => {
				const pages = texts.filter((text) => text.all.includes(form)).length;
				const rarity = pages === 0 ? 0 : Math.log(1 + texts.length / pages);
				return [form, rarity * (form === entry.term ? TERM_WEIGHT : 1)];
			}),
		);
		const scored = texts
			.map((text) => {
				let score = 0;
				for (const form of forms) {
					const weight = weights.get(form) ?? 0;
					if (weight === 0) continue;
					score +=
						weight *
						(PLACE_WEIGHTS.title * occurrences(text.title, form) +
							PLACE_WEIGHTS.description * occurrences(text.description, form) +
							PLACE_WEIGHTS.headings * occurrences(text.headings, form) +
							PLACE_WEIGHTS.body * occurrences(text.body, form));
				}
				return { path: text.path, score };
			})
			.filter(({ score }) => score > 0)
			.sort((a, b) => b.score - a.score || a.path.localeCompare(b.path));
		const best = scored[0]?.score ?? 0;
		const words = [entry.term, ...entry.synonyms].flatMap(indexForms);
		for (const { path, score } of scored.slice(0, options.maxPages)) {
			if (score < options.minScore || score < best * options.relativeScore) break;
			const set = assigned.get(path) ?? new Set<string>();
			for (const word of words) set.add(word);
			assigned.set(path, set);
		}
	}
	return new Map([...assigned].map(([path, words]) => [path, [...words]]));
}
