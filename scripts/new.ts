// `npm run new -- chapter <path>` and `npm run new -- checklist <id>`: a new chapter or checklist
// from a template, with today's date and the sidebar entry, that passes `npm run check` as it is.
// In a terminal it asks, in Chinese, for what the flags did not give; in CI or a script every
// answer must be a flag (--title, --part, --owner for a chapter; --title, --kind, --category,
// --owner, --chapter for a checklist).
import { createInterface, type Interface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { localDay } from '../src/domain/content-status.ts';
import { PARTS } from '../src/schemas/chapter.ts';
import { CHECKLIST_KINDS, INCIDENT_CATEGORIES, type ChecklistKind, type IncidentCategory } from '../src/schemas/checklist.ts';
import {
	AnswerError,
	checkNewChapterId,
	checkNewChecklistId,
	createChapter,
	createChecklist,
	newPagePath,
	partForFolder,
	readRoles,
} from './new/create.ts';
import { askChoice, askText } from './new/questions.ts';
import type { Part } from './new/templates.ts';

const USAGE = `用法：
  npm run new -- chapter <部分目录/文件名>   例如 npm run new -- chapter operations/payroll-tax
  npm run new -- checklist <清单id>          例如 npm run new -- checklist payroll-tax
在终端中运行会逐项提问；也可以用参数直接给出：
  章节：--title 标题 --owner 岗位id [--part 运营|应急|培训，默认按目录] [--description 一句话摘要]
  清单：--title 标题 --kind ${Object.keys(CHECKLIST_KINDS).join('|')} [--category 应急类别] --owner 岗位id [--chapter 章节id]`;

const { positionals, values: flags } = parseArgs({
	allowPositionals: true,
	options: {
		title: { type: 'string' },
		part: { type: 'string' },
		owner: { type: 'string' },
		description: { type: 'string' },
		kind: { type: 'string' },
		category: { type: 'string' },
		chapter: { type: 'string' },
	},
});
const [what, id] = positionals;
const root = process.cwd();
const today = localDay(new Date());

const interactive = Boolean(process.stdin.isTTY);
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
const missing: string[] = [];

/**
 * A flag's value, else the answer to a question in a terminal, else `fallback` (a value the
 * manual implies), else noted as missing.
 */
async function answer(flag: string, ask: (prompt: Interface) => Promise<string>, fallback?: string): Promise<string> {
	const given = flags[flag as keyof typeof flags];
	if (typeof given === 'string' && given.trim()) return given.trim();
	if (rl) return ask(rl);
	if (fallback) return fallback;
	missing.push(`--${flag}`);
	return '';
}

const roleChoices = () => [...readRoles(root)].map(([value, label]) => ({ value, label }));

try {
	if ((what !== 'chapter' && what !== 'checklist') || !id) throw new AnswerError(USAGE);
	let written: string[];
	if (what === 'chapter') {
		checkNewChapterId(root, id);
		const title = await answer('title', (rl) => askText(rl, '章节标题'));
		const folderPart = partForFolder(root, id);
		const part = (await answer(
			'part',
			(rl) =>
				askChoice(
					rl,
					'所属部分',
					PARTS.map((value) => ({ value, label: value })),
					folderPart,
				),
			folderPart,
		)) as Part;
		const owner = await answer('owner', (rl) => askChoice(rl, '负责维护本章的岗位', roleChoices()));
		if (missing.length) throw new AnswerError(`缺少 ${missing.join('、')}。\n${USAGE}`);
		const description = typeof flags.description === 'string' ? flags.description : undefined;
		written = createChapter(root, id, { title, part, owner, today, description });
	} else {
		checkNewChecklistId(root, id);
		const title = await answer('title', (rl) => askText(rl, '清单标题'));
		const kind = (await answer('kind', (rl) =>
			askChoice(
				rl,
				'清单种类',
				Object.entries(CHECKLIST_KINDS).map(([value, label]) => ({ value, label })),
			),
		)) as ChecklistKind;
		const category =
			kind === 'incident'
				? ((await answer('category', (rl) =>
						askChoice(
							rl,
							'应急类别（首页“出事了”面板按类别列出入口）',
							Object.entries(INCIDENT_CATEGORIES).map(([value, label]) => ({ value, label })),
						),
					)) as IncidentCategory)
				: undefined;
		const owner = await answer('owner', (rl) => askChoice(rl, '负责第一步的岗位', roleChoices()));
		const chapter =
			typeof flags.chapter === 'string'
				? flags.chapter
				: rl
					? await askText(rl, '说明这张清单的章节 id（例如 emergency/system-failure）', '不填')
					: '';
		if (missing.length) throw new AnswerError(`缺少 ${missing.join('、')}。\n${USAGE}`);
		written = createChecklist(root, id, {
			title,
			kind,
			category,
			owner,
			chapter: chapter && chapter !== '不填' ? chapter : undefined,
			today,
		});
	}
	console.log(`已创建：\n${written.map((file) => `  ${file}`).join('\n')}`);
	console.log(
		`页面地址：${newPagePath(what, id)}。下一步：补全文中的“待补充”（补全之前 npm run check 不会通过，页面不能发布），运行 npm run check，再用 npm run dev 预览。`,
	);
} catch (error) {
	if (!(error instanceof AnswerError)) throw error;
	console.error(error.message);
	process.exitCode = 1;
} finally {
	rl?.close();
}
