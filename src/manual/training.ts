/**
 * Training content for pages, build time only: learning paths with their included paths'
 * stages first, self-checks by chapter, and each chapter's edition (a hash of its source file,
 * so any change to the text a reader confirmed yields a new edition) with its history from git.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { ChecklistSchema } from '../schemas/checklist.ts';
import { parseContent } from '../schemas/parse.ts';
import { LearningPathSchema, SelfCheckSchema, type LearningPath, type SelfCheck } from '../schemas/training.ts';
import type { PathGuides, PathItem, PathStage, TrainingCatalogue } from '../domain/training/progress.ts';
import type { ChapterChange } from '../domain/training/editions.ts';
import { links } from '../domain/routes.ts';
import { readEditionHistories } from './edition-history.ts';
import { CONTENT, checklistFile } from './paths.ts';
import { readYamlFile } from './yaml-file.ts';
import { timedSync } from '../build/step-timings.ts';

function parsed<T extends z.ZodType>(file: string, schema: T): z.output<T> {
	const result = parseContent(schema, readYamlFile(file));
	if (!result.success) throw new Error(`${file} 有错误，请运行 npm run check 查看详情：\n${z.prettifyError(result.error)}`);
	return result.data;
}

const yamlFiles = (folder: string) =>
	existsSync(folder)
		? readdirSync(folder, { recursive: true })
				.map(String)
				.filter((name) => /\.ya?ml$/.test(name) && !basename(name).startsWith('_'))
				.sort()
				.map((name) => join(folder, name))
		: [];

export const learningPaths: Map<string, LearningPath> = new Map(
	yamlFiles(CONTENT.trainingPaths).map((file) => [basename(file).replace(/\.ya?ml$/, ''), parsed(file, LearningPathSchema)]),
);

export const selfChecks: Map<string, SelfCheck> = new Map(
	yamlFiles(CONTENT.selfChecks).map((file) => {
		const selfCheck = parsed(file, SelfCheckSchema);
		return [selfCheck.chapter, selfCheck];
	}),
);

/** The chapter's source file from the repository root, or undefined when there is none. */
function chapterFile(id: string): string | undefined {
	return ['.mdx', '.md'].map((extension) => `${CONTENT.chapters}/${id}${extension}`).find((file) => existsSync(file));
}

function chapterSource(id: string): string {
	const file = chapterFile(id);
	return file ? readFileSync(file, 'utf8') : '';
}

/** An edition from a chapter's text: the first 12 hex digits of its SHA-256. */
const editionOfText = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** The chapter's edition: any change to the text a reader confirmed yields a new one. */
export const chapterEdition = (id: string): string => editionOfText(chapterSource(id));

let chapterHistories: ReturnType<typeof readEditionHistories> | undefined;

/**
 * The commits that changed a chapter, newest first, each with the chapter's edition after it, so
 * that a path can say what changed since the edition a reader confirmed. At most `limit`: a
 * reader who confirmed long ago needs the gist, not the chapter's whole life.
 */
export function chapterHistory(id: string, limit = 12): ChapterChange[] {
	chapterHistories ??= timedSync('editionHistory', () => readEditionHistories(process.cwd(), CONTENT.chapters, editionOfText));
	const file = chapterFile(id);
	return (file ? (chapterHistories.get(file) ?? []) : []).slice(0, limit).map((change) => ({
		edition: change.edition ?? '',
		date: change.date.toISOString(),
		subject: change.subject,
		commit: change.commit.slice(0, 7),
	}));
}

/** Reading time at a careful 300 characters a minute, from the body's Han characters and words. */
export function readingMinutes(id: string): number {
	const body = chapterSource(id).replace(/^---[\s\S]*?---/, '');
	const characters = body.match(/[\p{Script=Han}\w]/gu)?.length ?? 0;
	return Math.max(5, Math.ceil(characters / 300));
}

/** A drill run takes about two minutes a step, and never less than a quarter of an hour. */
function drillMinutes(id: string): number {
	const checklist = parsed(checklistFile(id), ChecklistSchema);
	const steps = checklist.phases.reduce((sum, phase) => sum + phase.steps.length, 0);
	return Math.max(15, steps * 2);
}

