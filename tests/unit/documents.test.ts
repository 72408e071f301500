// Document templates drafted from run records: the law's contents present, every field filled or
// a visible blank, typed HTML kept as text in every output, drafts kept and carried like records.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadManual } from '../../src/check/load.ts';
import { documentProblems } from '../../src/check/rules/documents.ts';
import { articleLabel, templatesFor, type DocumentCatalogue, type OfferedTemplate } from '../../src/domain/documents/catalogue.ts';
import { documentToDocx } from '../../src/domain/documents/docx.ts';
import {
	DRAFTS_KEY_PREFIX,
	DraftStore,
	draftRunIds,
	mergeDrafts,
	newDraft,
	typedValues,
	typeField,
	withMergedRuns,
	type RunDrafts,
} from '../../src/domain/documents/drafts.ts';
import { blankKey, RUN_FIELDS } from '../../src/domain/documents/fields.ts';
import { documentToText, fillTemplate, provenance } from '../../src/domain/documents/fill.ts';
import { parseImport, runsToFile } from '../../src/domain/run/handover.ts';
import { record, startRun, type ChecklistRun } from '../../src/domain/run/model.ts';
import { toSnapshot } from '../../src/domain/run/snapshot.ts';
import { docxParagraphTexts, documentXml } from '../support/docx.ts';

const root = join(import.meta.dirname, '..', '..');
const manual = loadManual(root).manual;
const roles = new Map((manual.roles?.data ?? []).map((role) => [role.id, role]));
const snapshot = (id: string) => {
	const entry = manual.checklists.find((candidate) => candidate.id === id)!;
	return toSnapshot(id, entry.data, roles);
};
const catalogue: DocumentCatalogue = {
	organisation: '示例代理记账有限公司',
	templates: manual.documents.map(({ id, data }) => ({
		id,
		...data,
		basis: data.basis.map((b) => `《${b.law}》${b.article ? articleLabel(b.article) : ''}`),
	})),
	categories: Object.fromEntries(manual.checklists.flatMap((c) => (c.data.category ? [[c.id, c.data.category]] : []))),
};
const template = (id: string) => catalogue.templates.find((candidate) => candidate.id === id)!;
const ZONE = 'Asia/Shanghai';
const at = (time: string) => new Date(`2026-12-15T${time}:00+08:00`);
const NOW = at('16:40');

/** A leak run at 二级: discovered 14:10, started 14:20, two steps done (one with a note), one set aside. */
function leakRun(): ChecklistRun {
	let run = startRun(
		snapshot('cyber-data-leak'),
		{ title: '客户资料误发', reportedBy: '王五', severity: 'L2', discoveredAt: at('14:10') },
		at('14:20'),
	);
	run = record(run, { type: 'check', step: 'assign-lead-recorder', by: '李四' }, at('14:25'));
	run = record(run, { type: 'note', step: 'isolate-devices', note: '已撤销对外分享链接', by: '李四' }, at('14:28'));
	run = record(run, { type: 'check', step: 'isolate-devices', by: '李四' }, at('14:30'));
	return record(run, { type: 'not-applicable', step: 'lock-accounts', reason: '没有账号被盗', lead: true, by: '李四' }, at('14:31'));
}
const source = (runs: ChecklistRun[]) => ({ organisation: catalogue.organisation, runs, now: NOW, timeZone: ZONE });

test('every template covers each item of the legal contents list it names, and the check says so', () => {
	assert.ok(manual.documents.length >= 6, `${manual.documents.length} templates`);
	assert.deepEqual(documentProblems(manual), []);
	const laws = manual.laws!.data;
	for (const { id, data } of manual.documents)
		for (const basis of data.basis.filter((b) => b.contents)) {
			const list = laws.find((law) => law.name === basis.law)!.contents.find((c) => c.id === basis.contents)!;
			for (const item of list.items)
				assert.ok(
					data.sections.some((section) => section.covers.includes(item.id) && section.text.trim()),
					`${id}: “${item.text}” (${item.id}) is not covered`,
				);
		}
	// The art. 57 notice carries the law's list: kinds, cause, harm, remedies, what the person can do, contact.
	const notice = manual.laws!.data.find((law) => law.name === '个人信息保护法')!.contents[0]!;
	assert.deepEqual(
		notice.items.map((item) => item.id),
		['kinds', 'cause', 'harm', 'remedies', 'mitigation', 'contact'],
	);
});

