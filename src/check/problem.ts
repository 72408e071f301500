import { RULES, type RuleSlug } from './rules/registry.ts';

/**
 * A problem in the content, written for the editor who must fix it: where (file, line, field),
 * what was found, what is allowed, and what to do, in Chinese.
 */
export interface ContentProblem {
	/** Path from the repository root, e.g. content/checklists/system-failure.yaml. */
	file: string;
	/** Field path such as phases[0].steps[2].role; empty for whole-file problems. */
	field: string;
	/** What is wrong, e.g. 未知岗位. */
	message: string;
	/** The offending value, when there is one. */
	value?: unknown;
	/** What is allowed and what to do. */
	hint?: string;
	/** 1-based line (and column) in the file, when known. */
	line?: number;
	column?: number;
	/** The rule broken: its slug in the registry. */
	rule: RuleSlug;
}

/** Where in a file a problem sits, when the parser can tell. */
export type Position = { line: number; column: number } | undefined;

type Details = Omit<ContentProblem, 'rule' | 'message' | 'field'> & { field?: string; message?: string };

/**
 * A problem of `rule`. Its message is the rule's title unless the finding needs its own words
 * (a parser's reason, the category's name).
 */
export function problem(rule: RuleSlug, { field = '', message = RULES[rule].title, ...details }: Details): ContentProblem {
	return { field, message, ...details, rule };
}
