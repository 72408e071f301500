import { z } from 'zod';
import { problem, type ContentProblem } from './problem.ts';
import { fieldPath } from './problem.ts';
import { schemaRule } from './rules/registry.ts';
import { CALENDAR_DEADLINES, CHECKLIST_KINDS, INCIDENT_CATEGORIES } from '../schemas/checklist.ts';

/** Chinese names of the closed lists' ids, shown beside them when a value is not among them. */
const ID_NAMES: Readonly<Record<string, string>> = { ...INCIDENT_CATEGORIES, ...CHECKLIST_KINDS, ...CALENDAR_DEADLINES };

function allowedValues(issue: z.core.$ZodIssue): string {
	if (issue.code !== 'invalid_value' || !issue.values.every((value) => typeof value === 'string' && value in ID_NAMES)) return '';
	return `可选的值：${(issue.values as string[]).map((value) => `${value}（${ID_NAMES[value]}）`).join('、')}。`;
}

type AnySchema = z.core.$ZodType;

/** The schema that validates `path`, walking through wrappers, objects and arrays. */
export function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
	let current: AnySchema | undefined = schema;
	const rest = [...path];
	while (current) {
		const def = current._zod.def as unknown as Record<string, unknown> & { type: string };
		// A wrapper described in its own right (`CalendarDaySchema.describe(…)`) is the field's schema.
		if (rest.length === 0 && describedAs(current)) return current;
		if (['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type))
			current = def['innerType'] as AnySchema;
		else if (def.type === 'pipe') current = def['in'] as AnySchema;
		else if (rest.length === 0) return current;
		else if (def.type === 'object') current = (def['shape'] as Record<string, AnySchema>)[String(rest.shift())];
		else if (def.type === 'array') {
			rest.shift();
			current = def['element'] as AnySchema;
		} else return undefined;
	}
	return undefined;
}

function describedAs(schema: AnySchema): string | undefined {
	return z.globalRegistry.get(schema)?.description ?? (schema as { description?: string }).description;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
	return path.reduce<unknown>(
		(value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
		input,
	);
}

function descriptionAt(schema: AnySchema, path: readonly PropertyKey[]): string | undefined {
	const target = schemaAt(schema, path);
	return target ? describedAs(target) : undefined;
}

/**
 * Problems for every issue Zod found, each with file, field path, the value found and a hint.
 * `locate` maps a field path to a line in the source when the caller can.
 */
export function zodProblems(
	file: string,
	schema: AnySchema,
	input: unknown,
	error: z.core.$ZodError,
	locate: (path: readonly PropertyKey[]) => { line: number; column: number } | undefined = () => undefined,
): ContentProblem[] {
	return error.issues.map((issue) => {
		const path = issue.path;
		const value = valueAt(input, path);
		const meaning = descriptionAt(schema, path);
		const extra = issue.code === 'unrecognized_keys' ? `请删除或改正这些字段：${issue.keys.join('、')}。` : '';
		const hint = `${extra}${allowedValues(issue)}${meaning ? `该字段：${meaning}。` : ''}请按要求修改后重新检查。`;
		return problem(schemaRule(issue.code), {
			file,
			field: fieldPath(path),
			message: issue.message,
			...(issue.code === 'unrecognized_keys' ? {} : { value }),
			hint,
			// An unknown key is reported on its own line, not on the object that holds it.
			...locate(issue.code === 'unrecognized_keys' ? [...path, issue.keys[0] ?? ''] : path),
		});
	});
}
