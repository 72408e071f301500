// `npm run pdf`: prints the built site's 合订本 and paper kit to A4 PDFs in dist/pdf/, for the
// deploy to publish beside the site. Builds nothing itself: run `npm run build` first.
//
//   npm run pdf                                           dist/ → dist/pdf/
//   npm run pdf -- --dist dist-subpath --base /manual/    a build for a sub-path
import { parseArgs } from 'node:util';
import { printPdfs } from './pdf/print.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' } } });
const started = performance.now();
for (const { file, pages, bytes } of await printPdfs({ dist: values.dist, base: values.base }))
	console.log(`${file}：${pages} 页，${(bytes / 1024 / 1024).toFixed(1)} MB`);
console.log(`用时 ${((performance.now() - started) / 1000).toFixed(0)} 秒。`);
