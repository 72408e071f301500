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
	'checklist/duplicate-symptom': rule(
		'同一条情况写进了两张清单或两个章节（或同一处写了两次）',
		'每条情况只放在最该用的那张清单或那一章里，另一处删除或改写得更具体。',
		'system-failure.yaml 与 data-loss.yaml 都写了 - 共享盘打不开',
		'system-failure.yaml：- 共享盘打不开\ndata-loss.yaml：- 共享盘的文件不见了',
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
	'ref/path': rule(
		'未知学习路径',
		'改成 content/training/paths 中已有的学习路径 id（文件名，不含扩展名）。',
		'includes: [core]',
		'includes: [all-staff]',
	),
	'ref/self-check': rule(
		'这一章还没有自测',
		'先在 content/training/self-checks 中为这一章写自测，或改正章节 id。',
		'selfChecks: [operations/nope]',
		'selfChecks: [operations/confidentiality]',
	),
	'training/duplicate-question': rule(
		'题目 id 重复',
		'每道题的 id 在本自测内只能用一次：改掉后一个。',
		'id: no-usb（两次）',
		'id: no-usb / id: no-cloud',
	),
	'training/duplicate-self-check': rule(
		'同一章有两份自测',
		'一章只写一份自测：把题目合并到一个文件。',
		'两个文件都写 chapter: operations/confidentiality',
		'只有一个文件',
	),
	'training/options': rule(
		'选项不合规',
		'单选和多选题至少两个选项；判断题不写选项。',
		'kind: single\noptions: [只有一个]',
		'kind: single\noptions: [甲, 乙]',
	),
	'training/no-answer': rule('题目没有正确答案', '在 answer 中写出正确选项的字母，判断题写 对 或 错。', 'answer: []', 'answer: B'),
	'training/answer-not-option': rule(
		'正确答案不在选项中',
		'answer 只能写已有选项的字母（A 是第一个选项），判断题写 对 或 错。',
		'options: [甲, 乙]\nanswer: C',
		'options: [甲, 乙]\nanswer: B',
	),
	'training/answer-count': rule(
		'单选或判断题写了几个答案',
		'只留一个正确答案，或把 kind 改成 multiple。',
		'kind: single\nanswer: [A, B]',
		'kind: multiple\nanswer: [A, B]',
	),
	'training/unknown-section': rule(
		'解释引用的小节不存在',
		'section 写章节中某个标题的锚点：去掉标点和空格的标题文字。',
		'section: 第一周',
		'section: 第一周规则与安全',
	),
	'training/include-loop': rule(
		'学习路径循环包含',
		'删掉造成循环的 includes：路径不能直接或间接包含自己。',
		'a 包含 b，b 包含 a',
		'a 包含 all-staff',
	),
	'training/role-without-path': rule(
		'岗位没有学习路径',
		'在 content/training/paths 下为这个岗位新建一个学习路径文件。',
		'（没有 content/training/paths/cashier.yaml）',
		'content/training/paths/cashier.yaml',
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
	'checklist/print-overflow': rule(
		'清单打印出来超过两页 A4',
		'去掉一些步骤的 printDetail（只给写有当晚必须照做的规则或数字的说明保留），或把说明写短；仍放不下就拆成两张清单。',
		'十几个步骤都写 printDetail: true，说明各有三四行',
		'只在“14:00 仍未恢复的去办税服务厅”这类说明上写 printDetail: true',
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
	'chapter/duplicate-page': rule(
		'两个文件对应同一个页面',
		'同一章节只保留一个文件：删除或改名其中的 .md 或 .mdx。',
		'framework.md 和 framework.mdx',
		'只有 framework.mdx',
	),
	'chapter/reviewed-in-future': rule(
		'审阅日期晚于今天',
		'reviewed 写实际审阅的日期，不能提前填写。',
		'reviewed: 2099-01-01',
		'reviewed: 2026-11-24',
	),
	'calendar/deadline-month': rule(
		'申报截止日不在它所属的月份',
		'截止日必须在 month 所写的那个月（和日历的年份）之内。',
		'{ month: 3, deadline: 2026-04-15 }',
		'{ month: 3, deadline: 2026-03-16 }',
	),
	'calendar/cutoff-fact': rule(
		'时间节点引用的事实不存在',
		'fact 要写 content/facts/legal-facts.yaml 中 lateFiling 表里的事实 id。',
		"{ at: '24:00', title: 申报截止, fact: late-filing }",
		"{ at: '24:00', title: 申报截止, fact: file-late-at-once }",
	),
	'mdx/component-not-imported': rule(
		'使用了没有导入的组件',
		'在 frontmatter 之后用 import 导入这个组件，或改用普通 Markdown。',
		'<Steps>…</Steps>（没有 import）',
		"import { Steps } from '@astrojs/starlight/components';",
	),
	'mdx/import-missing': rule(
		'导入的文件或软件包不存在',
		'检查 import 的路径拼写；相对路径从本文件所在的目录算起。',
		"import X from '../../src/components/Nope.astro';",
		"import X from '../../src/components/incidents/IncidentPanel.astro';",
	),
	'asset/missing': rule(
		'图片或文件不存在',
		'把文件放进 public/ 目录，路径写成 /文件名，或改正路径。',
		'![流程](/images/none.png)',
		'![流程](/images/flow.png)',
	),
	'content/remote-asset': rule(
		'引用了外部网站的图片或文件',
		'手册不得向外部网站发请求：把文件下载后放进 public/，改用站内路径。',
		'![图](https://example.com/a.png)',
		'![图](/images/a.png)',
	),
	'content/unsafe-html': rule(
		'正文中有可以执行代码的 HTML',
		'删除 script、iframe、事件属性（onclick 等）和 javascript: 链接；需要交互时请开发同事做成组件。',
		'<script>alert(1)</script>',
		'（删除，或改用已有组件）',
	),
	'yaml/full-width-colon': rule(
		'YAML 中用了全角冒号',
		'字段名后面的冒号必须是半角“:”，后面跟一个空格。',
		'title：系统故障',
		'title: 系统故障',
	),
	'yaml/tab': rule('YAML 中用了制表符（Tab）缩进', 'YAML 只能用空格缩进：把 Tab 换成两个空格。', '→title: 系统故障', '  title: 系统故障'),
	'yaml/missing-space': rule(
		'YAML 的冒号或短横线后缺少空格',
		'冒号“:”和列表符号“-”后面都要有一个空格。',
		'title:系统故障\n-L1',
		'title: 系统故障\n- L1',
	),
	'change/edition-not-bumped': rule(
		'清单步骤改了，版本日期没改',
		'修改步骤后把 edition 改成今天的日期，纸质版和运行记录才能分清版本。',
		'edition: 2026-11-24（步骤已改）',
		'edition: 2026-12-01',
	),
	'facts/restated': rule(
		'正文手写了有数据来源的法律数字',
		'改用 <LegalTable table="…" /> 或 <LegalFact id="…" />，数字只写在 content/facts/legal-facts.yaml。',
		'滞纳金按日加收万分之五',
		'滞纳金按日加收 <LegalFact id="late-payment" />',
	),
	'facts/deadline-level': rule(
		'清单的级别与定级规则中的截止日天数不一致',
		'距截止日的天数对应哪一级，以 content/facts/response.yaml 的 deadlineBands 为准；把条件移到对应级别。',
		'L2 when: 距截止日 3 天以内但只涉及 1 至 4 户',
		'L1 when: 受影响申报距截止日 3 天以内',
	),
	'facts/first-call': rule(
		'发现者的第一个“报告”与首报规则不一致',
		'第一条 kind: call 写 content/facts/response.yaml 规定的岗位和时限，例如“15 分钟内电话告诉应急负责人”；其他岗位写在后面。',
		'- kind: call\n  text: 马上告诉记账主管',
		'- kind: call\n  text: 15 分钟内电话告诉应急负责人，同时告诉记账主管',
	),
	'facts/delays-filing': rule(
		'发现者的第一步停止或推迟了申报',
		'第一步不能写“暂停申报”“先不报”“等……再报”：改成不耽误按期申报的做法，截止日前后报不上的按 legal-facts.yaml 的 lateFiling 办理。',
		'- kind: stop\n  text: 暂停受影响客户的申报',
		'- kind: stop\n  text: 不按个人理解改申报表，临近截止日的照常申报',
	),
	'facts/contradicted': rule(
		'与 content/facts/ 登记的法律事实相反的说法',
		'删去或改正这句：章节改用 <LegalTable> 或 <LegalFact> 显示事实，清单链接到显示它的章节。',
		'报不上的次日申请延期申报',
		'截止日当天在申报期限内申请延期申报；过了截止日立即补报并保留证据',
	),
	'draft/placeholder': rule(
		'已发布的页面里有占位文字或空步骤',
		'把“待补充”“TODO”“xxx”处写完整或删去；没写好的内容先不要放进侧边栏、首页或应急清单。',
		'text: 待补充',
		'text: 15 分钟内电话告诉应急负责人',
	),
	'contact/placeholder': rule(
		'应急联系人的号码待填写（上线前必须补齐）',
		'由这条联系人的 keeper 岗位核实后填写真实号码；部署前运行 npm run check -- --go-live 确认没有遗漏。',
		'phone: 待填写',
		'phone: "0571-88888888"',
	),
	'document/basis': rule(
		'文书依据的法规未登记或条款未核实',
		'basis.law 写 content/laws/laws.yaml 中登记的法规名称；article 只写登记表已核实的条款号，没有就不写。',
		'basis: [{ law: 个保法, article: 75 }]',
		'basis: [{ law: 个人信息保护法, article: 57 }]',
	),
	'document/contents': rule(
		'文书引用的法定事项清单不存在',
		'basis.contents 写该法规在 content/laws/laws.yaml 中登记的 contents id；清单还没登记的，核实原文后先登记。',
		'contents: notice',
		'contents: breach-notice',
	),
	'document/missing-section': rule(
		'文书缺少法律要求写明的事项',
		'在写明这一事项的部分的 covers 中加上事项 id；没有这样的部分就新增一部分写明它。',
		'（没有一部分 covers: [mitigation]）',
		'- heading: 四、建议您采取的措施\n  covers: [mitigation]',
	),
	'document/unknown-item': rule(
		'covers 写了依据中没有的事项',
		'covers 只写 basis 所引清单中的事项 id，报告会列出可用的 id。',
		'covers: [remedy]',
		'covers: [remedies]',
	),
	'document/unknown-field': rule(
		'文书用了运行记录不提供的字段',
		'改成报告列出的字段名之一；要由起草人手填的，写成 {{填写：说明}}。',
		'{{受影响人数}}',
		'{{填写：受影响的人数}}',
	),
	'originality/copied': rule(
		'与原始材料雷同',
		'只采用原文的事实，句子用自己的话重写。',
		'（照抄原文的一句话）',
		'（用自己的话写同一事实）',
	),
	'file/encoding': rule(
		'文件不是 UTF-8 编码或有乱码',
		'用 UTF-8 编码另存文件，把变成“�”或乱码的文字对照原文重新输入。',
		'（用 GBK/ANSI 保存的章节：页面上显示为“�”）',
		'（另存为 UTF-8 的同一章节）',
	),
	'role/renamed': rule(
		'岗位 id 被改名，其他文件仍在用旧 id',
		'岗位 id 发布后不要改：把 id 改回原来的写法，只改 name；确实要改名时把所有引用一起改掉。',
		'- id: senior-reviewer（原为 reviewer，其他文件仍写 reviewer）',
		'- id: reviewer\n  name: 高级复核会计',
	),
	'glossary/duplicate-synonym': rule(
		'同一个同义词写在了两个术语下',
		'同义词只写在它真正指的那个术语下，另一处删去或改成更准确的说法。',
		'账套 synonyms: [账本]；总账 synonyms: [账本]',
		'账套 synonyms: [账本]；总账 synonyms: [总分类账]',
	),
	'chapter/duplicate-title': rule(
		'两个页面的标题相同',
		'给其中一个页面换一个能区分内容的标题，读者在目录和搜索结果里才分得清。',
		'两章都写 title: 数据备份',
		'title: 数据备份 / title: 备份恢复演练',
	),
	'mdx/unclosed-container': rule(
		'提示框（:::）没有结束',
		'以 :::tip、:::note、:::caution 开始的提示框，结尾另起一行写 :::。',
		':::tip[要点]\n- 先报告',
		':::tip[要点]\n- 先报告\n:::',
	),
	'mdx/expression': rule(
		'正文中有花括号 {…}，会被当作代码执行',
		'正文里的花括号改成全角“｛｝”或删去；数字和事实用 <LegalFact id="…" /> 等组件显示。',
		'保存 {years} 年',
		'保存 <LegalFact id="retention-30-years" />',
	),
	'facts/unknown-id': rule(
		'引用的事实、表格或规则不存在',
		'id 和 table 只能写 content/facts/ 中已有的：报告会列出可用的值。',
		'<LegalFact id="late-fine" />',
		'<LegalFact id="late-payment" />',
	),
	'facts/different-value': rule(
		'正文或清单写的数字与登记的事实不同',
		'以 content/facts/ 和 content/laws/ 的登记为准：改用 <LegalFact id="…" /> 显示，或把数字改成登记的值。',
		'纳税申报表保存 5 年',
		'纳税申报表保存 <LegalFact id="retention-10-years" />',
	),
	'calendar/rest-day': rule(
		'截止日落在休息日，而它引用的规定要求顺延',
		'按《税收征收管理法实施细则》第一百零九条顺延到休息日后的第一个工作日，或核对日期。',
		'{ month: 8, deadline: 2026-08-15 }（星期六）',
		'{ month: 8, deadline: 2026-08-17, note: 15 日为星期六，顺延 }',
	),
	'contact/phone-length': rule(
		'电话号码的位数与它的种类不符',
		'手机号 11 位（1 开头）；座机写区号加号码（如 0571-88888888）；热线 3 至 5 位（如 12366）；400/800 电话 10 位。',
		'phone: 1380013800',
		'phone: "13800138000"',
	),
	'change/edition-in-future': rule(
		'版本日期晚于今天',
		'edition 写这一版实际定稿的日期（今天或更早），不能提前填写。',
		'edition: 2099-01-01',
		'edition: 2026-11-24',
	),
	'checklist/zero-due': rule(
		'步骤期限为零',
		'due 写完成这一步实际需要的时间，例如 PT15M（15 分钟）；要求立即做的写 PT5M。',
		'due: PT0M',
		'due: PT15M',
	),
	...SCHEMA_RULES,
	...MARKDOWN_RULES,
} as const satisfies Record<string, RuleDefinition>;

export type RuleSlug = keyof typeof RULES;

/** A rule's family: the part of its slug before the slash. */
export type RuleFamily = RuleSlug extends `${infer Family}/${string}` ? Family : never;

/** What each family of rules protects, for the help pages. */
export const RULE_FAMILIES: Record<RuleFamily, { title: string; protects: string }> = {
	file: { title: '文件', protects: '手册依赖的数据文件（岗位、术语、机构信息等）必须存在，否则页面无法生成。' },
	yaml: { title: 'YAML 写法', protects: '清单和数据文件能被正确读出；一个符号写错，整份文件都读不出来。' },
	mdx: { title: 'MDX 写法', protects: '章节能被正确渲染；写错的组件或符号会让整页构建失败。' },
	chapter: { title: '章节', protects: '每个网址只对应一个章节，审阅记录真实可信。' },
	checklist: { title: '清单', protects: '运行记录靠步骤和级别的 id 对应；id 重复或错误会让记录对不上步骤。' },
	ref: { title: '引用', protects: '章节、清单和岗位之间的引用都指向真实存在的内容，读者点过去不会落空。' },
	link: { title: '链接', protects: '正文里的每个链接都能打开，并落在存在的标题上。' },
	category: { title: '应急类别', protects: '首页的每个应急入口都有一张可以立即执行的清单。' },
	role: { title: '岗位名录', protects: '每个岗位唯一，并有真正能代行的人。' },
	glossary: { title: '术语表', protects: '同一个术语只有一种解释，搜索时不会出现相互矛盾的说法。' },
	sidebar: { title: '侧边栏', protects: '每个章节都能从目录找到，而且只出现一次。' },
	law: { title: '法规引用', protects: '手册引用的法规条款都经过核实，避免员工依据错误的条款行事。' },
	originality: { title: '原创性', protects: '手册用自己的话写成，不照抄原始材料。' },
	calendar: { title: '申报日历', protects: '申报截止日真实、落在正确的月份，员工按日历安排工作不会误期。' },
	asset: { title: '图片与文件', protects: '正文引用的图片和文件都随网站发布，断网时也能看到。' },
	content: { title: '安全', protects: '手册不向外部网站发请求，也不执行正文里写入的代码：内部资料不外泄，页面不能被人利用。' },
	facts: { title: '单一数据来源', protects: '定级规则、罚则、保存期限等事实只写在一个数据文件里，各页面不会互相矛盾。' },
	draft: { title: '未完成的内容', protects: '首页、侧边栏和纸质应急包链接到的页面不会带着“待补充”“TODO”或空步骤发布。' },
	contact: { title: '应急联系人', protects: '凌晨出事时，应急联系人里的每个号码都真实可拨。' },
	change: { title: '版本', protects: '纸质清单和运行中的记录能对应到正确的版本。' },
	document: {
		title: '文书模板',
		protects: '事件后要发出的告知书、报告和说明函写齐法律要求的事项，运行记录能填进每个字段，不会把空白或错误的字段发出去。',
	},
	training: { title: '培训', protects: '学习路径和自测指向真实的章节、清单和岗位，每道题都有正确答案，新员工按路径学不会落空。' },
	schema: { title: '字段', protects: '每个字段都按说明填写，页面才能拿到它需要的内容。' },
	lint: { title: 'Markdown 写法', protects: '章节的 Markdown 写法一致，渲染结果可预期。' },
};

export const ruleFamily = (slug: RuleSlug): RuleFamily => slug.split('/')[0] as RuleFamily;

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
