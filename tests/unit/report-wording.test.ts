// The exact words an editor reads: the full formatted report of representative faults, one of
// each kind, pinned as snapshots. A changed hint, field name, line or count fails here; when the
// change is intended, review the new wording and run `npm run test:unit -- --test-update-snapshots`.
import { snapshot, test } from 'node:test';
import { join } from 'node:path';
import { checkContent } from '../../src/check/index.ts';
import { formatReport } from '../../src/check/report.ts';
import { faultNamed, sourcesDir, treeWith } from '../support/faults.ts';

// Reports are stored as the text an editor sees, not as JSON-escaped strings.
snapshot.setDefaultSnapshotSerializers([(value) => String(value)]);
snapshot.setResolveSnapshotPath(() => join(import.meta.dirname, '__snapshots__', 'report-wording.snapshot'));

/** Fault fixture → the kind of mistake it stands for. */
const REPRESENTATIVE = {
	'missing-owner': 'schema: a required field missing',
	'unknown-part': 'schema: a value outside the allowed list',
	'misspelled-step-key': 'schema: an unknown key',
	'unknown-owner-role': 'reference: an unknown role',
	'unknown-chapter-in-checklist': 'reference: an unknown chapter',
	'broken-page-link': 'link: a page that does not exist',
	'broken-heading-anchor': 'anchor: a heading that does not exist',
	'mdx-unclosed-tag': 'MDX syntax',
	'yaml-syntax-checklist': 'YAML syntax',
	'unverified-article': 'citation: an article not verified',
	'chapter-not-in-sidebar': 'sidebar: a chapter readers cannot reach',
	'copied-sentence': 'originality: a sentence copied from a source',
	'calendar-missing-month': 'calendar: a month missing',
	'unknown-contact-role': 'contact: an unknown role',
	'due-in-chinese': 'duration: a deadline written in words',
	'due-in-months': 'duration: a deadline in months',
	'yaml-full-width-colon': 'YAML slip: a full-width colon',
	'unsafe-html': 'safety: HTML that runs code',
	'component-not-imported': 'MDX: a component used without its import',
	'renamed-role': 'reference: a role renamed in the directory, reported once at its definition',
	'retention-different-value': 'facts: a registered figure restated with another value',
	'deadline-band-in-ri': 'facts: a deadline band spelt with 日',
	'deadline-on-rest-day': 'calendar: a deadline left on a rest day',
	'phone-wrong-length': 'contact: numbers of the wrong length for their kind',
	'unclosed-container': 'MDX: a ::: box never closed',
	'mdx-expression': 'MDX: braces run as code',
	'unknown-fact-id': 'facts: a fact id that does not exist',
	'chapter-saved-as-gbk': 'encoding: a file saved as GBK',
	'synonym-on-two-terms': 'glossary: one synonym on two terms',
	'duplicate-title': 'pages: two pages with one title',
	'edition-in-future': 'edition: a date in the future',
	'zero-due': 'duration: a step due in no time',
} as const;

/** The day the snapshots were written: the wording that names today (an edition dated later) must not change with the calendar. */
const TODAY = new Date(2026, 11, 7, 12);

for (const [name, kind] of Object.entries(REPRESENTATIVE)) {
	test(`report wording — ${kind} (${name})`, async (t) => {
		const result = await checkContent(treeWith(t, faultNamed(name)), sourcesDir, { today: TODAY });
		t.assert.snapshot(formatReport(result.problems, result.files.length, result.helpUrl));
	});
}