/** A self-check takes a minute a question. */
const checkMinutes = (id: string) => Math.max(3, selfChecks.get(id)?.questions.length ?? 0);

/** The path's stages, included paths' first (each included once), with the time each item takes. */
export function pathStages(id: string, seen = new Set<string>()): (PathStage & { goal: string; from: string })[] {
	const path = learningPaths.get(id);
	if (!path || seen.has(id)) return [];
	seen.add(id);
	const own = path.stages.map((stage) => ({
		name: stage.name,
		goal: stage.goal,
		from: id,
		items: [
			...stage.chapters.map((chapter): PathItem => ({ kind: 'chapter', id: chapter, minutes: readingMinutes(chapter) })),
			...stage.selfChecks.map((chapter): PathItem => ({ kind: 'selfCheck', id: chapter, minutes: checkMinutes(chapter) })),
			...stage.checklists.map((checklist): PathItem => ({ kind: 'checklist', id: checklist, minutes: drillMinutes(checklist) })),
		],
	}));
	return [...path.includes.flatMap((included) => pathStages(included, seen)), ...own];
}

/** Paths in the role directory's order. */
export const pathIdForRole = (role: string): string | undefined => [...learningPaths].find(([, path]) => path.role === role)?.[0];

/** Whether a chapter is on any path, so its page offers the read confirmation. */
export const onAnyPath = (chapter: string): boolean =>
	[...learningPaths.values()].some((path) =>
		path.stages.some((stage) => stage.chapters.includes(chapter) || stage.selfChecks.includes(chapter)),
	);

/** Every path resolved, with editions and titles, for the record and summary pages. */
export function trainingCatalogue(roleNames: Map<string, string>, titles: Record<string, string>): TrainingCatalogue {
	const paths = Object.fromEntries(
		[...learningPaths].map(([id, path]) => [
			id,
			{
				title: path.title,
				roleName: roleNames.get(path.role) ?? path.role,
				stages: pathStages(id).map(({ name, items }) => ({ name, items })),
			},
		]),
	);
	const chapters = new Set(
		Object.values(paths).flatMap((path) =>
			path.stages.flatMap((stage) => stage.items.filter((item) => item.kind !== 'checklist').map((item) => item.id)),
		),
	);
	return { paths, editions: Object.fromEntries([...chapters].map((id) => [id, chapterEdition(id)])), titles };
}

/** How a path page and a chapter page name a path item: 阅读：…, 自测：…, 演练：…. */
export function pathItemLabel(item: PathItem, titles: ReadonlyMap<string, string>): string {
	const title = titles.get(item.id) ?? item.id;
	return item.kind === 'chapter' ? `阅读：${title}` : item.kind === 'selfCheck' ? `自测：${title}` : `演练：${title}`;
}

/**
 * Where a path item's link leads: a chapter, its self-check, or the checklist to drill. Chapter
 * links name the path (`?path=`), so the chapter can lead back to it and on to the next item.
 */
export function pathItemHref(item: PathItem, pathId: string): string {
	if (item.kind === 'checklist') return links.checklist(item.id);
	const chapter = `${links.chapter(item.id)}?path=${encodeURIComponent(pathId)}`;
	return item.kind === 'selfCheck' ? `${chapter}#training-title` : chapter;
}

/** Every path the chapter lies on (to read or to self-check, its included paths counted), for its page's "下一项". */
export function pathGuides(chapter: string, titles: ReadonlyMap<string, string>): PathGuides {
	const paths: PathGuides['paths'] = {};
	const chapters = new Set<string>();
	for (const [id, path] of learningPaths) {
		const items = pathStages(id).flatMap((stage) => stage.items);
		if (!items.some((item) => item.kind !== 'checklist' && item.id === chapter)) continue;
		paths[id] = {
			title: path.title,
			href: links.trainingPath(id),
			items: items.map((item) => ({ ...item, label: pathItemLabel(item, titles), href: pathItemHref(item, id) })),
		};
		for (const item of items) if (item.kind !== 'checklist') chapters.add(item.id);
	}
	return { paths, editions: Object.fromEntries([...chapters].map((id) => [id, chapterEdition(id)])) };
}
