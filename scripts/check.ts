// `npm run check`: validates all content without building the site and prints every problem,
// grouped by file, ending with a count. Exits 1 when anything is wrong. `--go-live` (the deploy's
// check) also fails on placeholder contacts, which otherwise are listed as warnings.
import { checkContent } from '../src/check/index.ts';
import { formatAnnotations, formatReport, formatWarnings } from '../src/check/report.ts';

const started = performance.now();
const goLive = process.argv.includes('--go-live');
const result = await checkContent(process.cwd(), undefined, { goLive });
for (const note of result.notes) console.log(note);
console.log(formatReport(result.problems, result.files.length));
if (result.warnings.length) console.log(formatWarnings(result.warnings));
if (process.env['GITHUB_ACTIONS'] && result.problems.length) console.log(formatAnnotations(result.problems));
console.log(`用时 ${Math.round(performance.now() - started)} 毫秒。`);
if (result.problems.length) process.exitCode = 1;
