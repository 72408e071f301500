import { durationMinutes, formatDuration } from '../../domain/duration.ts';
import { CONTENT } from '../../manual/paths.ts';
import type { FirstReport } from '../../schemas/response-rules.ts';
import type { Manual } from '../load.ts';
import { problem, type ContentProblem } from '../problem.ts';

/**
 * Words that stop or put off a filing. A first action is read at 2am and done at once; one that
 * holds a filing back makes the filing late, which the chapters never allow for want of a client,
 * a document or a ruling.
 */
const DELAYS_FILING = [
	/暂停[^，。；]{0,16}申报/,
	/停止[^，。；]{0,6}申报/,
	/(推迟|延后|暂缓|暂不)[^，。；]{0,4}(申报|报税|提交)/,
	/先不(要)?[^，。；]{0,6}(报|提交)/,
	/等[^，。；]{1,12}再(报|申报|提交)/,
];

/** “15 分钟内”: how `within` is written in a first action. */
export const withinText = (within: string): string => `${formatDuration(durationMinutes(within) ?? 0)}内`;

const compact = (text: string) => text.replace(/\s+/g, '');

/** The first report an incident category's checklist opens with: the one listing it, else the first. */
export function firstReportFor(reports: readonly FirstReport[], category: string): FirstReport | undefined {
	return reports.find((report) => report.categories.includes(category as FirstReport['categories'][number])) ?? reports[0];
}

/**
 * An incident checklist's first actions against the response rules: its first `call` names the
 * role `content/facts/response.yaml` says hears of this kind of event first, and the time it has;
 * and no first action stops or delays a filing.
 */
export function firstActionProblems(manual: Manual): ContentProblem[] {
	const rules = manual.responseRules?.data;
	const roles = manual.roles?.data ?? [];
	const roleName = (id: string) => roles.find((role) => role.id === id)?.name ?? id;
	// Longest first, so 应急负责人 is not read as 负责人 and 当班应急负责人 finds 应急负责人.
	const names = roles.map((role) => role.name).sort((a, b) => b.length - a.length);
	const firstNamed = (text: string) =>
		names
			.map((name) => ({ name, at: text.indexOf(name) }))
			.filter(({ at }) => at >= 0)
			.sort((a, b) => a.at - b.at || b.name.length - a.name.length)[0]?.name;
	const problems: ContentProblem[] = [];
	for (const { file, data, locate } of manual.checklists) {
		if (data.kind !== 'incident' || data.firstActions.length === 0) continue;
		data.firstActions.forEach((action, index) => {
			const pattern = DELAYS_FILING.find((candidate) => candidate.test(action.text));
			if (pattern)
				problems.push(
					problem('facts/delays-filing', {
						file,
						field: `firstActions[${index}].text`,
						value: action.text,
						hint: `发现者的第一步不能停止或推迟申报（这里写了“${pattern.exec(action.text)![0]}”）。截止日前后报不上时怎么办，只按 ${CONTENT.legalFacts} 的 lateFiling 表办理；各章的规则是不为等资料、等客户或等口径而逾期申报。请改成“不按个人理解改账或改申报表；截止日前 3 天内的照常按期申报”这类不耽误申报的写法。`,
						...locate(['firstActions', index, 'text']),
					}),
				);
		});
		// Without the roles file (reported in its own right) the names to look for are unknown.
		const report = rules && manual.roles && data.category ? firstReportFor(rules.firstReports, data.category) : undefined;
		if (!report) continue;
		const expectedRole = roleName(report.reportTo);
		const expectedWithin = withinText(report.within);
		const expected = `${expectedWithin}电话告诉${expectedRole}`;
		const source = `${manual.responseRules!.file} 的 firstReports（id: ${report.id}）规定“${report.event}”先报${expectedRole}（${report.reportTo}），时限 ${expectedWithin}`;
		const callIndex = data.firstActions.findIndex((action) => action.kind === 'call');
		if (callIndex < 0) {
			problems.push(
				problem('facts/first-call', {
					file,
					field: 'firstActions',
					value: '（没有 kind: call 的一条）',
					message: '发现者的第一步里没有“报告”',
					hint: `${source}。请加一条 kind: call，text 写“${expected}”（可以再加“，同时告诉某岗位”）。`,
					...locate(['firstActions']),
				}),
			);
			continue;
		}
		const text = data.firstActions[callIndex]!.text;
		const named = firstNamed(text);
		const faults = [
			named !== expectedRole && (named ? `先写的是${named}` : '没有写岗位'),
			!compact(text).includes(compact(expectedWithin)) && `没有写时限“${expectedWithin}”`,
		].filter(Boolean);
		if (faults.length)
			problems.push(
				problem('facts/first-call', {
					file,
					field: `firstActions[${callIndex}].text`,
					value: text,
					hint: `${source}，这一条${faults.join('，')}。请写成“${expected}”；还要告诉其他岗位的，写在后面：“${expected}，同时告诉某岗位”。要改由谁先接报，只改 ${manual.responseRules!.file}。`,
					...locate(['firstActions', callIndex, 'text']),
				}),
			);
	}
	return problems;
}
