// The home page's incident entries, incident chapters and contacts, over the real manual.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadManual } from '../../src/check/load.ts';
import { categoriesOf, chapterIncidentCategories, contactsFor, incidentEntries, type ChecklistLike } from '../../src/domain/incidents.ts';
import { checklistPath, checklistStartPath, runPath } from '../../src/domain/routes.ts';
import { INCIDENT_CATEGORIES } from '../../src/schemas/checklist.ts';
import { ContactSchema } from '../../src/schemas/organisation.ts';

const { manual } = loadManual(process.cwd());
const checklists: ChecklistLike[] = manual.checklists.map(({ id, data }) => ({ id, data }));

test('every incident category reaches at least one checklist from the home page', () => {
	const entries = incidentEntries(checklists);
	assert.deepEqual(
		entries.map((entry) => entry.category),
		Object.keys(INCIDENT_CATEGORIES),
	);
	for (const entry of entries) {
		assert.equal(entry.label, INCIDENT_CATEGORIES[entry.category]);
		assert.ok(entry.checklists.length >= 1, entry.category);
		for (const choice of entry.checklists) {
			const checklist = manual.checklists.find((c) => c.id === choice.id);
			assert.equal(checklist?.data.kind, 'incident');
			assert.equal(checklist?.data.category, entry.category);
			assert.equal(choice.href, checklistPath(choice.id));
			assert.equal(choice.startHref, `/checklists/${choice.id}/?start=${checklist?.data.severities[0]?.id}`);
			assert.ok(choice.line.length >= 4);
			assert.ok(checklist.data.severities.length > 0, `${choice.id} has levels for the triage`);
		}
	}
});

test('the one-line description is the short line when given, else the summary', () => {
	const base = {
		kind: 'incident' as const,
		category: 'data-loss' as const,
		title: '数据丢失应急清单',
		summary: '丢了数据时使用的长说明。',
		severities: [{ id: 'L1' }],
	};
	assert.equal(incidentEntries([{ id: 'a', data: base }])[0]?.checklists[0]?.line, '丢了数据时使用的长说明。');
	assert.equal(incidentEntries([{ id: 'a', data: { ...base, appliesWhen: '账套被删' } }])[0]?.checklists[0]?.line, '账套被删');
});

test('a category with two checklists becomes one entry with a choice; routine checklists are left out', () => {
	const entries = incidentEntries([
		{
			id: 'b',
			data: { kind: 'incident', category: 'data-loss', title: '乙', summary: '乙清单的说明', severities: [{ id: 'L1' }, { id: 'L2' }] },
		},
		{ id: 'a', data: { kind: 'incident', category: 'data-loss', title: '甲', summary: '甲清单的说明', severities: [{ id: 'L1' }] } },
		{ id: 'r', data: { kind: 'routine', title: '日常', summary: '日常清单说明', severities: [] } },
	]);
	assert.equal(entries.length, 1);
	assert.deepEqual(
		entries[0]?.checklists.map((c) => c.id),
		['b', 'a'],
	);
	// The choice is the first tap, so each option starts a run at once, at the highest level.
	assert.deepEqual(
		entries[0]?.checklists.map((c) => c.startHref),
		['/checklists/b/?start=L1', '/checklists/a/?start=L1'],
	);
});

test('an incident chapter is a 应急 chapter that lists an incident checklist', () => {
	assert.deepEqual(chapterIncidentCategories({ part: '应急', checklists: ['system-failure'] }, checklists), ['system-failure']);
	assert.deepEqual(chapterIncidentCategories({ part: '应急', checklists: ['drill', 'post-incident-review'] }, checklists), []);
	assert.deepEqual(chapterIncidentCategories({ part: '运营', checklists: ['system-failure'] }, checklists), []);
	assert.deepEqual(chapterIncidentCategories({}, checklists), []);
	assert.deepEqual(categoriesOf(['media-crisis', 'cyber-data-leak', 'monthly-close'], checklists), ['cyber-data-leak', 'media-crisis']);
	// Every per-category chapter of the real manual is an incident chapter of its own category.
	for (const category of Object.keys(INCIDENT_CATEGORIES)) {
		const chapter = manual.chapters.find((c) => c.id === `emergency/${category}`);
		assert.ok(chapter?.fields, category);
		assert.ok(chapterIncidentCategories(chapter.fields, checklists).includes(category as keyof typeof INCIDENT_CATEGORIES), category);
	}
});

test('contacts with categories are shown only for those categories; the contacts page shows all', () => {
	const contacts = [
		ContactSchema.parse({ id: 'lead', label: '应急负责人', keeper: 'hr-admin', when: '任何时候' }),
		ContactSchema.parse({
			id: 'hotline',
			label: '举报电话',
			keeper: 'it-admin',
			phone: '12387',
			when: '网络安全事件',
			external: true,
			categories: ['cyber-data-leak'],
		}),
	];
	assert.deepEqual(
		contactsFor(contacts, ['cyber-data-leak']).map((c) => c.id),
		['lead', 'hotline'],
	);
	assert.deepEqual(
		contactsFor(contacts, ['system-failure']).map((c) => c.id),
		['lead'],
	);
	assert.deepEqual(
		contactsFor(contacts).map((c) => c.id),
		['lead', 'hotline'],
	);
	// The real data: internal contacts everywhere, 12387 for cyber incidents.
	const real = manual.organisation?.data.contacts ?? [];
	const forCyber = contactsFor(real, ['cyber-data-leak']).map((c) => c.id);
	for (const id of ['incident-lead', 'it', 'management', 'cac-hotline']) assert.ok(forCyber.includes(id), id);
	assert.ok(!contactsFor(real, ['market-swing']).some((c) => c.id === 'cac-hotline'));
});

test('start and resume links follow the runner contract', () => {
	assert.equal(checklistStartPath('system-failure', 'L2'), '/checklists/system-failure/?start=L2');
	assert.equal(runPath('system-failure', 'abc123'), '/checklists/system-failure/?run=abc123');
});
