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

/** Where a field of a parsed file sits, by its path. */
export type Locate = (path: readonly PropertyKey[]) => Position;

/** `a.b[0].c` from a Zod-style path. */
export function fieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>(
		(text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
		'',
	);
}

type Details = Omit<ContentProblem, 'rule' | 'message' | 'field'> & { field?: string; message?: string };

/**
 * A problem of `rule`. Its message is the rule's title unless the finding needs its own words
 * (a parser's reason, the category's name).
 */
export function problem(rule: RuleSlug, { field = '', message = RULES[rule].title, ...details }: Details): ContentProblem {
	return { field, message, ...details, rule };
}

/** A list field in a content file: where its entries are reported. */
export interface ListField {
	file: string;
	locate: Locate;
	/** Path of the list in the file, e.g. ['stages', 0, 'chapters']. */
	path: readonly PropertyKey[];
}

/** A problem of `rule` for each id in the list that `known` lacks: the shape every reference list shares. */
export function unknownIds(
	rule: RuleSlug,
	ids: readonly string[],
	known: ReadonlySet<string>,
	{ file, locate, path }: ListField,
	hint: string,
): ContentProblem[] {
	return ids.flatMap((id, index) =>
		known.has(id) ? [] : [problem(rule, { file, field: fieldPath([...path, index]), value: id, hint, ...locate([...path, index]) })],
	);
}

/** A problem of `rule` for each entry whose `key` an earlier entry of the list already has. */
export function repeatedKeys<Key extends string, Entry extends Record<Key, string>>(
	rule: RuleSlug,
	entries: readonly Entry[],
	key: Key,
	{ file, locate, path }: ListField,
	hint: string,
): ContentProblem[] {
	const seen = new Set<string>();
	return entries.flatMap((entry, index) => {
		const repeated = seen.has(entry[key]);
		seen.add(entry[key]);
		const at = [...path, index, key];
		return repeated ? [problem(rule, { file, field: fieldPath(at), value: entry[key], hint, ...locate(at) })] : [];
	});
}
