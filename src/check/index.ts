import { resolve } from 'node:path';
import { isoDay, nextReview, reviewOverdue } from '../domain/review.ts';
import { changeFindings } from './changes.ts';
import { loadManual, type Manual } from './load.ts';
import type { ContentProblem } from './problem.ts';
import type { HelpUrl } from './report.ts';
import { ruleHelpPath, withBase } from '../domain/routes.ts';
import { calendarProblems, cutoffFactProblems } from './rules/calendar.ts';
import { chapterBodyProblems } from './rules/chapter-body.ts';
import { chapterProblems } from './rules/chapters.ts';
import { checklistProblems, coverageProblems, symptomProblems } from './rules/checklists.ts';
import { contactPlaceholders, phoneProblems } from './rules/contacts.ts';
import { citationProblems } from './rules/citations.ts';
import { statutoryProblems } from './rules/statutory.ts';
import { documentProblems } from './rules/documents.ts';
import { directoryProblems } from './rules/directories.ts';
import { contradictedFactProblems, deadlineLevelProblems, restatedFactProblems } from './rules/facts.ts';
import { firstActionProblems } from './rules/first-actions.ts';
import { printedSheetProblems } from './rules/printed-sheet.ts';
import { placeholderProblems } from './rules/placeholders.ts';
import { linkProblems } from './rules/links.ts';
import { lintChapters } from './rules/markdown-lint.ts';
import { originalityProblems, SHIPPED_FINGERPRINTS, sourceFingerprints } from './rules/originality.ts';
import { referenceProblems } from './rules/references.ts';
import { sidebarProblems } from './rules/sidebar.ts';
import { trainingProblems } from './rules/training.ts';
import { expressionProblems, unclosedContainerProblems } from './rules/chapter-markup.ts';
import { editionProblems, zeroDueProblems } from './rules/editions.ts';
import { encodingProblems } from './rules/encoding.ts';
import { factIdProblems } from './rules/fact-ids.ts';
import { mergeRenamedRoles } from './rules/renamed-roles.ts';
import { restDayProblems } from './rules/rest-days.ts';
import { titleProblems } from './rules/titles.ts';
import { mergeRepeated } from './merge.ts';

export interface CheckResult {
	manual: Manual;
	problems: ContentProblem[];
	files: string[];
	/** Notes that are not failures, e.g. a skipped originality check. */
	notes: string[];
	/** The published help page of each rule, on this manual's site. */
	helpUrl: HelpUrl;
	/** Problems that only fail a go-live check (placeholder contacts); listed, not failing, otherwise. */
	warnings: ContentProblem[];
}

/** Domains reserved for examples (RFC 2606): an address on one is a placeholder, not the manual's site. */
const PLACEHOLDER_HOST = /(^|\.)(example\.(com|net|org|cn)|example|invalid|test|localhost)$/;

/**
 * Help pages on the deployed site when the organisation data says where it is; as paths on the
 * site (under its base) while `site.url` is still a placeholder such as manual.example.com, so a
 * link in a report never leads to somebody else's server.
 */
export function helpUrlFor(manual: Manual): HelpUrl {
	const site = manual.organisation?.data.site;
	if (!site) return ruleHelpPath;
	const under = withBase(site.base);
	if (PLACEHOLDER_HOST.test(new URL(site.url).hostname)) return (rule) => under(ruleHelpPath(rule));
	return (rule) => new URL(under(ruleHelpPath(rule)), site.url).href;
}

/** The source articles sit beside the repository in `../shared/seeds`, not inside it. */
export function defaultSourcesDir(root: string): string {
	return process.env['SEEDS_DIR'] ?? resolve(root, '..', 'shared', 'seeds');
}

/** Rules that span files, which Zod cannot see: each reads the manual that passed its schemas. */
const CROSS_FILE_RULES = [
	referenceProblems,
	linkProblems,
	checklistProblems,
	symptomProblems,
	coverageProblems,
	directoryProblems,
	sidebarProblems,
	calendarProblems,
	cutoffFactProblems,
	trainingProblems,
	firstActionProblems,
	restDayProblems,
	phoneProblems,
	titleProblems,
	zeroDueProblems,
	expressionProblems,
	factIdProblems,
	printedSheetProblems,
];

/** Every content check at once: schemas, cross-file rules, citations, remark-lint, originality. */
export interface CheckOptions {
	/** The day the check runs, for review dates. */
	today?: Date;
	/** The git revision changes are judged against: the merge base in a pull request, HEAD locally. */
	base?: string;
	/** The deploy's check: placeholders that are warnings while editing become failures. */
	goLive?: boolean;
	/** The sources' fingerprints, used when `sourcesDir` is absent (the repository's own by default). */
	fingerprints?: string;
}

export async function checkContent(
	root: string,
	sourcesDir = defaultSourcesDir(root),
	{ today = new Date(), base = 'HEAD', goLive = false, fingerprints = SHIPPED_FINGERPRINTS }: CheckOptions = {},
): Promise<CheckResult> {
	const { manual, problems, files } = loadManual(root);
	for (const rules of CROSS_FILE_RULES) problems.push(...rules(manual));
	problems.push(...chapterProblems(manual, today), ...editionProblems(manual, today), ...chapterBodyProblems(manual, root));
	problems.push(...encodingProblems(root, files), ...unclosedContainerProblems(manual, root));
	problems.push(...citationProblems(root, files, manual));
	problems.push(...restatedFactProblems(root, manual), ...deadlineLevelProblems(root, manual), ...contradictedFactProblems(root, manual));
	problems.push(...placeholderProblems(manual, root));
	problems.push(...statutoryProblems(manual), ...documentProblems(manual));
	problems.push(
		...(await lintChapters(
			root,
			files.filter((file) => /\.mdx?$/.test(file)),
		)),
	);
	const notes: string[] = [];
	// A review date passing is a reminder for the owner, not a reason to stop publishing.
	for (const { file, fields } of manual.chapters) {
		if (fields && reviewOverdue(fields.reviewed, fields.reviewEvery))
			notes.push(
				`提醒：${file} 已超过审阅期限（应在 ${isoDay(nextReview(fields.reviewed, fields.reviewEvery))} 前审阅），请负责岗位 ${fields.owner} 审阅后更新 reviewed。`,
			);
	}
	const changes = changeFindings(root, manual, base);
	problems.push(...changes.problems);
	notes.push(...changes.warnings);
	const windows = sourceFingerprints(sourcesDir, fingerprints);
	if (windows) problems.push(...originalityProblems(root, files, windows));
	else notes.push(`原创性检查已跳过：找不到原始材料目录 ${sourcesDir}，也找不到指纹文件 ${fingerprints}。`);
	const placeholders = contactPlaceholders(manual);
	if (goLive) problems.push(...placeholders);
	return {
		manual,
		problems: mergeRepeated(mergeRenamedRoles(problems, manual)),
		files,
		notes,
		helpUrl: helpUrlFor(manual),
		warnings: goLive ? [] : placeholders,
	};
}