test('a template that drops a required section, or names a field no run provides, is refused with the fix', () => {
	const breach = manual.documents.find((d) => d.id === 'breach-notice')!;
	const dropped = { ...breach, data: { ...breach.data, sections: breach.data.sections.filter((s) => !s.covers.includes('mitigation')) } };
	const unknown = {
		...breach,
		data: { ...breach.data, sections: [...breach.data.sections, { heading: '六、其他', covers: [], text: '受影响人数：{{受影响人数}}' }] },
	};
	const problems = documentProblems({ ...manual, documents: [dropped, unknown] });
	assert.deepEqual(
		problems.map((p) => [p.file, p.rule, p.field, p.value]),
		[
			['content/documents/breach-notice.yaml', 'document/missing-section', 'sections', 'mitigation'],
			['content/documents/breach-notice.yaml', 'document/unknown-field', 'sections[5].text', '受影响人数'],
		],
	);
	assert.match(problems[0]!.hint!, /《个人信息保护法》要求写明“个人可以采取的减轻危害的措施”/);
	assert.match(
		problems[1]!.hint!,
		/运行记录提供的字段：机构名称、事件标题.*发现时间.*请改成其中之一；要由起草人在页面上手填的，写成 \{\{填写：受影响人数\}\}/,
	);
});

test('filling leaves no field name visible in any template, from a run or from nothing', async () => {
	const run = leakRun();
	for (const offered of catalogue.templates)
		for (const runs of [[run], []]) {
			const filled = fillTemplate(offered, source(runs));
			const text = documentToText(filled);
			assert.doesNotMatch(text, /\{\{|\}\}/, `${offered.id}: ${text}`);
			for (const name of Object.keys(RUN_FIELDS)) assert.ok(!text.includes(`{{${name}`), name);
			// Every blank is visible as one, and only blanks are.
			for (const field of filled.fields.filter((f) => f.source === 'blank'))
				assert.ok(text.includes(`【待填写：${field.label}】`), field.label);
			const xml = documentXml(new Uint8Array(await (await documentToDocx(filled)).arrayBuffer()));
			assert.doesNotMatch(xml, /\{\{|\}\}/, offered.id);
		}
});

test('the art. 57 notice from a leak run: discovery time, the steps done with their times and notes, nothing set aside, blanks for the rest', () => {
	const filled = fillTemplate(template('breach-notice'), source([leakRun()]), { [blankKey('收件人，例如 尊敬的张先生')]: '尊敬的客户' });
	const text = documentToText(filled);
	assert.match(text, /^示例代理记账有限公司\n\n个人信息安全事件告知书\n\n尊敬的客户：\n/);
	assert.match(text, /2026年12月15日 14:10，本公司发现【待填写：事件经过/);
	assert.match(
		text,
		/已经完成：\n1\. 2026年12月15日 14:25 确认应急负责人，指定记录员\n2\. 2026年12月15日 14:30 断开受感染设备，暂停共享和同步（已撤销对外分享链接）\n/,
	);
	assert.doesNotMatch(text, /被盗账号改密码/, 'a step set aside is not a remedy taken');
	assert.doesNotMatch(text, /李四/, 'the notice to individuals names no staff');
	assert.match(text, /\n2026年12月15日\n$/);
	const { record: fromRecord, typed, blank } = provenance(filled);
	assert.deepEqual(fromRecord, ['发现时间', '已采取的措施', '起草日期']);
	assert.deepEqual(typed, ['收件人，例如 尊敬的张先生']);
	assert.equal(blank.length, 6);
});

