import { sheetLayout } from '../../domain/printed-sheet.ts';
import type { Manual } from '../load.ts';
import { problem, type ContentProblem } from '../problem.ts';

/** Pages a checklist may take on paper: one A4 sheet, or two with the second headed as such. */
export const MAX_PRINTED_PAGES = 2;

/**
 * A checklist's printed sheet (the checklist page and the paper emergency kit) must fit two A4
 * pages. The height is estimated from the text (src/domain/printed-sheet.ts); what fills the
 * pages is most often the details marked `printDetail`, so the problem names them.
 */
export function printedSheetProblems(manual: Manual): ContentProblem[] {
	const roles = manual.roles?.data ?? [];
	const roleName = (id: string) => roles.find((role) => role.id === id)?.name ?? id;
	return manual.checklists.flatMap(({ file, data, locate }) => {
		const layout = sheetLayout(data, roleName);
		const third = layout.breaks[MAX_PRINTED_PAGES - 1];
		if (!third) return [];
		const details = [...layout.printedDetails]
			.sort((a, b) => b.lines - a.lines)
			.slice(0, 3)
			.map((detail) => `phases[${detail.phase}].steps[${detail.index}]（${detail.lines} 行）`);
		const field = `phases[${third.phase}].steps[${third.index}]`;
		return [
			problem('checklist/print-overflow', {
				file,
				field,
				value: `约 ${layout.pages} 页`,
				message: `打印出来约有 ${layout.pages} 页 A4，超过 ${MAX_PRINTED_PAGES} 页：从这一步（${third.step}）起印到了第 ${MAX_PRINTED_PAGES + 1} 页`,
				hint:
					`纸质应急包里的清单最多两页。请去掉一些步骤的 printDetail: true（只给写有当晚必须照做的规则或数字的说明保留），或把说明写短` +
					(details.length ? `；印出的说明中最长的是 ${details.join('、')}` : '') +
					`；仍放不下时，把清单拆成两张。改完运行 npm run check 再看。`,
				...locate(['phases', third.phase, 'steps', third.index]),
			}),
		];
	});
}
