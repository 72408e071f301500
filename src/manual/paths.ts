/**
 * Where everything editors touch lives, relative to the repository root: the one table of
 * content paths. The content check, Astro's collections, the pages' edit links and the editor
 * schemas all read it, so moving a file means changing one line here.
 */
export const CONTENT = {
	chapters: 'content/chapters',
	checklists: 'content/checklists',
	roles: 'content/roles/roles.yaml',
	glossary: 'content/glossary/glossary.yaml',
	organisation: 'content/organisation/organisation.yaml',
	calendar: 'content/calendar',
	sidebar: 'content/sidebar.yaml',
	laws: 'content/laws/laws.yaml',
	/** The first decisions of an incident, answered once. */
	responseRules: 'content/facts/response.yaml',
	/** Legal figures several chapters need, kept once. */
	legalFacts: 'content/facts/legal-facts.yaml',
	/** One learning path a file; the file name is the path id. */
	trainingPaths: 'content/training/paths',
	/** One self-check a file, naming its chapter. */
	selfChecks: 'content/training/self-checks',
	/** One document template a file (notices, reports, letters); the file name is its id. */
	documents: 'content/documents',
} as const;

/** A checklist's source file; its id is the file name. */
export const checklistFile = (id: string) => `${CONTENT.checklists}/${id}.yaml`;
