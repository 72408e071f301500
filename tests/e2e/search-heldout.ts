/**
 * The held-out relevance set: 40 situations written blind on 2026-12-07, after both tuning rounds
 * of issue 24, by a helper who read nothing but the list of page paths, titles and one-line
 * descriptions (no page text, no glossary, symptom or synonym, no other query set, no search code):
 * 20 whole sentences, 10 short abbreviations, 10 with pinyin slips or mixed letters, each mapped to
 * the pages that answer it before it was ever run. Nobody tuning search has read it: never edit it
 * to make search pass, and never tune on it. Its figure is reported as written.
 */
export interface HeldOutCase {
	query: string;
	/** Paths of the pages that answer it; any one of them counts. */
	expect: readonly string[];
	kind: 'long' | 'short' | 'typo';
}

export const HELD_OUT_QUERIES: readonly HeldOutCase[] = [
	{
		query: '老板微信让我马上往一个陌生账户转钱，感觉不太对劲',
		expect: ['/emergency/fraud-impersonation/', '/checklists/fraud-impersonation/'],
		kind: 'long',
	},
	{
		query: '客户公司电话一直打不通，去地址一看已经搬空了',
		expect: ['/emergency/client-unreachable/', '/checklists/client-unreachable/'],
		kind: 'long',
	},
	{
		query: '组里的会计突然说明天不来了，她手上二十多户客户怎么办',
		expect: ['/emergency/key-staff-change/', '/checklists/key-staff-change/', '/checklists/staff-departure/'],
		kind: 'long',
	},
	{ query: '客户在外省接了个工程项目，要去那边预缴税款', expect: ['/operations/cross-region-tax/'], kind: 'long' },
	{ query: '客户今年销售额快超过500万了，是不是得转一般纳税人', expect: ['/operations/general-taxpayer/'], kind: 'long' },
	{ query: '客户说生意不做了想把公司关掉，要办哪些手续', expect: ['/operations/client-deregistration/'], kind: 'long' },
	{
		query: '刚才手滑把甲客户的工资表发给了乙客户的老板',
		expect: ['/emergency/cyber-data-leak/', '/checklists/cyber-data-leak/', '/operations/confidentiality/'],
		kind: 'long',
	},
	{
		query: '好几家客户拖欠服务费好几个月了，公司现金流有点紧张',
		expect: ['/emergency/market-swing/', '/checklists/market-swing/'],
		kind: 'long',
	},
	{
		query: '客户这个月新招了三个员工，社保加人要几号前办完',
		expect: ['/operations/social-insurance/', '/checklists/social-insurance-monthly/'],
		kind: 'long',
	},
	{
		query: '台风明天登陆，办公室里那些纸质账本要怎么保护',
		expect: ['/emergency/natural-disaster/', '/checklists/natural-disaster/'],
		kind: 'long',
	},
	{
		query: '电子税务局一直登不上去，今天是申报最后一天了',
		expect: ['/emergency/system-failure/', '/checklists/system-failure/'],
		kind: 'long',
	},
	{
		query: '客户15号下午才把票据送过来，非要当天把税报完',
		expect: ['/emergency/urgent-client-request/', '/checklists/urgent-client-request/'],
		kind: 'long',
	},
	{ query: '税务局发来约谈通知，说客户有几张进项发票有问题', expect: ['/emergency/tax-risk/', '/checklists/tax-risk/'], kind: 'long' },
	{
		query: '有人在网上发帖骂我们公司做账乱收费，转发的人很多',
		expect: ['/emergency/media-crisis/', '/checklists/media-crisis/'],
		kind: 'long',
	},
	{
		query: '客户要换别家代账公司了，以前的账本资料怎么交给对方',
		expect: ['/operations/handover/', '/checklists/client-handover/'],
		kind: 'long',
	},
	{
		query: '新签的客户第一个月要建账，以前的期初数怎么对',
		expect: ['/operations/client-onboarding/', '/checklists/client-onboarding/'],
		kind: 'long',
	},
	{ query: '服务器硬盘坏了，好几个客户的账套都打不开了', expect: ['/emergency/data-loss/', '/checklists/data-loss/'], kind: 'long' },
	{
		query: '客户那边的出纳离职了，走之前把一部分凭证带走了',
		expect: ['/emergency/client-internal/', '/checklists/client-internal/'],
		kind: 'long',
	},
	{ query: '我们用的记账软件明年不续服务了，得换一家软件', expect: ['/checklists/software-migration/'], kind: 'long' },
	{
		query: '客户被市场监管局列进异常名录了，怎么才能移出来',
		expect: ['/checklists/abnormal-list-removal/', '/checklists/client-unreachable/'],
		kind: 'long',
	},
	{ query: '汇缴', expect: ['/operations/annual-reconciliation/', '/checklists/annual-reconciliation/'], kind: 'short' },
	{ query: '残保金', expect: ['/operations/statutory-levies/'], kind: 'short' },
	{ query: '红冲', expect: ['/emergency/tax-account-misuse/', '/checklists/tax-account-misuse/'], kind: 'short' },
	{ query: '月结', expect: ['/operations/monthly-bookkeeping/', '/checklists/monthly-close/'], kind: 'short' },
	{ query: '清税', expect: ['/operations/client-deregistration/'], kind: 'short' },
	{ query: '外经证', expect: ['/operations/cross-region-tax/'], kind: 'short' },
	{ query: '桌面推演', expect: ['/emergency/drills/', '/checklists/drill/'], kind: 'short' },
	{ query: '非正常户', expect: ['/emergency/client-unreachable/', '/checklists/client-unreachable/'], kind: 'short' },
	{ query: '代账许可证', expect: ['/operations/licence-and-obligations/'], kind: 'short' },
	{
		query: '备份还原测试',
		expect: ['/checklists/backup-restore-test/', '/emergency/data-security/', '/operations/technology/'],
		kind: 'short',
	},
	{ query: 'CA证书过期了报不了税', expect: ['/emergency/certificate-expiry/', '/checklists/certificate-expiry/'], kind: 'typo' },
	{ query: '客户U盾丢了网银登不上', expect: ['/emergency/certificate-expiry/', '/checklists/certificate-expiry/'], kind: 'typo' },
	{ query: '数电漂额度突然被降了', expect: ['/emergency/tax-account-misuse/', '/checklists/tax-account-misuse/'], kind: 'typo' },
	{
		query: '客户被税务稽察了要准备啥',
		expect: ['/emergency/tax-risk/', '/checklists/tax-risk/', '/emergency/client-internal/'],
		kind: 'typo',
	},
	{ query: '新员工入值第一天干什么', expect: ['/checklists/new-hire-onboarding/', '/training/start-here/'], kind: 'typo' },
	{ query: '社宝基数调整', expect: ['/operations/social-insurance/'], kind: 'typo' },
	{ query: '客户头诉我们服务太慢', expect: ['/operations/complaints/', '/checklists/complaint-handling/'], kind: 'typo' },
	{ query: '在家办公VPN连不上', expect: ['/emergency/remote-work/', '/checklists/remote-work/'], kind: 'typo' },
	{
		query: '申报预期了罚款怎么算',
		expect: ['/operations/tax-filing/', '/emergency/urgent-client-request/', '/checklists/urgent-client-request/'],
		kind: 'typo',
	},
	{ query: '增值税政册突变受影响客户怎么找', expect: ['/emergency/policy-change/', '/checklists/policy-change/'], kind: 'typo' },
];
