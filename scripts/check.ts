// `npm run check`: validates all content without building the site and prints every problem,
// grouped by file, ending with a count. Exits 1 when anything is wrong.
// `--base REV` judges changes against REV (a pull request's merge base) instead of HEAD.
import { parseArgs } from 'node:util';
import { checkContent, defaultSourcesDir } from '../src/check/index.ts';
import { formatAnnotations, formatReport } from '../src/check/report.ts';

const started = performance.now();
const { values } = parseArgs({ options: { base: { type: 'string' } }, strict: false });
const root = process.cwd();
const result = await checkContent(root, defaultSourcesDir(root), { base: typeof values.base === 'string' ? values.base : 'HEAD' });
for (const note of result.notes) console.log(note);
console.log(formatReport(result.problems, result.files.length, result.helpUrl));
if (process.env['GITHUB_ACTIONS'] && result.problems.length) console.log(formatAnnotations(result.problems, result.helpUrl));
console.log(`用时 ${Math.round(performance.now() - started)} 毫秒。`);
if (result.problems.length) process.exitCode = 1;
