// The bench's build figures: each own step times itself into the file the bench names, bash's
// `times` gives the CPU of the whole tree, and the peer gets the same words without our components.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_TIMINGS_ENV, stepMarkers, sumTimings, timed, timedSync } from '../../src/build/step-timings.ts';
import { childCpuSeconds } from '../../scripts/bench/build.ts';
import { peerChapter, peerChecklist } from '../../scripts/bench/peer.ts';

test('timed steps write one line each to the file the bench names, and nothing without it', async (t) => {
	const folder = mkdtempSync(join(tmpdir(), 'timings-'));
	const file = join(folder, 'steps.jsonl');
	t.after(() => {
		delete process.env[BUILD_TIMINGS_ENV];
		rmSync(folder, { recursive: true, force: true });
	});
	assert.equal(
		timedSync('cspHashing', () => 7),
		7,
	);
	process.env[BUILD_TIMINGS_ENV] = file;
	assert.equal(
		timedSync('gitDates', () => 'dates'),
		'dates',
	);
	await timed('offlineWorker', () => new Promise((done) => setTimeout(done, 30)));
	await assert.rejects(timed('contentCheck', () => Promise.reject(new Error('broken'))));
	const [start, end] = stepMarkers('pagefind');
	(start.hooks as Record<string, () => void>)['astro:build:done']!();
	(end.hooks as Record<string, () => void>)['astro:build:done']!();
	const lines = readFileSync(file, 'utf8').trim().split('\n');
	assert.deepEqual(
		lines.map((line) => JSON.parse(line).step),
		['gitDates', 'offlineWorker', 'contentCheck', 'pagefind'],
	);
	const sums = sumTimings(`${readFileSync(file, 'utf8')}{"step":"gitDates","ms":5}\n`);
	assert.ok((sums.offlineWorker ?? 0) >= 25, JSON.stringify(sums));
	assert.ok((sums.gitDates ?? 0) >= 5);
	assert.equal(sums.cspHashing, undefined, 'the step timed before the bench asked is not in the file');
});

test("bash's `times`: the children's user and system seconds", () => {
	assert.equal(childCpuSeconds('0m0.004s 0m0.001s\n1m2.500s 0m3.250s\n'), 65.8);
	assert.equal(childCpuSeconds('\n0m0.000s 0m0.000s\n0m10.000s 0m0.500s'), 10.5);
});

test('the peer gets a chapter as Markdown: title and description, no imports or components', () => {
	const chapter = [
		'---',
		'title: 系统故障',
		'description: 出故障时怎么办。',
		'owner: tech-lead',
		'symptoms: [电脑蓝屏]',
		'---',
		'',
		"import LegalFact from '../../../src/components/facts/LegalFact.astro';",
		'',
		':::tip[要点]',
		'- 先报告。',
		':::',
		'',
		'<LegalFact id="retention" />',
		'正文一段。',
	].join('\n');
	const peer = peerChapter(chapter);
	assert.match(peer, /^---\ntitle: 系统故障\ndescription: 出故障时怎么办。\n---\n/);
	assert.doesNotMatch(peer, /owner|symptoms|import |<LegalFact/);
	assert.match(peer, /:::tip\[要点\]\n- 先报告。\n:::/);
	assert.match(peer, /正文一段。/);
});

test('the peer gets a checklist as a page: phases as headings, steps numbered with their details', () => {
	const page = peerChecklist(
		[
			'title: 系统故障应急清单',
			'summary: 出故障时使用。',
			'phases:',
			'  - title: 报告与定级',
			'    steps:',
			'      - id: a',
			'        text: 确认应急负责人',
			'        detail: 写明发现时间。',
			'      - id: b',
			'        text: 报出最近截止日',
		].join('\n'),
	);
	assert.match(page, /^---\ntitle: 系统故障应急清单\ndescription: 出故障时使用。\n---\n/);
	assert.match(page, /## 报告与定级\n\n1\. 确认应急负责人：写明发现时间。\n2\. 报出最近截止日\n/);
});
