import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadManual } from '../../src/check/load.ts';
import { chapterPath, checklistPath } from '../../src/domain/routes.ts';
import { splitFrontmatter } from '../../src/check/yaml.ts';
import {
	assignSynonyms,
	chapterDocument,
	checklistDocument,
	checklistPart,
	indexForms,
	searchWords,
	summaryWords,
	UNINDEXED_PATHS,
	type SearchDocument,
} from '../../src/search/index-plan.ts';
import { ChecklistSchema } from '../../src/schemas/checklist.ts';

const page = (path: string, title: string, body: string, description = ''): SearchDocument => ({
	path,
	title,
	description,
	headings: [],
	body,
});

test('index words are cut the way the browser cuts a query', () => {
	assert.deepEqual(searchWords('宕机'), ['宕', '机']);
	assert.deepEqual(searchWords('软件打不开'), ['软件', '打不开']);
	assert.deepEqual(searchWords('READ-DO'), ['read', 'do']);
});

test('a phrase is indexed whole as well as in pieces, since a longer query may keep it whole', () => {
	assert.deepEqual(indexForms('断网'), ['断网', '断', '网']);
	assert.deepEqual(indexForms('打不开'), ['打不开']);
	assert.deepEqual(indexForms('3-2-1 备份'), ['3', '2', '1', '备份']);
});

test('a concept’s everyday words go to the pages about it, not to every page that mentions it', () => {
	const glossary = [{ term: '系统故障', synonyms: ['宕机', '打不开'] }];
	const synonyms = assignSynonyms(
		[
			page('/failure/', '系统故障', '系统故障时先报告。软件打不开时换电脑。系统故障超过 1 小时启用手工办法。'),
			page('/checklist/', '系统故障应急清单', '报告系统故障。'),
			page('/framework/', '应急管理总则', '类别包括数据泄露、系统故障、数据丢失等十一类。'),
			page('/tax/', '纳税申报', '按期申报。'),
		],
		glossary,
	);
	assert.deepEqual([...synonyms.keys()].sort(), ['/checklist/', '/failure/']);
	assert.deepEqual(synonyms.get('/failure/'), ['系统故障', '系统', '故障', '宕机', '宕', '机', '打不开']);
});

test('at most maxPages pages get one entry’s words, and never a page below the minimum score', () => {
	const glossary = [{ term: '备份', synonyms: [] }];
	const documents = ['/a/', '/b/', '/c/'].map((path) => page(path, `备份${path}`, '备份 备份'));
	documents.push(page('/d/', '其他', '提到一次备份。'));
	const synonyms = assignSynonyms(documents, glossary, { maxPages: 2, relativeScore: 0, minScore: 1 });
	assert.equal(synonyms.size, 2);
	assert.equal(assignSynonyms(documents, glossary, { maxPages: 9, relativeScore: 0, minScore: 1000 }).size, 0);
});

test('a form found on nearly every page counts less than a rare one', () => {
	const glossary = [{ term: '紧急报账', synonyms: ['申报'] }];
	const documents = [
		page('/urgent/', '紧急', '客户紧急报账时先排优先级。'),
		...Array.from({ length: 6 }, (_, i) => page(`/p${i}/`, `第 ${i} 章`, '申报 申报 申报')),
	];
	const synonyms = assignSynonyms(documents, glossary, { maxPages: 1, relativeScore: 0, minScore: 0 });
	assert.deepEqual([...synonyms.keys()], ['/urgent/']);
});

test('a chapter document keeps what readers see: headings apart, no imports, components or link targets', () => {
	const document = chapterDocument(
		'/x/',
		'标题',
		'说明',
		'import { Card } from \'@astrojs/starlight/components\';\n\n:::tip[要点]\n- 先报告。\n:::\n\n## 判断范围\n\n见[系统故障](/emergency/system-failure/)。<Card title="卡片" />\n',
	);
	assert.deepEqual(document.headings, ['判断范围']);
	assert.doesNotMatch(document.body, /import|emergency|Card|:::|\*/);
	assert.match(document.body, /要点/);
	assert.match(document.body, /系统故障/);
});

test('a checklist document has its steps and details, not its record prompts or roles', () => {
	const checklist = ChecklistSchema.parse({
		title: '测试清单',
		summary: '测试时使用。',
		kind: 'routine',
		type: 'DO-CONFIRM',
		edition: '2026-01-01',
		trigger: '每月 1 日启动。',
		phases: [
			{
				title: '准备',
				steps: [{ id: 'a', text: '清除测试数据', detail: '用专用工具清除。', role: 'it-admin', due: 'P1D', record: '清除时间和清除人' }],
			},
		],
	});
	const document = checklistDocument('/checklists/test/', checklist);
	assert.deepEqual(document.headings, ['准备']);
	assert.match(document.body, /清除测试数据/);
	assert.match(document.body, /专用工具/);
	assert.doesNotMatch(document.body, /清除人|it-admin/);
});

test('a checklist belongs to its first chapter’s part, else to its kind’s usual part', () => {
	const parts = new Map([['operations/technology', '运营' as const]]);
	assert.equal(checklistPart({ kind: 'incident', chapters: ['operations/technology'] }, parts), '运营');
	assert.equal(checklistPart({ kind: 'incident', chapters: [] }, parts), '应急');
	assert.equal(checklistPart({ kind: 'onboarding', chapters: ['training/missing'] }, parts), '培训');
});

test('summary words leave out filler and joining words', () => {
	assert.deepEqual(summaryWords('系统故障', '财务软件出故障时，先报告再修复。'), ['系统', '故障', '财务', '软件', '出', '报告', '修复']);
});

test('pages that only list other pages stay out of the index', () => {
	assert.ok(UNINDEXED_PATHS.includes('/'));
	assert.ok(UNINDEXED_PATHS.includes('/checklists/'));
});

test('on the real manual, incident words lead to the incident’s chapter and checklist', () => {
	const root = join(import.meta.dirname, '../..');
	const { manual } = loadManual(root);
	const documents = [
		...manual.chapters
			.filter((chapter) => chapter.fields)
			.map((chapter) =>
				chapterDocument(
					chapterPath(chapter.id),
					chapter.title,
					chapter.fields?.description ?? '',
					splitFrontmatter(readFileSync(join(root, chapter.file), 'utf8'))?.body ?? '',
				),
			),
		...manual.checklists.map((checklist) => checklistDocument(checklistPath(checklist.id), checklist.data)),
	];
	const synonyms = assignSynonyms(documents, manual.glossary?.data ?? []);
	const pagesWith = (word: string) => [...synonyms].filter(([, words]) => words.includes(word)).map(([path]) => path);
	assert.deepEqual(pagesWith('宕机').sort(), ['/checklists/system-failure/', '/emergency/system-failure/']);
	assert.deepEqual(pagesWith('外泄').sort(), ['/checklists/cyber-data-leak/', '/emergency/cyber-data-leak/']);
	assert.ok(pagesWith('报账').includes('/emergency/urgent-client-request/'));
	assert.ok(pagesWith('征期').includes('/operations/tax-filing/'));
	for (const [path, words] of synonyms) assert.ok(words.length < 200, `${path} 的同义词过多`);
});