test('typed text with HTML stays text in the plain text and in the .docx', async () => {
	const html = '<img src=x onerror="alert(1)"> & <b>粗体</b>';
	const filled = fillTemplate(template('breach-notice'), source([leakRun()]), {
		[blankKey('联系人、电话和电子邮箱')]: html,
		发现时间: `${html}（更正）`,
	});
	assert.ok(documentToText(filled).includes(`请联系：${html}。`));
	assert.equal(filled.fields.find((f) => f.key === '发现时间')!.source, 'typed');
	const bytes = new Uint8Array(await (await documentToDocx(filled)).arrayBuffer());
	const xml = documentXml(bytes);
	assert.ok(!xml.includes('<img') && !xml.includes('<b>'), 'no markup from typed text in the XML');
	assert.ok(
		xml.includes('&lt;img src=x onerror="alert(1)"&gt; &amp; &lt;b&gt;粗体&lt;/b&gt;') ||
			xml.includes('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'),
	);
	assert.ok(docxParagraphTexts(bytes).some((paragraph) => paragraph.includes(`请联系：${html}。`)));
});

test('the .docx holds the same text as the plain text, paragraph for paragraph', async () => {
	const filled = fillTemplate(template('late-filing-statement'), source([leakRun()]));
	const paragraphs = docxParagraphTexts(new Uint8Array(await (await documentToDocx(filled)).arrayBuffer()));
	const text = documentToText(filled);
	for (const paragraph of paragraphs.filter((p) => p.trim() && !p.startsWith('总经理：'))) assert.ok(text.includes(paragraph), paragraph);
	assert.ok(paragraphs.includes('关于逾期申报的情况说明'));
});

test('the review merges several records of one incident into one timeline in time order, each event once', () => {
	const first = leakRun();
	let second = startRun(snapshot('system-failure'), { title: '共享盘无法访问', reportedBy: '赵六' }, at('14:22'));
	second = record(second, { type: 'check', step: second.checklist.phases[0]!.steps[0]!.id, by: '赵六' }, at('14:27'));
	const filled = fillTemplate(template('post-incident-review'), source([first, second, first]));
	const timeline = documentToText(filled).split('二、时间线\n')[1]!.split('\n\n')[0]!.split('\n');
	const times = timeline.map((line) => line.match(/(\d+:\d+)/)![1]);
	assert.deepEqual(times, [...times].sort());
	assert.ok(timeline.some((line) => line.includes('【网络攻击与数据泄露应急清单】') && line.includes('开始执行')));
	assert.ok(timeline.some((line) => line.includes('【') && line.includes('14:22') && line.includes('开始执行')));
	assert.equal(new Set(timeline.map((line) => line.replace(/^\d+\. /, ''))).size, timeline.length, 'no event twice');
	assert.equal(timeline.length, 2 + first.events.length + second.events.length);
	assert.match(documentToText(filled), /参与人员：王五、李四、赵六。/);
});

test('templates are offered by the run checklist’s category, `all` to every incident, and by checklist id', () => {
	const ids = (checklist: string) => templatesFor(catalogue, checklist).map((t: OfferedTemplate) => t.id);
	assert.deepEqual(ids('cyber-data-leak'), ['breach-notice', 'cyber-incident-report', 'cyber-summary-report', 'post-incident-review']);
	assert.deepEqual(ids('system-failure'), ['client-delay-letter', 'late-filing-statement', 'post-incident-review']);
	assert.deepEqual(ids('post-incident-review'), ['post-incident-review']);
	assert.deepEqual(ids('monthly-close'), []);
	assert.equal(articleLabel(57), '第五十七条');
	assert.equal(articleLabel(109), '第一百零九条');
	assert.equal(articleLabel(10), '第十条');
	assert.equal(articleLabel(33), '第三十三条');
});

