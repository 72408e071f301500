/**
 * The sentence relevance set: whole sentences as worried agency staff type or dictate them on a
 * phone, each with the pages that answer it (any one of them counts).
 *
 * How they were written: blind, before any symptom, synonym or planner tuning for issue 13, by
 * someone who had seen only the list of chapter and checklist pages (title, one-line description,
 * and a checklist's summary, trigger and "applies when"), not the glossary, the short set or any
 * symptom list. They are not to be edited to make search pass: when one misses, improve the
 * index, the symptoms, the glossary or the planner.
 */
export interface SentenceCase {
	query: string;
	/** Paths of the pages that answer it; one of them must be in the top 3 (top 8 at the least). */
	expect: readonly string[];
}

const CYBER = ['/emergency/cyber-data-leak/', '/checklists/cyber-data-leak/'];
const SYSTEM = ['/emergency/system-failure/', '/checklists/system-failure/'];
const LOSS = ['/emergency/data-loss/', '/checklists/data-loss/'];
const URGENT = ['/emergency/urgent-client-request/', '/checklists/urgent-client-request/'];
const CLIENT = ['/emergency/client-internal/', '/checklists/client-internal/'];
const STAFF = ['/emergency/key-staff-change/', '/checklists/key-staff-change/'];
const MARKET = ['/emergency/market-swing/', '/checklists/market-swing/'];
const MEDIA = ['/emergency/media-crisis/', '/checklists/media-crisis/'];
const DISASTER = ['/emergency/natural-disaster/', '/checklists/natural-disaster/'];
const POLICY = ['/emergency/policy-change/', '/checklists/policy-change/'];
const REMOTE = ['/emergency/remote-work/', '/checklists/remote-work/'];

