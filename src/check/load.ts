import { existsSync, readdirSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { readBytes, readText } from './text.ts';
import { basename, join, relative } from 'node:path';
import type { z } from 'zod';
import { ChapterFieldsSchema, type ChapterFields } from '../schemas/chapter.ts';
import { ChecklistSchema, type Checklist } from '../schemas/checklist.ts';
import { FilingCalendarSchema, type FilingCalendar } from '../schemas/calendar.ts';
import { GlossarySchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { DocumentTemplateSchema, type DocumentTemplate } from '../schemas/document-template.ts';
import { LawsSchema, type Law } from '../schemas/law.ts';
import { LegalFactsSchema, type LegalFacts } from '../schemas/legal-facts.ts';
import { OrganisationSchema, type Organisation } from '../schemas/organisation.ts';
import { ResponseRulesSchema, type ResponseRules } from '../schemas/response-rules.ts';
import { RolesSchema, type Role } from '../schemas/role.ts';
import { SidebarSchema, type Sidebar } from '../schemas/sidebar.ts';
import { LearningPathSchema, SelfCheckSchema, type LearningPath, type SelfCheck } from '../schemas/training.ts';
import { outline, parseMdx, type ChapterOutline } from './mdx.ts';
import { problem, type ContentProblem } from './problem.ts';
import type { Locate } from './problem.ts';
import { parseYaml, splitFrontmatter, type ParsedYaml } from './yaml.ts';
import { zodProblems } from './zod-problems.ts';
import { parseContent } from '../schemas/parse.ts';
import { CONTENT } from '../manual/paths.ts';

export interface ChapterEntry extends ChapterOutline {
	id: string;
	file: string;
	title: string;
	/** Editorial fields; absent for the home page, which is a splash entry point. */
	fields: ChapterFields | undefined;
	locate: Locate;
	/** False when the body is not valid MDX: its headings, hence anchors, are unknown. */
	anchorsKnown: boolean;
}

export interface Located<T> {
	file: string;
	data: T;
	locate: Locate;
}

/** The whole manual as the content check sees it: typed entries that passed their schema. */
export interface Manual {
	chapters: ChapterEntry[];
	checklists: (Located<Checklist> & { id: string })[];
	/**
	 * Checklist files that exist but failed their YAML or schema check. Their problems are reported
	 * in their own file; other files may still name them without being blamed for it.
	 */
	rejectedChecklists: { id: string; file: string; category: unknown; roles: RawReference[] }[];
	roles: Located<Role[]> | undefined;
	glossary: Located<GlossaryEntry[]> | undefined;
	organisation: Located<Organisation> | undefined;
	calendars: Located<FilingCalendar>[];
	sidebar: Located<Sidebar> | undefined;
	laws: Located<Law[]> | undefined;
	responseRules: Located<ResponseRules> | undefined;
	legalFacts: Located<LegalFacts> | undefined;
	/** Learning paths, with their id (the file name). */
	paths: (Located<LearningPath> & { id: string })[];
	/** Path files that exist but failed their schema: others may still include them without being blamed. */
	rejectedPaths: string[];
	selfChecks: Located<SelfCheck>[];
	/** Chapters whose self-check file failed its schema, for the same reason. */
	rejectedSelfChecks: string[];
	/** Document templates, with their id (the file name). */
	documents: (Located<DocumentTemplate> & { id: string })[];
}

/** A reference read from a file that failed its schema, so it can still be checked in the same pass. */
export interface RawReference {
	field: string;
	value: string;
	where: { line: number; column: number } | undefined;
}

/** The step roles of a checklist that failed its schema: an editor fixing it should learn of a wrong role now, not next run. */
function stepRoles(data: unknown, locate: Locate): RawReference[] {
	const phases = (data as { phases?: unknown } | undefined)?.phases;
	if (!Array.isArray(phases)) return [];
	return phases.flatMap((phase: { steps?: unknown }, p) =>
		Array.isArray(phase?.steps)
			? phase.steps.flatMap((step: { role?: unknown }, s) =>
					typeof step?.role === 'string'
						? [{ field: `phases[${p}].steps[${s}].role`, value: step.role, where: locate(['phases', p, 'steps', s, 'role']) }]
						: [],
				)
			: [],
	);
}

export interface LoadResult {
	manual: Manual;
	problems: ContentProblem[];
	/** Every file read, for the report's count. */
	files: string[];
}

function listFiles(root: string, folder: string, extensions: RegExp): string[] {
	const absolute = join(root, folder);
	if (!existsSync(absolute)) return [];
	return readdirSync(absolute, { recursive: true })
		.map((name) => join(folder, String(name)))
		.filter((file) => extensions.test(file) && !basename(file).startsWith('_'))
		.sort();
}

/**
 * A file with a YAML syntax error still has its field mistakes reported in the same round, where
 * the parser could read past the error: those of fields that sit wholly above the first broken
 * line and were written (not missing: a missing field may just be below the break).
 */
function recoveredFieldProblems(file: string, schema: z.ZodType, parsed: ParsedYaml): ContentProblem[] {
	if (!parsed.recovered) return [];
	const { data, before } = parsed.recovered;
	const result = parseContent(schema, data);
	if (result.success) return [];
	return zodProblems(file, schema, data, result.error, parsed.locate).filter(
		(found) => found.value !== undefined && found.line !== undefined && found.line < before && found.field !== '',
	);
}

/** Reads the whole `content/` tree of `root`, validating every file against its schema. */
export function loadManual(root: string): LoadResult {
	const problems: ContentProblem[] = [];
	const files: string[] = [];

	/**
	 * `rejected` receives the raw data of an existing file that fails. When the YAML itself is broken
	 * it receives what the parser could read and `before`, the first line it could not: only fields
	 * above it are as written.
	 */
	function readYaml<S extends z.ZodType>(
		file: string,
		schema: S,
		rejected?: (data: unknown, locate: Locate, before?: number) => void,
	): Located<z.output<S>> | undefined {
		if (!existsSync(join(root, file))) {
			problems.push(problem('file/missing', { file, hint: '请恢复这个文件，或参照 content/README.md 新建。' }));
			return undefined;
		}
		files.push(file);
		// Text that is not UTF-8 is reported once, by the encoding rule; its fields would only be mojibake.
		if (!isUtf8(readBytes(root, file))) {
			rejected?.(undefined, () => undefined);
			return undefined;
		}
		const parsed = parseYaml(file, readText(root, file));
		problems.push(...parsed.problems);
		if (parsed.problems.length) {
			problems.push(...recoveredFieldProblems(file, schema, parsed));
			rejected?.(parsed.recovered?.data, parsed.locate, parsed.recovered?.before ?? 0);
			return undefined;
		}
		const result = parseContent(schema, parsed.data);
		if (!result.success) {
			problems.push(...zodProblems(file, schema, parsed.data, result.error, parsed.locate));
			rejected?.(parsed.data, parsed.locate);
			return undefined;
		}
		return { file, data: result.data, locate: parsed.locate };
	}

	const chapters: ChapterEntry[] = [];
	for (const file of listFiles(root, CONTENT.chapters, /\.mdx?$/)) {
		files.push(file);
		const id = relative(CONTENT.chapters, file)
			.replace(/\.mdx?$/, '')
			.replace(/\\/g, '/');
		const text = readText(root, file);
		const decoded = isUtf8(readBytes(root, file));
		let chapterOutline: ChapterOutline | undefined;
		try {
			if (decoded) chapterOutline = outline(parseMdx(text));
		} catch (error) {
			const place = error as { line?: number; column?: number; reason?: string; message: string };
			problems.push(
				problem('mdx/syntax', {
					file,
					message: `MDX 语法错误：${place.reason ?? place.message}`,
					hint: 'MDX 中 {、}、<、> 有特殊含义：正文里请改用全角符号或文字；组件标签必须成对闭合。',
					...(place.line ? { line: place.line, column: place.column ?? 1 } : {}),
				}),
			);
		}
		// A chapter whose frontmatter or body is broken still exists: it is listed so that the
		// sidebar and links naming it are not reported too; the one real problem is in this file.
		const entry = (title: string, fields: ChapterFields | undefined, locate: Locate): ChapterEntry => ({
			id,
			file,
			title,
			fields,
			locate,
			anchors: chapterOutline?.anchors ?? [],
			links: chapterOutline?.links ?? [],
			images: chapterOutline?.images ?? [],
			elements: chapterOutline?.elements ?? [],
			imports: chapterOutline?.imports ?? [],
			expressions: chapterOutline?.expressions ?? [],
			anchorsKnown: chapterOutline !== undefined,
		});
		// Not UTF-8: the encoding rule reports it; its title, fields and headings are mojibake, so none is checked.
		if (!decoded) {
			chapters.push(entry('', undefined, () => undefined));
			continue;
		}
		const parts = splitFrontmatter(text);
		if (!parts) {
			problems.push(
				problem('chapter/frontmatter', {
					file,
					hint: '文件必须以 --- 开头的 frontmatter 开始，写明 title、description 等字段，见 content/README.md。',
					line: 1,
				}),
			);
			chapters.push(entry('', undefined, () => undefined));
			continue;
		}
		const parsed = parseYaml(file, parts.frontmatter, 1);
		problems.push(...parsed.problems);
		if (parsed.problems.length) {
			if (id !== 'index') problems.push(...recoveredFieldProblems(file, ChapterFieldsSchema, parsed));
			chapters.push(entry('', undefined, parsed.locate));
			continue;
		}
		const data = (parsed.data ?? {}) as Record<string, unknown>;
		const title = typeof data['title'] === 'string' ? data['title'] : '';
		if (!title)
			problems.push(
				problem('schema/invalid_type', {
					file,
					field: 'title',
					message: '缺少章节标题',
					value: data['title'],
					hint: '请在 frontmatter 中写 title: 章节标题。',
					...parsed.locate(['title']),
				}),
			);
		let fields: ChapterFields | undefined;
		if (id !== 'index') {
			const result = parseContent(ChapterFieldsSchema, data);
			if (result.success) fields = result.data;
			else problems.push(...zodProblems(file, ChapterFieldsSchema, data, result.error, parsed.locate).filter((p) => p.field !== ''));
		}
		chapters.push(entry(title, fields, parsed.locate));
	}

	const checklists: Manual['checklists'] = [];
	const rejectedChecklists: Manual['rejectedChecklists'] = [];
	for (const file of listFiles(root, CONTENT.checklists, /\.ya?ml$/)) {
		const id = basename(file).replace(/\.ya?ml$/, '');
		const entry = readYaml(file, ChecklistSchema, (data, locate, before = Infinity) => {
			// Past a syntax error nothing is as written: a category or role read there would be a guess.
			const readable = (path: PropertyKey[]) => (locate(path)?.line ?? Infinity) < before;
			const category = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)['category'] : undefined;
			rejectedChecklists.push({
				id,
				file,
				category: readable(['category']) ? category : undefined,
				roles: stepRoles(data, locate).filter((role) => (role.where?.line ?? Infinity) < before),
			});
		});
		if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
			problems.push(
				problem('checklist/file-name', {
					file,
					value: id,
					hint: '文件名就是清单 id，只能用小写字母、数字和连字符，例如 system-failure.yaml。',
				}),
			);
		if (entry) checklists.push({ id, ...entry });
	}

	const calendars = listFiles(root, CONTENT.calendar, /\.ya?ml$/)
		.map((file) => readYaml(file, FilingCalendarSchema))
		.filter((entry): entry is Located<FilingCalendar> => entry !== undefined);

	const paths: Manual['paths'] = [];
	const rejectedPaths: string[] = [];
	for (const file of listFiles(root, CONTENT.trainingPaths, /\.ya?ml$/)) {
		const id = basename(file).replace(/\.ya?ml$/, '');
		const entry = readYaml(file, LearningPathSchema, () => rejectedPaths.push(id));
		if (entry) paths.push({ id, ...entry });
	}
	const selfChecks: Manual['selfChecks'] = [];
	const rejectedSelfChecks: string[] = [];
	for (const file of listFiles(root, CONTENT.selfChecks, /\.ya?ml$/)) {
		const entry = readYaml(file, SelfCheckSchema, (data) => {
			const chapter = (data as { chapter?: unknown } | undefined)?.chapter;
			if (typeof chapter === 'string') rejectedSelfChecks.push(chapter);
		});
		if (entry) selfChecks.push(entry);
	}

	const documents = listFiles(root, CONTENT.documents, /\.ya?ml$/).flatMap((file) => {
		const entry = readYaml(file, DocumentTemplateSchema);
		return entry ? [{ id: basename(file).replace(/\.ya?ml$/, ''), ...entry }] : [];
	});

	const manual: Manual = {
		chapters,
		checklists,
		rejectedChecklists,
		roles: readYaml(CONTENT.roles, RolesSchema),
		glossary: readYaml(CONTENT.glossary, GlossarySchema),
		organisation: readYaml(CONTENT.organisation, OrganisationSchema),
		calendars,
		sidebar: readYaml(CONTENT.sidebar, SidebarSchema),
		laws: readYaml(CONTENT.laws, LawsSchema),
		responseRules: readYaml(CONTENT.responseRules, ResponseRulesSchema),
		legalFacts: readYaml(CONTENT.legalFacts, LegalFactsSchema),
		paths,
		rejectedPaths,
		selfChecks,
		rejectedSelfChecks,
		documents,
	};
	return { manual, problems, files };
}