/** localStorage in memory, with a switch to refuse writes as a full storage does. */
class MemoryStorage implements Storage {
	private items = new Map<string, string>();
	full = false;
	get length() {
		return this.items.size;
	}
	clear() {
		this.items.clear();
	}
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	key(index: number) {
		return [...this.items.keys()][index] ?? null;
	}
	removeItem(key: string) {
		this.items.delete(key);
	}
	setItem(key: string, value: string) {
		if (this.full) throw new DOMException('full', 'QuotaExceededError');
		this.items.set(key, value);
	}
}

test('drafts are kept per run, merged field by field (the later typing wins), and held in memory while storage is full', () => {
	const storage = new MemoryStorage();
	const tabA = new DraftStore(storage);
	const tabB = new DraftStore(storage);
	let a = newDraft('breach-notice', ['r1'], at('15:00'));
	a = typeField(a, '填写：原因', '钓鱼邮件', at('15:01'));
	tabA.saveDraft('r1', a);
	let b = tabB.draft('r1', 'breach-notice')!;
	b = typeField(b, '填写：原因', '钓鱼邮件，员工点击了链接', at('15:02'));
	tabB.saveDraft('r1', b);
	a = typeField(a, '填写：联系人', '客户联络人 138', at('15:03'));
	const merged = tabA.saveDraft('r1', a);
	assert.deepEqual(typedValues(merged.drafts.drafts[0]), { '填写：原因': '钓鱼邮件，员工点击了链接', '填写：联系人': '客户联络人 138' });
	assert.ok(storage.getItem(`${DRAFTS_KEY_PREFIX}r1`)!.includes('"version":1'));

	storage.full = true;
	const pending = tabA.saveDraft('r1', typeField(a, '填写：原因', '停电', at('15:04')));
	assert.equal(pending.status, 'pending');
	assert.equal(tabA.unsaved, 1);
	assert.equal(typedValues(tabA.draft('r1', 'breach-notice'))['填写：原因'], '停电', 'the page still reads what was typed');
	storage.full = false;
	assert.equal(tabA.retry(), 0);
	assert.equal(typedValues(new DraftStore(storage).draft('r1', 'breach-notice'))['填写：原因'], '停电');

	// Un-merging a run is a later choice and survives merging with a copy that still had it.
	let review = withMergedRuns(newDraft('post-incident-review', ['r1'], at('15:00')), ['r2', 'r3'], at('15:05'));
	const older = review;
	review = withMergedRuns(review, ['r3'], at('15:06'));
	const copies = (draft: typeof review): RunDrafts => ({ version: 1, runId: 'r1', drafts: [draft] });
	assert.deepEqual(draftRunIds(mergeDrafts(copies(older), copies(review)).drafts[0]!), ['r1', 'r3']);
	assert.deepEqual(draftRunIds(mergeDrafts(copies(review), copies(older)).drafts[0]!), ['r1', 'r3']);
});

test('the runs file carries drafts beside runs; a damaged draft refuses the whole file', () => {
	const run = leakRun();
	const drafts: RunDrafts = {
		version: 1,
		runId: run.id,
		drafts: [typeField(newDraft('breach-notice', [run.id], NOW), '填写：原因', '误发', NOW)],
	};
	const file = runsToFile([run], NOW, [drafts]);
	const read = parseImport(file);
	assert.ok('runs' in read);
	assert.deepEqual(read.drafts, [drafts]);
	assert.equal(JSON.parse(runsToFile([run], NOW)).drafts, undefined, 'no drafts, no key: older manuals read the file as before');
	const damaged = JSON.parse(file);
	damaged.drafts[0].drafts[0].fields['填写：原因'].at = '昨天';
	const refused = parseImport(JSON.stringify(damaged));
	assert.ok('problem' in refused);
	assert.match(refused.problem, /第 1 组文书草稿已损坏/);
});
