/**
 * Which templates a run may draft: the page embeds every template it offers with the categories
 * it serves, and the category of each checklist (a run's frozen copy names its checklist, not the
 * checklist's category).
 */
import type { DocumentTemplate } from '../../schemas/document-template.ts';
import type { ChecklistRun } from '../run/model.ts';
import type { DraftableTemplate } from './fill.ts';

/** A template as a page embeds it: what filling needs, and whom it serves. */
export type OfferedTemplate = DraftableTemplate & Pick<DocumentTemplate, 'categories' | 'checklists'>;

/** What a page embeds for the draft panel. */
export interface DocumentCatalogue {
	/** The organisation's name, printed in every document's header. */
	organisation: string;
	templates: OfferedTemplate[];
	/** Each checklist's incident category; absent for checklists without one. */
	categories: Record<string, string>;
}

/** The templates a run of `checklistId` may draft, in the catalogue's order. */
export function templatesFor(catalogue: DocumentCatalogue, checklistId: string): OfferedTemplate[] {
	const category = catalogue.categories[checklistId];
	return catalogue.templates.filter(
		(template) =>
			template.checklists.includes(checklistId) ||
			(category !== undefined && (template.categories.includes('all') || template.categories.some((each) => each === category))),
	);
}

/** Runs the catalogue offers any template for. */
export const draftableRuns = (catalogue: DocumentCatalogue, runs: readonly ChecklistRun[]) =>
	runs.filter((run) => templatesFor(catalogue, run.checklist.id).length > 0);

/** "第五十七条" for 57: how a document prints an article. */
export function articleLabel(article: number): string {
	const digits = '零一二三四五六七八九';
	const hundreds = Math.floor(article / 100);
	const tens = Math.floor((article % 100) / 10);
	const ones = article % 10;
	let text = hundreds ? `${digits[hundreds]}百` : '';
	if (tens) text += `${tens === 1 && !hundreds ? '' : digits[tens]}十`;
	else if (hundreds && ones) text += '零';
	if (ones) text += digits[ones];
	return `第${text}条`;
}