export const SENTENCE_QUERIES: readonly SentenceCase[] = [
	// 网络攻击与数据泄露
	{ query: '同事把整个客户的账套发到外面的邮箱了，现在收不回来', expect: CYBER },
	{ query: '电脑上的文件后缀全变了打不开，桌面上还有个要比特币的说明', expect: CYBER },
	{ query: '我刚才点了一个说是税务局发的邮件链接还输了密码', expect: CYBER },
	{ query: '微信上把客户的工资表发到另一个客户群里了怎么办', expect: CYBER },
	{ query: '有人用我的账号半夜登录了我们的系统', expect: CYBER },
	{ query: '电脑好像中毒了一直弹窗，共享盘里的文件也打不开了', expect: CYBER },
	{ query: '客户打电话说收到了别家公司的报表，是我们发错了', expect: CYBER },
	{ query: '员工身份证复印件那些个人信息可能被泄露出去了要报告吗', expect: CYBER },
	// 系统故障
	{ query: '前台那台电脑一直蓝屏重启，财务软件怎么都登不上去', expect: SYSTEM },
	{ query: '整个办公室上不了网了，今天还要报税', expect: SYSTEM },
	{ query: '税务局网站一直转圈进不去，明天就截止了', expect: SYSTEM },
	{ query: '记账软件提示数据库连接失败大家都用不了', expect: SYSTEM },
	{ query: '服务器突然没反应了，所有人都打不开账', expect: SYSTEM },
	{ query: '打印机和电脑都连不上网络，是不是路由器坏了', expect: SYSTEM },
	// 数据丢失
	{ query: '不小心把客户上个月的凭证全删了，还能找回来吗', expect: LOSS },
	{ query: '移动硬盘摔了一下读不出来，里面有好几家的账', expect: LOSS },
	{ query: '客户的纸质原始凭证找不到了，可能搬办公室的时候弄丢了', expect: LOSS },
	{ query: '账套打开提示文件损坏，昨天做的账都没了', expect: LOSS },
	{ query: '共享盘上有个文件夹被人删了，回收站里也没有', expect: LOSS },
	// 客户紧急报账与申报
	{ query: '客户老板说下午就要拿报表去银行贷款，账还没做完', expect: URGENT },
	{ query: '客户到截止前一天才把发票拿过来，来得及报吗', expect: URGENT },
	{ query: '发现有个客户上个月的增值税忘了报，已经过了期限', expect: URGENT },
	{ query: '逾期申报了会罚多少钱，滞纳金怎么算', expect: URGENT },
	{ query: '客户急着要审计报告和财务报表，明天就要', expect: URGENT },
	{ query: '上个季度有一笔收入漏报了，现在要怎么补', expect: URGENT },
	// 客户内部问题
	{ query: '客户那边的会计突然走了，什么都没交接，资料也找不到人要', expect: CLIENT },
	{ query: '客户让我们把成本做高一点少交点税，这个能做吗', expect: CLIENT },
	{ query: '客户给的发票看着像假的，金额也对不上', expect: CLIENT },
	{ query: '客户两个股东闹翻了，都打电话来要账本', expect: CLIENT },
	{ query: '税务局要来客户公司查账，我们要准备什么', expect: CLIENT },
	// 关键人员变动
	{ query: '负责二十几户客户的会计今天突然说不干了', expect: STAFF },
	{ query: '申报专员住院了，这个月的申报谁来报', expect: STAFF },
	{ query: '记账主管一上午都联系不上，电话也关机', expect: STAFF },
	{ query: '管电脑和账号的那个同事突然辞职了，密码都在他手上', expect: STAFF },
	// 市场波动
	{ query: '好几家客户几个月都没付服务费了，公司现金快撑不住了', expect: MARKET },
	{ query: '客户生意做不下去了要关门，还欠着我们的钱', expect: MARKET },
	{ query: '这个月一下子有五六家客户说不续约了', expect: MARKET },
	// 媒体危机
	{ query: '有客户在小红书上发帖骂我们公司，评论越来越多', expect: MEDIA },
	{ query: '有个记者打电话来问我们是不是泄露了客户信息', expect: MEDIA },
	{ query: '网上有人说我们公司做假账，要不要回应', expect: MEDIA },
	// 自然灾害、远程办公
	{ query: '台风要来了，办公室的纸质档案要不要搬', expect: DISASTER },
	{ query: '楼里着火了，大家都撤出来了，电脑还在里面', expect: DISASTER },
	{ query: '办公楼停电一整天，申报还要做', expect: DISASTER },
	{ query: '暴雨把办公室淹了，柜子里的凭证都泡水了', expect: DISASTER },
	{ query: '小区封了去不了公司，在家怎么登录系统做账', expect: REMOTE },
	{ query: '明天全员在家办公，电脑和网络要怎么弄', expect: REMOTE },
	// 政策突变
	{ query: '税务局突然发了新规定，小规模纳税人的税率又变了', expect: POLICY },
	{ query: '电子税务局升级了，申报表的格式跟上个月不一样', expect: POLICY },
	{ query: '新政策出来了，要怎么通知受影响的客户', expect: POLICY },
	// 日常：申报、结账、汇算
	{ query: '这个月报税最晚到几号，遇到放假会不会顺延', expect: ['/operations/tax-filing/', '/checklists/periodic-filing/'] },
	{ query: '每个月结账之前要复核哪些东西', expect: ['/operations/monthly-bookkeeping/', '/checklists/monthly-close/'] },
	{ query: '结账以后才发现凭证做错了，怎么改', expect: ['/operations/monthly-bookkeeping/'] },
	{
		query: '企业所得税汇算清缴是什么时候，要准备哪些材料',
		expect: ['/operations/annual-reconciliation/', '/checklists/annual-reconciliation/'],
	},
	{ query: '工商年报每年几月份之前要报完', expect: ['/operations/annual-reconciliation/', '/checklists/annual-reconciliation/'] },
	// 日常：客户进出、合同、投诉
	{ query: '新签了一个客户，接过来的账要怎么建', expect: ['/operations/client-onboarding/', '/checklists/client-onboarding/'] },
	{ query: '客户不跟我们合作了，资料要怎么交还给他们', expect: ['/operations/handover/', '/checklists/client-handover/'] },
	{ query: '客户打电话来发火说我们报错了税，要我们赔钱', expect: ['/operations/complaints/', '/checklists/complaint-handling/'] },
	{ query: '跟客户签合同的时候哪些内容一定要写进去', expect: ['/operations/entrustment-contract/'] },
	// 日常：员工、档案、保密、备份、演练
	{ query: '有个会计下个月离职，手上的客户和账号要怎么交接', expect: ['/checklists/staff-departure/', '/emergency/key-staff-change/'] },
	{ query: '新来的同事第一周应该先看什么', expect: ['/training/start-here/', '/checklists/new-hire-onboarding/'] },
	{ query: '做完的会计凭证要保存多少年才可以销毁', expect: ['/operations/compliance-archives/'] },
	{ query: '客户的资料能不能用自己的微信发给客户', expect: ['/operations/confidentiality/'] },
	{ query: '每个季度的备份恢复测试要怎么做', expect: ['/checklists/backup-restore-test/', '/emergency/data-security/'] },
	{ query: '今年的应急演练要怎么组织，演练完写什么', expect: ['/emergency/drills/', '/checklists/drill/'] },
	{ query: '出了事以后要在多长时间内向领导报告', expect: ['/emergency/reporting/', '/emergency/procedure/'] },
	{ query: '事情处理完了要开复盘会，怎么写复盘报告', expect: ['/emergency/post-incident/', '/checklists/post-incident-review/'] },
];
