import { getCalendars, getChapters, getChecklists, getGlossary, getRoles, organisation } from '../manual/index.ts';
import { chapterPath, checklistPath, DATA_PAGE_LABELS, DATA_PAGES } from '../domain/routes.ts';
import {
	assignSynonyms,
	chapterDocument,
	checklistDocument,
	checklistPart,
	indexForms,
	UNINDEXED_PATHS,
	type Part,
	type SearchDocument,
	type SearchFacets,
} from './index-plan.ts';
import type { SearchVocabulary } from './planner.ts';
import { searchVocabulary } from './weights.ts';

/** How one page enters the search index. */
export interface SearchEntry extends SearchFacets {
	/** Glossary words the page is found by, besides its own text. */
	synonyms: string[];
	/** Words of the page's own symptoms, and of those of the checklists that explain themselves by this chapter. */
	symptoms: string[];
}

/** Facets and synonyms for every indexed page, by path; `null` for a page kept out of the index. */
export type SearchPlan = ReadonlyMap<string, SearchEntry | null>;

interface BuiltPlan {
	plan: SearchPlan;
	/** Page count and compounds, for the query planner in the dialog. */
	vocabulary: SearchVocabulary;
}

async function buildPlan(): Promise<BuiltPlan> {
	const [chapters, checklists, glossary, roles, calendars] = await Promise.all([
		getChapters(),
		getChecklists(),
		getGlossary(),
		getRoles(),
		getCalendars(),
	]);
	const chapterParts = new Map<string, Part>();
	const documents: SearchDocument[] = [];
	const facets = new Map<string, SearchFacets>();
	for (const chapter of chapters) {
		const path = chapterPath(chapter.id);
		const part = chapter.data.part;
		if (UNINDEXED_PATHS.includes(path) || !part) continue;
		chapterParts.set(chapter.id, part);
		facets.set(path, { type: '章节', part });
		documents.push(chapterDocument(path, chapter.data.title, chapter.data.description ?? '', chapter.body ?? ''));
	}
	const symptoms = new Map<string, string[]>();
	const addSymptoms = (path: string, phrases: readonly string[]) =>
		symptoms.set(path, [...new Set([...(symptoms.get(path) ?? []), ...phrases.flatMap(indexForms)])]);
	for (const chapter of chapters) if (chapterParts.has(chapter.id)) addSymptoms(chapterPath(chapter.id), chapter.data.symptoms ?? []);
	for (const { id, data } of checklists) {
		const path = checklistPath(id);
		facets.set(path, { type: '清单', part: checklistPart(data, chapterParts) });
		documents.push(checklistDocument(path, data));
		addSymptoms(path, data.symptoms);
		// An incident chapter is found by the symptoms of its checklist too: staff may want the why before the steps.
		for (const chapter of data.chapters) addSymptoms(chapterPath(chapter), data.symptoms);
	}
	// The glossary lists every synonym itself; the other data pages are found by their data.
	facets.set(DATA_PAGES.glossary, { type: '术语', part: undefined });
	const reference = (key: 'roles' | 'contacts' | 'calendar', body: string[]) => {
		facets.set(DATA_PAGES[key], { type: '资料', part: undefined });
		documents.push({ path: DATA_PAGES[key], title: DATA_PAGE_LABELS[key], description: '', headings: [], body: body.join('\n') });
	};
	reference(
		'roles',
		[...roles.values()].flatMap((role) => [role.name, ...role.duties]),
	);
	reference(
		'contacts',
		organisation.contacts.flatMap((contact) => [contact.label, contact.when]),
	);
	reference(
		'calendar',
		calendars.flatMap((calendar) => [...calendar.monthly.map((row) => row.covers), ...calendar.annual.map((item) => item.name)]),
	);

	const synonyms = assignSynonyms(documents, glossary);
	const plan = new Map<string, SearchEntry | null>(UNINDEXED_PATHS.map((path) => [path, null]));
	for (const [path, facet] of facets) plan.set(path, { ...facet, synonyms: synonyms.get(path) ?? [], symptoms: symptoms.get(path) ?? [] });
	const texts = documents.map((document) => ({
		text: [document.title, document.description, ...document.headings, document.body].join('\n'),
		words: [...(synonyms.get(document.path) ?? []), ...(symptoms.get(document.path) ?? [])],
		headline: [document.title, document.description, ...document.headings].join('\n'),
	}));
	const glossaryForms = glossary.flatMap((entry) => [entry.term, ...entry.synonyms]);
	return { plan, vocabulary: searchVocabulary(texts, glossaryForms) };
}

let built: Promise<BuiltPlan> | undefined;

/** Computed once per build: every page's route middleware reads the same plan. */
export async function getSearchPlan(): Promise<SearchPlan> {
	return (await (built ??= buildPlan())).plan;
}

/** The planner's vocabulary of the same build, for `src/pages/search-vocabulary.json.ts`. */
export async function getSearchVocabulary(): Promise<SearchVocabulary> {
	return (await (built ??= buildPlan())).vocabulary;
}
