import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderSVG } from 'uqr';
import { printedEditionIn, printedEditionNotice, printedEditionUrl } from '../../src/domain/printed-edition.ts';
import { expectedModules, PRINTED_CODE_OPTIONS, svgModules } from '../support/qr.ts';

test('a printed copy points to its page with its edition, absolute when the site address is known', () => {
	assert.equal(
		printedEditionUrl('/manual/checklists/data-loss/', '2026-11-24', 'https://manual.example.cn'),
		'https://manual.example.cn/manual/checklists/data-loss/?edition=2026-11-24',
	);
	assert.equal(printedEditionUrl('/bound/', '2026-11-24', undefined), '/bound/?edition=2026-11-24');
	assert.equal(printedEditionUrl('/x/?a=1#top', '2026-11-24', undefined), '/x/?a=1&edition=2026-11-24#top');
});

test('only a valid day in the address counts as a printed edition', () => {
	assert.equal(printedEditionIn('?edition=2026-11-24'), '2026-11-24');
	assert.equal(printedEditionIn('?edition=2026-11'), undefined);
	assert.equal(printedEditionIn('?edition=<b>'), undefined);
	assert.equal(printedEditionIn(''), undefined);
});

test('the reader is told whether the printed copy is current, older, or cannot be placed', () => {
	assert.deepEqual(printedEditionNotice('2026-11-24', '2026-11-24'), {
		state: 'current',
		text: '您手上的是 2026-11-24 版，就是当前版本，可以照纸执行。',
	});
	const older = printedEditionNotice('2026-05-01', '2026-11-24');
	assert.equal(older.state, 'outdated');
	assert.match(older.text, /^您手上的是 2026-05-01 版，当前为 2026-11-24 版，.*变更见$/);
	assert.equal(printedEditionNotice('2027-01-01', '2026-11-24').state, 'unknown');
});

test('the QR reader of the tests reads back what uqr draws, and tells two addresses apart', () => {
	const url = 'https://manual.example.cn/checklists/data-loss/?edition=2026-11-24';
	const drawn = svgModules(renderSVG(url, PRINTED_CODE_OPTIONS));
	assert.deepEqual(drawn, expectedModules(url));
	assert.notDeepEqual(drawn, expectedModules(url.replace('11-24', '11-25')));
});
