/**
 * The files `npm run new` writes: a chapter and a checklist that pass `npm run check` as they
 * are, with today's date and the few answers the editor gave. Pure: text in, text out.
 */
import type { ChecklistKind, IncidentCategory } from '../../src/schemas/checklist.ts';
import type { PARTS } from '../../src/schemas/chapter.ts';

export type Part = (typeof PARTS)[number];

export interface ChapterAnswers {
	title: string;
	part: Part;
	/** Role id that keeps the chapter correct; also its first reader. */
	owner: string;
	/** YYYY-MM-DD */
	today: string;
	description?: string | undefined;
}

/** YAML needs quotes for values that would otherwise parse as something else. */
const scalar = (text: string) => (/^[\s\-?:,[\]{}#&*!|>'"%@`]|:\s|\s#|^\s|\s$/.test(text) ? JSON.stringify(text) : text);

export function chapterTemplate({ title, part, owner, today, description }: ChapterAnswers): string {
	return `---
title: ${scalar(title)}
description: ${scalar(description ?? `${title}：一句话说明本章讲什么（待补充）。`)}
owner: ${owner}
audience: [${owner}]
part: ${part}
reviewed: ${today}
reviewEvery: 12
checklists: []
---

:::tip[要点]
- 待补充：读者必须记住的两三条规则。
:::

## 适用范围

待补充：本章适用于哪些情况、哪些岗位。

## 做法

待补充：按顺序写出怎么做。需要逐条执行的步骤，写成清单（npm run new -- checklist 清单id）。
`;
}

export interface ChecklistAnswers {
	title: string;
	kind: ChecklistKind;
	/** Required for, and only for, incident checklists. */
	category?: IncidentCategory | undefined;
	/** Role id that does the first step. */
	owner: string;
	/** Chapter id that explains the checklist, if any. */
	chapter?: string | undefined;
	today: string;
	/**
	 * An incident checklist's first report, as content/facts/response.yaml gives it for the category
	 * (“15 分钟内电话告诉应急负责人”); left 待补充 when the rules cannot be read.
	 */
	firstCall?: string | undefined;
}

/**
 * What the home page, the search and the paper kit show whoever discovers an incident: each
 * field an incident checklist needs, with 待补充 the check refuses until it is written.
 */
const incidentFirstMinutes = (
	firstCall: string | undefined,
) => `appliesWhen: 待补充：首页入口下的一句话   # 什么情况用这张清单，不超过 30 个字
symptoms:                 # 员工看到或说出的情况，每条 2 至 16 个字，用员工自己的说法；同一条不要写进两张清单
  - 待补充：第一种说法
  - 待补充：第二种说法
firstActions:             # 发现事件的人最初几分钟做的事，最多 5 条，每条不超过 40 个字
  - kind: stop            # 先停：停止或切断什么
    text: 待补充：先停止或切断什么
  - kind: capture         # 留证：记下或保留什么
    text: 待补充：先记下或保留什么
  - kind: call            # 报告：按 content/facts/response.yaml 的 firstReports，先报谁、多久内
    text: ${firstCall ?? '待补充：多久内电话告诉哪个岗位'}
`;

const INCIDENT_SEVERITIES = `severities:               # 从高到低排列；when 写可量化的判定条件
  - id: L1
    name: 一级
    when: 待补充：什么情况算一级（例如影响全部客户）
  - id: L2
    name: 二级
    when: 待补充：什么情况算二级
  - id: L3
    name: 三级
    when: 待补充：什么情况算三级
`;

export function checklistTemplate({ title, kind, category, owner, chapter, today, firstCall }: ChecklistAnswers): string {
	const incident = kind === 'incident';
	return `# 由 npm run new 创建。字段说明见 content/README.md“一张合格的清单”。
title: ${scalar(title)}
summary: 待补充：什么时候用这张清单。
kind: ${kind}
${incident ? `category: ${category}\n` : ''}type: ${incident ? 'READ-DO' : 'DO-CONFIRM'}
edition: ${today}
trigger: 待补充：什么情况下启动这张清单。
${incident ? incidentFirstMinutes(firstCall) : ''}chapters: [${chapter ?? ''}]
${incident ? INCIDENT_SEVERITIES : ''}phases:
  - title: 第一阶段
    steps:
      - id: first-step         # 小写字母、数字和连字符；发布后不要改，运行记录靠它对应
        text: 待补充第一步
        role: ${owner}
        due: ${incident ? 'PT1H' : 'P1D'}
        record: 完成时间、执行人
`;
}
