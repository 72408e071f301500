// `npm run check`: validates all content without building the site and prints every problem,
// grouped by file, ending with a count. Exits 1 when anything is wrong. `--go-live` (the deploy's
// check) also fails on placeholder contacts, which otherwise are listed as warnings.
// `--base REV` judges changes against REV (a pull request's merge base) instead of HEAD.
// `--gitlab-report <file>` also writes GitLab's Code Quality report there (an empty list when
// all is well, so a fixed merge request clears its findings).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkContent, defaultSourcesDir } from '../src/check/index.ts';
import { formatAnnotations, formatCodeQuality, formatReport, formatWarnings } from '../src/check/report.ts';

// Not strict: other flags (e.g. --go-live) are read elsewhere.
const { values: flags } = parseArgs({ options: { base: { type: 'string' }, 'gitlab-report': { type: 'string' } }, strict: false });

const started = performance.now();
const root = process.cwd();
const result = await checkContent(root, defaultSourcesDir(root), {
	base: typeof flags.base === 'string' ? flags.base : 'HEAD',
	goLive: process.argv.includes('--go-live'),
});
for (const note of result.notes) console.log(note);
console.log(formatReport(result.problems, result.files.length, result.helpUrl));
if (result.warnings.length) console.log(formatWarnings(result.warnings));
if (process.env['GITHUB_ACTIONS'] && result.problems.length) console.log(formatAnnotations(result.problems, result.helpUrl));
const gitlabReport = flags['gitlab-report'];
if (typeof gitlabReport === 'string') writeFileSync(gitlabReport, JSON.stringify(formatCodeQuality(result.problems), null, '\t') + '\n');
console.log(`用时 ${Math.round(performance.now() - started)} 毫秒。`);
if (result.problems.length) process.exitCode = 1;
