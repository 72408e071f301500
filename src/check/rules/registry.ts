/**
 * Every rule the content check enforces, as data: a stable slug (used in reports, GitHub
 * annotations, tests and, later, one help page per rule), a Chinese title, a one-line fix and an
 * example. A problem names its rule by slug, and `RuleSlug` is typed from this table, so a rule
 * cannot fire without an entry here. Slugs never change once published: editors and help pages
 * refer to them.
 */
export interface RuleDefinition {
	/** What is wrong, in the words a report uses, e.g. 未知岗位. */
	title: string;
	/** One line on how to fix it. */
	fix: string;
	/** A wrong and a right way to write it. */
	example: { wrong: string; right: string };
}

const rule = (title: string, fix: string, wrong: string, right: string): RuleDefinition => ({ title, fix, example: { wrong, right } });

/** remark-lint rules the manual's `.remarkrc.mjs` turns on, by remark-lint's own rule id. */
const MARKDOWN_RULES = {
	'lint/final-newline': rule('文件末尾缺少换行', '在文件最后一行后面按一次回车。', '最后一行没有换行', '最后一行后有一个空行'),
	'lint/list-item-bullet-indent': rule('列表符号前有多余缩进', '列表的“-”写在行首，前面不要空格。', '  - 第一项', '- 第一项'),
	'lint/no-blockquote-without-marker': rule(
		'引用块的某一行缺少“>”',
		'引用块的每一行都以“> ”开头。',
		'> 第一行\n第二行',
		'> 第一行\n> 第二行',
	),
	'lint/no-literal-urls': rule(
		'网址没有写成链接',
		'把网址写成 <https://…> 或 [文字](https://…)。',
		'见 https://example.cn',
		'见 <https://example.cn>',
	),
	'lint/ordered-list-marker-style': rule('编号列表的符号不一致', '编号列表统一用“1.”，不要混用“1)”。', '1) 第一步', '1. 第一步'),
	'lint/ordered-list-marker-value': rule('编号列表的序号不合规', '编号按 1. 2. 3. 顺序写，或全部写 1.。', '1. 甲\n3. 乙', '1. 甲\n2. 乙'),
	'lint/hard-break-spaces': rule('行尾有多余空格', '删除行尾空格；需要换行时另起一段。', '一句话   ', '一句话'),
	'lint/no-duplicate-definitions': rule('链接定义重复', '同一个 [名称]: 地址 只定义一次。', '[a]: /x/\n[a]: /y/', '[a]: /x/'),
	'lint/no-heading-content-indent': rule('标题的 # 后空格过多', '“#”后面只留一个空格。', '##   处置步骤', '## 处置步骤'),
	'lint/no-shortcut-reference-image': rule(
		'图片引用写法不完整',
		'写成 ![说明][名称]，不要只写 ![名称]。',
		'![流程图]',
		'![流程图][流程图]',
	),
	'lint/no-shortcut-reference-link': rule(
		'链接引用写法不完整',
		'写成 [文字](/路径/)，不要只写 [文字]。',
		'[系统故障]',
		'[系统故障](/emergency/system-failure/)',
	),
	'lint/no-undefined-references': rule('引用了未定义的链接', '改成 [文字](/路径/)；正文中的方括号请用全角【】。', '[见附件]', '【见附件】'),
	'lint/no-unused-definitions': rule('链接定义没有被使用', '删除没有用到的 [名称]: 地址。', '[a]: /x/（正文未用）', '（删除这一行）'),
	'lint/blockquote-indentation': rule('引用块缩进不一致', '“>”后统一只留一个空格。', '>   一行', '> 一行'),
	'lint/checkbox-character-style': rule('勾选框写法不一致', '勾选框写成 [ ] 或 [x]。', '- [X] 已完成', '- [x] 已完成'),
	'lint/code-block-style': rule('代码块写法不一致', '代码块统一用 ``` 包围。', '    缩进的代码', '```\n代码\n```'),
	'lint/emphasis-marker': rule('强调符号不一致', '强调统一用 *文字*。', '_重要_', '*重要*'),
	'lint/fenced-code-marker': rule('代码块围栏符号不一致', '代码块统一用 ```，不要混用 ~~~。', '~~~', '```'),
	'lint/heading-style': rule('标题写法不一致', '标题统一用 ## 开头，不要用下划线式标题。', '处置步骤\n--------', '## 处置步骤'),
	'lint/link-title-style': rule('链接标题的引号不一致', '链接标题统一用英文双引号。', "[a](/x/ 'b')", '[a](/x/ "b")'),
	'lint/list-item-content-indent': rule(
		'列表项内容缩进不一致',
		'同一列表项的续行与第一行文字对齐。',
		'- 第一行\n   第二行',
		'- 第一行\n  第二行',
	),
	'lint/rule-style': rule('分隔线写法不一致', '分隔线统一写成 ---。', '* * *', '---'),
	'lint/strong-marker': rule('加粗符号不一致', '加粗统一用 **文字**。', '__重要__', '**重要**'),
	'lint/heading-increment': rule(
		'标题跳级',
		'标题逐级使用：## 之下是 ###，不要从 ## 直接跳到 ####。',
		'## 处置\n#### 细节',
		'## 处置\n### 细节',
	),
	'lint/no-empty-url': rule('链接地址为空', '填写链接地址，或删除这个链接。', '[系统故障]()', '[系统故障](/emergency/system-failure/)'),
	'lint/no-body-title': rule(
		'正文中不能再写一级标题',
		'章节标题写在 frontmatter 的 title 中，正文从 ## 开始。',
		'# 系统故障',
		'## 适用范围',
	),
	'lint/no-empty-link-text': rule('链接文字为空', '在方括号里写上读者看到的文字。', '[](/contacts/)', '[应急联系人](/contacts/)'),
} as const satisfies Record<string, RuleDefinition>;

