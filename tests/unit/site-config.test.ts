import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editLinkBase, loadOrganisation, loadSidebar } from '../../src/manual/files.ts';
import { OrganisationSchema } from '../../src/schemas/organisation.ts';

test('the organisation data gives the site identity', () => {
	const organisation = loadOrganisation();
	assert.match(organisation.site.url, /^https?:\/\//);
	assert.ok(organisation.siteTitle.length > 1);
	assert.equal(editLinkBase(organisation), `${organisation.repository.url}/edit/${organisation.repository.branch}/`);
});

test('edit links tolerate a trailing slash on the repository URL', () => {
	const organisation = OrganisationSchema.parse({
		name: '测试记账',
		shortName: '测试',
		siteTitle: '手册',
		site: { url: 'https://example.org' },
		repository: { url: 'https://git.example.org/a/b/', branch: 'trunk' },
		contacts: [{ id: 'x', label: '应急', keeper: 'hr-admin', when: '随时' }],
	});
	assert.equal(editLinkBase(organisation), 'https://git.example.org/a/b/edit/trunk/');
	assert.equal(organisation.site.base, '/');
});

test('the sidebar lists every part with its chapters', () => {
	const sidebar = loadSidebar();
	assert.deepEqual(sidebar.map((part) => part.label).sort(), ['培训', '应急', '运营'].sort());
	for (const part of sidebar) assert.ok(part.chapters.length > 0, part.label);
});
