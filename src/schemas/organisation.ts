import { z } from 'zod';
import { IncidentCategorySchema } from './checklist.ts';
import { RoleIdSchema } from './ids.ts';

/**
 * What an editor writes while a number is not known yet. A placeholder is allowed while the agency
 * sets up; `npm run check` lists each one as a go-live warning and `--go-live` refuses them.
 */
export const PLACEHOLDER_PHONE = '待填写';

/** True when the contact has no real number yet (empty or 待填写). */
export const isPlaceholderPhone = (phone: string) => phone.trim() === '' || phone.trim() === PLACEHOLDER_PHONE;

/** One number to call in an incident, shown with a `tel:` link. */
export const ContactSchema = z.strictObject({
	/** Stable id, used by pages that pick a contact. */
	id: z
		.string()
		.regex(/^[a-z0-9-]+$/, '联系人 id 只能用小写字母、数字和连字符')
		.describe('联系人 id，页面用它挑选联系人，例如 incident-lead'),
	/** Who answers, in Chinese, e.g. 应急负责人（值班）. */
	label: z.string().min(2).describe('接电话的是谁，例如 应急负责人（值班）'),
	/** The role this contact stands for, when it is an internal one. */
	role: z.string().optional().describe('对应的内部岗位 id（可选），见 content/roles/roles.yaml'),
	/** Phone number; empty or 待填写 means the agency has not filled it in yet. */
	phone: z
		.string()
		.regex(/^([0-9+\- ]*|待填写)$/, '电话号码只能包含数字、+、- 和空格；还没有号码时写 "" 或 待填写')
		.default('')
		.describe('电话号码；还没有时写 "" 或 待填写（正式上线前必须补齐）'),
	/** Website or web form of the channel, when it has one (12387.cert.org.cn). */
	web: z
		.string()
		.regex(/^[^\s]+\.[^\s]+$/, '网址写成 12387.cert.org.cn 或 https://… 的形式')
		.optional()
		.describe('网站或网上报告入口（可选），例如 12387.cert.org.cn'),
	/** E-mail channel, when it has one. */
	email: z.email('邮箱地址格式不对').optional().describe('电子邮箱（可选），例如 12387@cert.org.cn'),
	/** Role that checks the entry and keeps it current. */
	keeper: RoleIdSchema.describe('负责核对并及时更新这条联系人的岗位 id，见 content/roles/roles.yaml'),
	/** When to call this contact. */
	when: z.string().min(2).describe('什么情况下打这个电话'),
	/** Outside the agency (police, hotlines, vendors). */
	external: z.boolean().default(false).describe('是否外部联系人（报警、热线、供应商）：true 或 false'),
	/**
	 * Incident categories whose checklists and chapters list this contact; empty means all of them.
	 * The contacts page always lists every contact.
	 */
	categories: z
		.array(IncidentCategorySchema)
		.default([])
		.describe('只在这些应急类别的清单和章节中显示，例如 [cyber-data-leak, media-crisis]；不写表示全部显示'),
});

/** The agency's identity: the one place for its name, the site's address and the repository. */
export const OrganisationSchema = z.strictObject({
	/** Registered name, printed on every checklist. */
	name: z.string().min(2).describe('机构注册名称，打印在每张清单上'),
	/** Short name for tight spaces such as the phone header. */
	shortName: z.string().min(2).describe('机构简称，用于手机页眉等狭窄位置'),
	/** Title of the site, shown in the header and the browser tab. */
	siteTitle: z.string().min(2).describe('网站标题，显示在页眉和浏览器标签上'),
	site: z
		.object({
			/** Public origin of the deployed site, used for canonical URLs and printed page links. */
			url: z.url().describe('网站部署后的公开地址，例如 https://manual.example.cn'),
			/** Path the site is served under; `/` unless deployed in a sub-folder. */
			base: z
				.string()
				.regex(/^\/([^/]+\/)*$/, '子路径必须以 / 开头并以 / 结尾，例如 /manual/')
				.default('/')
				.describe('网站所在的子路径；部署在域名根目录时写 /'),
			/** A public manual is indexed by search engines and publishes a sitemap; an internal one (the default) is not. */
			public: z
				.boolean()
				.default(false)
				.describe('是否为公开手册：false（默认，内部手册）时页面禁止搜索引擎收录、不发布网站地图、不向其他网站透露来源；true 时允许收录'),
		})
		.describe('网站地址'),
	repository: z
		.object({
			/** Web address of the repository; edit links point into it. */
			url: z.url().describe('仓库的网页地址，编辑链接指向这里'),
			/** Branch editors open pull requests against. */
			branch: z.string().min(1).default('main').describe('编辑提交拉取请求的目标分支，例如 main'),
		})
		.describe('内容仓库'),
	/** Emergency contacts, in the order they are usually called. */
	contacts: z.array(ContactSchema).min(1).describe('应急联系人，按通常拨打的顺序排列，至少一个'),
});

export type OrganisationUserInput = z.input<typeof OrganisationSchema>;
export type Organisation = z.output<typeof OrganisationSchema>;
export type Contact = z.output<typeof ContactSchema>;
