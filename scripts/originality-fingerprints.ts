// `node scripts/originality-fingerprints.ts [sources-dir]`: rewrites the fingerprints of the source
// articles that the originality check uses where the articles are not beside the checkout (any CI
// runner). Run it after the sources change; the file holds hashes only, never the articles' text.
import { writeFileSync } from 'node:fs';
import { defaultSourcesDir } from '../src/check/index.ts';
import { formatFingerprints, readSources, SHIPPED_FINGERPRINTS, sourceWindows } from '../src/check/rules/originality.ts';

const sourcesDir = process.argv[2] ?? defaultSourcesDir(process.cwd());
const windows = sourceWindows(readSources(sourcesDir));
writeFileSync(SHIPPED_FINGERPRINTS, formatFingerprints(windows));
console.log(`已写入 ${windows.size} 个指纹：${SHIPPED_FINGERPRINTS}（来自 ${sourcesDir}）。`);
