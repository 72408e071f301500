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
}

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

export function checklistTemplate({ title, kind, category, owner, chapter, today }: ChecklistAnswers): string {
	const incident = kind === 'incident';
	return `# 由 npm run new 创建。字段说明见 content/README.md“一张合格的清单”。
title: ${scalar(title)}
summary: 待补充：什么时候用这张清单。
kind: ${kind}
${incident ? `category: ${category}\n` : ''}type: ${incident ? 'READ-DO' : 'DO-CONFIRM'}
edition: ${today}
trigger: 待补充：什么情况下启动这张清单。
chapters: [${chapter ?? ''}]
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