/** Zod's issue codes, as `schema/<code>`: every field rule written in `src/schemas/`. */
const SCHEMA_RULES = {
	'schema/invalid_type': rule(
		'字段类型不对或缺少必填字段',
		'按字段说明填写：文字、数字、true/false 或列表。',
		'reviewEvery: 十二',
		'reviewEvery: 12',
	),
	'schema/invalid_value': rule('字段值不在允许的范围内', '改成报告中列出的允许值之一。', 'part: 管理', 'part: 运营'),
	'schema/invalid_format': rule('字段格式不对', '按报告中的格式要求改写，例如日期写 YYYY-MM-DD、期限写 PT4H。', 'due: 4小时', 'due: PT4H'),
	'schema/invalid_union': rule(
		'字段值不符合任何一种允许的写法',
		'对照字段说明，选一种允许的写法。',
		'edition: 上个月',
		'edition: 2026-11-24',
	),
	'schema/invalid_key': rule('字段名不合规', '改正字段名，只用文档列出的字段。', '"一级": …', 'L1: …'),
	'schema/invalid_element': rule(
		'列表中有不合规的项',
		'逐项检查列表，改正报告指出的那一项。',
		'audience: [bookkeeper, 1]',
		'audience: [bookkeeper, reviewer]',
	),
	'schema/too_small': rule(
		'内容太短或太少',
		'补足到报告要求的最少字数或条数。',
		'description: 简介',
		'description: 系统停机时的判断、处置与恢复',
	),
	'schema/too_big': rule('内容太长或太多', '删减到报告允许的最多字数或条数。', 'text: （超过 40 个字的步骤）', 'text: 通知应急负责人'),
	'schema/not_multiple_of': rule('数值不是要求的倍数', '改成报告要求的倍数。', 'minutes: 7', 'minutes: 5'),
	'schema/unrecognized_keys': rule('有不认识的字段', '删除或改正这个字段名：常见原因是拼写错误。', 'tilte: 系统故障', 'title: 系统故障'),
	'schema/custom': rule(
		'字段之间的要求没有满足',
		'按报告的说明补全或删除相关字段。',
		'kind: incident（没有 category）',
		'kind: incident\ncategory: system-failure',
	),
} as const satisfies Record<string, RuleDefinition>;

