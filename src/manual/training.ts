/**
 * Training content for pages, build time only: learning paths with their included paths'
 * stages first, self-checks by chapter, and the catalogue the record pages read, with each
 * chapter's edition and its readable names (./chapter-editions.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { ChecklistSchema } from '../schemas/checklist.ts';
import { parseContent } from '../schemas/parse.ts';
import { LearningPathSchema, SelfCheckSchema, type LearningPath, type SelfCheck } from '../schemas/training.ts';
import type { PathGuides, PathItem, PathStage, TrainingCatalogue } from '../domain/training/progress.ts';
import { links } from '../domain/routes.ts';
import { chapterEdition, chapterEditionLabels, chapterSource } from './chapter-editions.ts';
import { CONTENT, checklistFile } from './paths.ts';
import { readYamlFile } from './yaml-file.ts';

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

/** Each path's source file (from the repository root) by path id: the file name is the id. */
const learningPathFiles: Map<string, string> = new Map(
	yamlFiles(CONTENT.trainingPaths).map((file) => [basename(file).replace(/\.ya?ml$/, ''), file.replace(/\\/g, '/')]),
);

export const learningPaths: Map<string, LearningPath> = new Map(
	[...learningPathFiles].map(([id, file]) => [id, parsed(file, LearningPathSchema)]),
);

/** The path's own file, where its edit link leads. */
export const learningPathFile = (id: string): string | undefined => learningPathFiles.get(id);

/** Every file a path's page is built from: its own and those of the paths it includes, each once. */
export function learningPathSources(id: string, seen = new Set<string>()): string[] {
	const file = learningPathFiles.get(id);
	if (!file || seen.has(id)) return [];
	seen.add(id);
	return [...(learningPaths.get(id)?.includes ?? []).flatMap((included) => learningPathSources(included, seen)), file];
}

export const selfChecks: Map<string, SelfCheck> = new Map(
	yamlFiles(CONTENT.selfChecks).map((file) => {
		const selfCheck = parsed(file, SelfCheckSchema);
		return [selfCheck.chapter, selfCheck];
	}),
);

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
	return {
		paths,
		editions: Object.fromEntries([...chapters].map((id) => [id, chapterEdition(id)])),
		editionLabels: Object.fromEntries([...chapters].map((id) => [id, chapterEditionLabels(id)])),
		titles,
	};
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

/**
 * Every path with its items as shown and the current edition of each chapter on one, for a chapter
 * page's "下一项": published once as `TRAINING_PATH_GUIDES` (src/pages/training/path-guides.json.ts),
 * which a chapter page fetches only when it has a path to lead back to.
 */
export function pathGuides(titles: ReadonlyMap<string, string>): PathGuides {
	const paths: PathGuides['paths'] = {};
	const chapters = new Set<string>();
	for (const [id, path] of learningPaths) {
		const items = pathStages(id).flatMap((stage) => stage.items);
		paths[id] = {
			title: path.title,
			href: links.trainingPath(id),
			items: items.map((item) => ({ ...item, label: pathItemLabel(item, titles), href: pathItemHref(item, id) })),
		};
		for (const item of items) if (item.kind !== 'checklist') chapters.add(item.id);
	}
	return { paths, editions: Object.fromEntries([...chapters].map((id) => [id, chapterEdition(id)])) };
}
