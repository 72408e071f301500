/**
 * The first held-out set, no longer held out. 40 situations written blind, before any tuning for
 * issue 24, by a helper who had seen only the list of page titles with one-line descriptions; of
 * the 80 that helper wrote, every second one of each kind after a seeded shuffle was held out here
 * (the other half is search-tuning.ts). It was reported as written after the first tuning round
 * (90% top 3, 95% top 8); then the brief for the second round named pages its misses had shown, so
 * from then on it counts as seen: it is run with the tuning set, and a new set, written blind after
 * both rounds (search-heldout.ts), is the held-out figure. Never edit it to make search pass.
 */
export interface SeenCase {
	query: string;
	/** Paths of the pages that answer it; any one of them counts. */
	expect: readonly string[];
	kind: 'long' | 'short' | 'typo';
}

export const FORMER_HELD_OUT_QUERIES: readonly SeenCase[] = [
	{
		query: '用了好几年的记账软件厂家说明年不维护了，账套数据要怎么搬',
		expect: ['/checklists/software-migration/', '/operations/technology/'],
		kind: 'long',
	},
	{
		query: '客户公司月中新招了个人，这个月社保要怎么给他加进去',
		expect: ['/operations/social-insurance/', '/checklists/social-insurance-monthly/'],
		kind: 'long',
	},
	{ query: '客户在外省接了个装修工程，那边的税要怎么交要去报备吗', expect: ['/operations/cross-region-tax/'], kind: 'long' },
	{
		query: '备份的数据到底能不能恢复出来，每个季度要怎么试一遍',
		expect: ['/checklists/backup-restore-test/', '/emergency/data-security/'],
		kind: 'long',
	},
	{
		query: '客户说系统里有一张他根本不认识的发票，是用他公司名义开出去的',
		expect: ['/emergency/tax-account-misuse/', '/checklists/tax-account-misuse/'],
		kind: 'long',
	},
	{
		query: '干了五年的会计辞职了，听说她手上十几家客户都跟着她走了',
		expect: ['/emergency/key-staff-change/', '/checklists/key-staff-change/', '/checklists/staff-departure/'],
		kind: 'long',
	},
	{
		query: '我把甲公司员工的工资表和身份证照片发到乙公司群里了，撤回不了',
		expect: ['/emergency/cyber-data-leak/', '/checklists/cyber-data-leak/', '/operations/confidentiality/'],
		kind: 'long',
	},
	{
		query: '新的增值税法实行以后申报表格式全变了，好多客户要重新弄',
		expect: ['/emergency/policy-change/', '/checklists/policy-change/'],
		kind: 'long',
	},
	{
		query: '上次服务器出事总算处理完了，老板让开个会总结写报告',
		expect: ['/emergency/post-incident/', '/checklists/post-incident-review/'],
		kind: 'long',
	},
	{
		query: '客户被罚了两千块滞纳金，非说是我们报晚了要我们赔钱',
		expect: ['/operations/complaints/', '/checklists/complaint-handling/'],
		kind: 'long',
	},
	{
		query: '今天申报最后一天，税务局网站一直转圈进不去，急死了',
		expect: ['/emergency/system-failure/', '/checklists/system-failure/'],
		kind: 'long',
	},
	{
		query: '同事把共享盘上整个客户文件夹删了，回收站也清空了还能找回吗',
		expect: ['/emergency/data-loss/', '/checklists/data-loss/'],
		kind: 'long',
	},
	{
		query: '客户的会计突然走人了，交来的银行单据缺一大半，还有几张像是假的',
		expect: ['/emergency/client-internal/', '/checklists/client-internal/'],
		kind: 'long',
	},
	{ query: '客户今年开票快超过五百万了，是不是必须转成一般纳税人', expect: ['/operations/general-taxpayer/'], kind: 'long' },
	{
		query: '整理资料时发现有个客户去年的印花税一直没报，已经拖了好几个月',
		expect: ['/emergency/urgent-client-request/', '/checklists/urgent-client-request/', '/operations/tax-filing/'],
		kind: 'long',
	},
	{
		query: '好几家餐饮客户一起说付不起服务费了，我们这季度现金流很紧',
		expect: ['/emergency/market-swing/', '/checklists/market-swing/'],
		kind: 'long',
	},
	{ query: '连着通宵处理了一周的事故，组里有同事情绪快崩溃了', expect: ['/emergency/staff-support/'], kind: 'long' },
	{
		query: '新来的实习会计第一周应该先看哪些东西，跟着谁学',
		expect: ['/training/start-here/', '/checklists/new-hire-onboarding/'],
		kind: 'long',
	},
	{ query: '领导说下个月要搞一次应急演习，我们要提前准备些啥', expect: ['/emergency/drills/', '/checklists/drill/'], kind: 'long' },
	{
		query: '已经结完账了才发现上个月有张凭证科目记错，报表都发给客户了',
		expect: ['/operations/monthly-bookkeeping/', '/checklists/monthly-close/'],
		kind: 'long',
	},
	{
		query: '被稽查了',
		expect: ['/emergency/tax-risk/', '/checklists/tax-risk/', '/emergency/client-internal/', '/checklists/client-internal/'],
		kind: 'short',
	},
	{ query: '应急备用金', expect: ['/emergency/supplies-and-funds/'], kind: 'short' },
	{ query: '事件定级', expect: ['/emergency/framework/'], kind: 'short' },
	{ query: 'CA锁了', expect: ['/emergency/certificate-expiry/', '/checklists/certificate-expiry/'], kind: 'short' },
	{ query: '简易注销', expect: ['/operations/client-deregistration/'], kind: 'short' },
	{ query: '外经证', expect: ['/operations/cross-region-tax/'], kind: 'short' },
	{ query: '残保金', expect: ['/operations/statutory-levies/'], kind: 'short' },
	{ query: '数电票红冲', expect: ['/emergency/tax-account-misuse/', '/checklists/tax-account-misuse/'], kind: 'short' },
	{ query: '档案保管年限', expect: ['/operations/compliance-archives/'], kind: 'short' },
	{
		query: '漏报补报',
		expect: ['/emergency/urgent-client-request/', '/checklists/urgent-client-request/', '/operations/tax-filing/'],
		kind: 'short',
	},
	{ query: '客户头诉 说被罚款', expect: ['/operations/complaints/', '/checklists/complaint-handling/'], kind: 'typo' },
	{ query: 'CA正书过期 登不上', expect: ['/emergency/certificate-expiry/', '/checklists/certificate-expiry/'], kind: 'typo' },
	{
		query: 'VPN连不上 没法报税',
		expect: ['/emergency/remote-work/', '/checklists/remote-work/', '/emergency/system-failure/', '/checklists/system-failure/'],
		kind: 'typo',
	},
	{ query: '客户注消 清税证明', expect: ['/operations/client-deregistration/'], kind: 'typo' },
	{ query: 'phishing邮件 点开了链接', expect: ['/emergency/cyber-data-leak/', '/checklists/cyber-data-leak/'], kind: 'typo' },
	{ query: '会算清缴要准备什么', expect: ['/operations/annual-reconciliation/', '/checklists/annual-reconciliation/'], kind: 'typo' },
	{ query: '一般纳税人等级', expect: ['/operations/general-taxpayer/'], kind: 'typo' },
	{
		query: '离职交阶 客户账号',
		expect: ['/checklists/staff-departure/', '/emergency/key-staff-change/', '/checklists/key-staff-change/'],
		kind: 'typo',
	},
	{ query: 'excel底稿被覆盖了', expect: ['/emergency/data-loss/', '/checklists/data-loss/'], kind: 'typo' },
	{ query: '财务软件前移', expect: ['/checklists/software-migration/', '/operations/technology/'], kind: 'typo' },
];