export const RULES = {
	'file/missing': rule(
		'文件不存在',
		'恢复这个文件，或参照 content/README.md 新建。',
		'（删除了 content/roles/roles.yaml）',
		'（保留 content/roles/roles.yaml）',
	),
	'yaml/syntax': rule('YAML 格式错误', '检查这一行的缩进、冒号后的空格、引号和列表符号“- ”。', 'title:系统故障', 'title: 系统故障'),
	'mdx/syntax': rule('MDX 语法错误', '正文里的 {、}、<、> 改用全角符号或文字；组件标签必须成对闭合。', '金额 <5000 元', '金额少于 5000 元'),
	'chapter/frontmatter': rule(
		'缺少 frontmatter',
		'文件以 --- 开头的 frontmatter 开始，写明 title、description 等字段。',
		'## 第一节',
		'---\ntitle: 系统故障\n---',
	),
	'checklist/file-name': rule(
		'清单文件名不合规',
		'文件名就是清单 id，只能用小写字母、数字和连字符。',
		'System Failure.yaml',
		'system-failure.yaml',
	),
	'checklist/duplicate-severity': rule('级别 id 重复', '每个级别用不同的 id：L1、L2、L3……', '- id: L1\n- id: L1', '- id: L1\n- id: L2'),
	'checklist/duplicate-step': rule(
		'步骤 id 在本清单中重复',
		'给新步骤换一个 id；已发布步骤的 id 不要改。',
		'id: notify-lead（两次）',
		'id: notify-lead / id: notify-client',
	),
	'checklist/unknown-severity': rule(
		'本清单没有定义这个级别',
		'改用 severities 中定义的级别，或补充定义。',
		'severities: [L5]',
		'severities: [L1, L2]',
	),
	'ref/role': rule('未知岗位', '改成 content/roles/roles.yaml 中已有的岗位 id，或先新增岗位。', 'role: boss', 'role: incident-lead'),
	'ref/checklist': rule(
		'未知清单',
		'改成 content/checklists 中已有的清单 id（文件名，不含扩展名）。',
		'checklists: [outage]',
		'checklists: [system-failure]',
	),
	'ref/chapter': rule(
		'未知章节',
		'章节 id 是 content/chapters 下的路径（不含扩展名）。',
		'chapters: [system-failure]',
		'chapters: [emergency/system-failure]',
	),
	'ref/reciprocal': rule(
		'章节没有反向关联本清单',
		'在章节的 checklists 中加上本清单 id，让读者能从章节找到清单。',
		'章节 checklists: []',
		'章节 checklists: [system-failure]',
	),
	'link/empty': rule('空链接', '填写链接地址，或删除这个链接。', "links: ['']", 'links: [/emergency/system-failure/]'),
	'link/relative': rule(
		'站内链接必须以 / 开头',
		'写成从网站根目录开始的路径。',
		'[故障](system-failure)',
		'[故障](/emergency/system-failure/)',
	),
	'link/page': rule(
		'链接指向的页面不存在',
		'检查路径拼写：章节路径就是 content/chapters 下的文件路径，清单是 /checklists/清单id/。',
		'/emergency/outage/',
		'/emergency/system-failure/',
	),
	'link/anchor': rule(
		'链接指向的标题不存在',
		'改成该页面已有的标题锚点，报告会列出可用的锚点。',
		'/emergency/framework/#定级',
		'/emergency/framework/#事件分级',
	),
	'category/uncovered': rule(
		'应急类别没有对应的应急清单',
		'为这个类别新建一张 kind: incident 的清单。',
		'（没有 category: data-loss 的清单）',
		'content/checklists/data-loss.yaml',
	),
	'role/duplicate': rule('岗位 id 重复', '每个岗位用不同的 id。', '- id: reviewer（两次）', '- id: reviewer / - id: senior-reviewer'),
	'role/self-stand-in': rule(
		'代行岗位不能是本岗位自己',
		'填写另一个岗位的 id。',
		'id: reviewer\nstandIn: reviewer',
		'id: reviewer\nstandIn: manager',
	),
	'glossary/duplicate': rule(
		'术语重复',
		'同一术语只写一条，把其他说法合并到 synonyms。',
		'- term: 账套（两条）',
		'- term: 账套\n  synonyms: [账本]',
	),
	'sidebar/duplicate': rule(
		'章节在侧边栏中出现了两次',
		'每个章节只放在一个部分里。',
		'emergency/framework（两处）',
		'emergency/framework（一处）',
	),
	'sidebar/unknown-chapter': rule(
		'侧边栏中的章节不存在',
		'检查章节 id 拼写（content/chapters 下的路径，不含扩展名）。',
		'- emergency/frame',
		'- emergency/framework',
	),
	'sidebar/unreachable': rule(
		'章节不在侧边栏中，读者无法从目录找到它',
		'把章节 id 加到 content/sidebar.yaml 中合适的部分。',
		'（新章节未列入侧边栏）',
		'chapters: [emergency/new-chapter]',
	),
	'checklist/statutory-law': rule(
		'法定时限引用的法规未登记或条款未核实',
		'statutory.law 写 content/laws/laws.yaml 中登记的法规名称；article 只写登记表已核实的条款号，没有就不写。',
		'statutory: { law: 网络安全事件报告办法 }',
		'statutory: { law: 国家网络安全事件报告管理办法 }',
	),
	'law/unregistered': rule(
		'引用了未登记的法规条款',
		'核实原文后在 content/laws/laws.yaml 中登记；拿不准时不写条款号。',
		'《某某办法》第3条',
		'按本公司规定……',
	),
	'law/unverified-article': rule(
		'引用的条款未经核实',
		'改正条款号，或核实后在 content/laws/laws.yaml 中登记该条。',
		'《会计法》第99条',
		'《会计法》第36条',
	),
	'originality/copied': rule(
		'与原始材料雷同',
		'只采用原文的事实，句子用自己的话重写。',
		'（照抄原文的一句话）',
		'（用自己的话写同一事实）',
	),
	...SCHEMA_RULES,
	...MARKDOWN_RULES,
} as const satisfies Record<string, RuleDefinition>;

export type RuleSlug = keyof typeof RULES;

/** The rule of a remark-lint message. A rule missing here is a developer's slip, caught by a unit test. */
export function markdownRule(ruleId: string | undefined): RuleSlug {
	const slug = `lint/${ruleId}`;
	if (!(slug in MARKDOWN_RULES))
		throw new Error(`remark-lint rule ${ruleId} is on in .remarkrc.mjs but has no entry in src/check/rules/registry.ts`);
	return slug as RuleSlug;
}

/** The rule of a Zod issue: every code Zod can report has an entry, checked by the type below. */
export const schemaRule = (code: SchemaIssueCode): RuleSlug => `schema/${code}`;
type SchemaIssueCode = import('zod').z.core.$ZodIssue['code'];
