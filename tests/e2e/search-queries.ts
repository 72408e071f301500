/**
 * The relevance set: what staff actually type into the search box, and the page that must be
 * among the first three results. Queries are everyday words and half-sentences, not the manual's
 * headings; `tests/e2e/search.spec.ts` runs each through the real search dialog.
 *
 * When a query misses, improve the index (glossary synonyms in content/glossary/glossary.yaml
 * first), not the query: these are the words people use.
 */
export interface RelevanceCase {
	query: string;
	/** Path of the page that must be in the top 3. */
	expect: string;
}

export const SEARCH_QUERIES: readonly RelevanceCase[] = [
	// 网络攻击与数据泄露
	{ query: '客户资料泄露了', expect: '/emergency/cyber-data-leak/' },
	{ query: '资料发错人了', expect: '/emergency/cyber-data-leak/' },
	{ query: '电脑中毒了怎么办', expect: '/emergency/cyber-data-leak/' },
	{ query: '文件被加密了', expect: '/checklists/cyber-data-leak/' },
	{ query: '点了钓鱼链接', expect: '/checklists/cyber-data-leak/' },
	{ query: '数据外泄', expect: '/emergency/cyber-data-leak/' },
	// 系统故障
	{ query: '软件打不开', expect: '/emergency/system-failure/' },
	{ query: '财务软件死机', expect: '/emergency/system-failure/' },
	{ query: '电子税务局登不上', expect: '/emergency/system-failure/' },
	{ query: '系统宕机', expect: '/checklists/system-failure/' },
	{ query: '办公室断网了', expect: '/checklists/system-failure/' },
	// 数据丢失
	{ query: '账套丢了', expect: '/emergency/data-loss/' },
	{ query: '凭证误删了', expect: '/checklists/data-loss/' },
	{ query: '硬盘坏了', expect: '/emergency/data-loss/' },
	// 申报、逾期、紧急报账
	{ query: '来不及申报', expect: '/emergency/urgent-client-request/' },
	{ query: '忘了报税', expect: '/emergency/urgent-client-request/' },
	{ query: '客户急着报账', expect: '/checklists/urgent-client-request/' },
	{ query: '滞纳金怎么算', expect: '/emergency/urgent-client-request/' },
	{ query: '征期', expect: '/operations/tax-filing/' },
	{ query: '这个月报税截止', expect: '/operations/tax-filing/' },
	{ query: '每月申报流程', expect: '/checklists/periodic-filing/' },
	{ query: '第一次逾期能不罚吗', expect: '/operations/tax-filing/' },
	{ query: '个税汇算', expect: '/operations/annual-reconciliation/' },
	{ query: '工商年检', expect: '/operations/annual-reconciliation/' },
	// 日常业务
	{ query: '月底结账', expect: '/checklists/monthly-close/' },
	{ query: '凭证谁来复核', expect: '/operations/monthly-bookkeeping/' },
	{ query: '新客户签完合同', expect: '/checklists/client-onboarding/' },
	{ query: '代账合同怎么写', expect: '/operations/entrustment-contract/' },
	{ query: '客户不续约了', expect: '/operations/handover/' },
	{ query: '客户投诉', expect: '/operations/complaints/' },
	{ query: '账本要保存多少年', expect: '/operations/compliance-archives/' },
	{ query: '代账资质', expect: '/operations/licence-and-obligations/' },
	{ query: '等保备案', expect: '/operations/technology/' },
	{ query: '客户资料保密', expect: '/operations/confidentiality/' },
	// 客户、市场、政策
	{ query: '客户做假账', expect: '/emergency/client-internal/' },
	{ query: '客户被税务稽查', expect: '/emergency/client-internal/' },
	{ query: '客户一直欠费', expect: '/emergency/market-swing/' },
	{ query: '税收政策变了', expect: '/emergency/policy-change/' },
	{ query: '网上有人骂公司', expect: '/emergency/media-crisis/' },
	{ query: '记者打电话来问', expect: '/checklists/media-crisis/' },
	// 场所、人员
	{ query: '台风停电', expect: '/emergency/natural-disaster/' },
	{ query: '在家办公', expect: '/emergency/remote-work/' },
	{ query: '会计突然辞职', expect: '/emergency/key-staff-change/' },
	{ query: '同事离职交接', expect: '/checklists/staff-departure/' },
	{ query: '新人入职', expect: '/checklists/new-hire-onboarding/' },
	{ query: '新员工培训', expect: '/training/start-here/' },
	{ query: '加班太累', expect: '/emergency/staff-support/' },
	// 应急组织、演练、复盘
	{ query: '谁是应急负责人', expect: '/emergency/roles/' },
	{ query: '出事了多久内要上报', expect: '/emergency/reporting/' },
	{ query: '应急包放在哪', expect: '/emergency/supplies-and-funds/' },
	{ query: '桌面推演', expect: '/emergency/drills/' },
	{ query: '事后总结会', expect: '/emergency/post-incident/' },
	{ query: '备份怎么做', expect: '/emergency/data-security/' },
	{ query: '备份恢复测试', expect: '/checklists/backup-restore-test/' },
	// 资料
	{ query: '应急电话', expect: '/contacts/' },
	// 第二批：写好后未经调校
	{ query: '电脑蓝屏', expect: '/emergency/system-failure/' },
	{ query: '打印机坏了', expect: '/emergency/system-failure/' },
	{ query: '勒索病毒', expect: '/emergency/cyber-data-leak/' },
	{ query: '账号被盗', expect: '/checklists/cyber-data-leak/' },
	{ query: '邮件发给了别的客户', expect: '/emergency/cyber-data-leak/' },
	{ query: '凭证原件丢了', expect: '/emergency/data-loss/' },
	{ query: '汇算清缴截止时间', expect: '/operations/annual-reconciliation/' },
	{ query: '地震', expect: '/emergency/natural-disaster/' },
	{ query: '办公室着火了', expect: '/checklists/natural-disaster/' },
	{ query: '主管病倒了', expect: '/emergency/key-staff-change/' },
	{ query: '联系不上会计', expect: '/emergency/key-staff-change/' },
	{ query: '客户要做两套账', expect: '/emergency/client-internal/' },
	{ query: '出了新政策', expect: '/emergency/policy-change/' },
	{ query: '客户说要投诉我们', expect: '/checklists/complaint-handling/' },
	{ query: '应急资金怎么申请', expect: '/emergency/supplies-and-funds/' },
	{ query: '心理压力大', expect: '/emergency/staff-support/' },
	{ query: '绩效考核', expect: '/operations/team-management/' },
	{ query: '继续教育', expect: '/training/ongoing-training/' },
	{ query: '会计档案销毁', expect: '/operations/compliance-archives/' },
	{ query: '怎么找新客户', expect: '/operations/marketing/' },
	{ query: '服务包括哪些', expect: '/operations/service-scope/' },
	// 第三批：写好后未经调校
	{ query: '电脑开不了机', expect: '/emergency/system-failure/' },
	{ query: '文件删错了', expect: '/emergency/data-loss/' },
	{ query: '客户信息被别人看到了', expect: '/emergency/cyber-data-leak/' },
	{ query: '报表发出去才发现错了', expect: '/operations/monthly-bookkeeping/' },
	{ query: '申报数据填错了', expect: '/operations/tax-filing/' },
	{ query: '季度申报', expect: '/checklists/periodic-filing/' },
	{ query: '年报逾期', expect: '/operations/annual-reconciliation/' },
	{ query: '台风天要不要上班', expect: '/emergency/natural-disaster/' },
	{ query: '去不了公司', expect: '/emergency/remote-work/' },
	{ query: '新员工第一周学什么', expect: '/training/start-here/' },
	{ query: '事件怎么升级', expect: '/emergency/framework/' },
	{ query: '对外口径', expect: '/emergency/communication/' },
	// Issue 14: the situations that had no page.
	{ query: '收到异常凭证通知', expect: '/emergency/tax-risk/' },
	{ query: '税局约谈', expect: '/emergency/tax-risk/' },
	{ query: '客户跑路了', expect: '/emergency/client-unreachable/' },
	{ query: '离职会计带走客户', expect: '/emergency/key-staff-change/' },
	{ query: '客户账户冻结扣款失败', expect: '/emergency/urgent-client-request/' },
	{ query: '移出经营异常名录', expect: '/operations/annual-reconciliation/' },
	{ query: '社保增员', expect: '/operations/social-insurance/' },
	{ query: '涉税专业服务实名报送', expect: '/operations/licence-and-obligations/' },
	{ query: '有人用客户名义开发票', expect: '/emergency/tax-account-misuse/' },
	{ query: '发票开错了红冲', expect: '/emergency/tax-account-misuse/' },
];
