import { z } from 'zod';
import { FilingCalendarSchema } from '../schemas/calendar.ts';
import { ChecklistSchema } from '../schemas/checklist.ts';
import { GlossarySchema } from '../schemas/glossary.ts';
import { OrganisationSchema } from '../schemas/organisation.ts';
import { RolesSchema } from '../schemas/role.ts';
import { SidebarSchema } from '../schemas/sidebar.ts';
import { LawsSchema } from '../schemas/law.ts';
import { LegalFactsSchema } from '../schemas/legal-facts.ts';
import { ResponseRulesSchema } from '../schemas/response-rules.ts';
import { CONTENT } from '../manual/paths.ts';

/** Each YAML collection, the JSON Schema file generated for it, and the files it applies to. */
export const EDITOR_SCHEMAS = [
	{ name: 'checklist', schema: ChecklistSchema, files: [`${CONTENT.checklists}/*.yaml`] },
	{ name: 'roles', schema: RolesSchema, files: [CONTENT.roles] },
	{ name: 'glossary', schema: GlossarySchema, files: [CONTENT.glossary] },
	{ name: 'organisation', schema: OrganisationSchema, files: [CONTENT.organisation] },
	{ name: 'calendar', schema: FilingCalendarSchema, files: [`${CONTENT.calendar}/*.yaml`] },
	{ name: 'sidebar', schema: SidebarSchema, files: [CONTENT.sidebar] },
	{ name: 'laws', schema: LawsSchema, files: [CONTENT.laws] },
	{ name: 'response-rules', schema: ResponseRulesSchema, files: [CONTENT.responseRules] },
	{ name: 'legal-facts', schema: LegalFactsSchema, files: [CONTENT.legalFacts] },
] as const;

/** JSON Schema for an editor: what a person types (input), dates as YYYY-MM-DD strings. */
export function toEditorSchema(schema: z.ZodType): object {
	return z.toJSONSchema(schema, {
		io: 'input',
		unrepresentable: 'any',
		override: ({ zodSchema, jsonSchema }) => {
			if (zodSchema._zod.def.type === 'date' || z.globalRegistry.get(zodSchema)?.['format'] === 'date') {
				// A day is typed as text in YAML; the Date alternative exists only for Astro's parser.
				delete jsonSchema['anyOf'];
				jsonSchema['type'] = 'string';
				jsonSchema['format'] = 'date';
			}
		},
	});
}

/** The files `npm run schemas` writes: one schema per collection plus VS Code's mapping. */
export function editorSchemaFiles(): Map<string, string> {
	const files = new Map<string, string>();
	const mapping: Record<string, string[]> = {};
	for (const { name, schema, files: globs } of EDITOR_SCHEMAS) {
		const path = `.vscode/schemas/${name}.schema.json`;
		files.set(path, JSON.stringify(toEditorSchema(schema), null, '\t') + '\n');
		mapping[`./${path}`] = [...globs];
	}
	files.set('.vscode/settings.json', JSON.stringify({ 'yaml.schemas': mapping }, null, '\t') + '\n');
	return files;
}
