// Where a pull request's (merge request's) preview lives: `node scripts/preview-path.ts <pages-url> <prefix>-<number>`
// prints `dir=`, `base=` and `url=` lines, ready for $GITHUB_OUTPUT or a GitLab dotenv report.
// The site is then built with MANUAL_SITE_BASE=<base> (as `npm run build:subpath` does), so every
// link in the preview stays inside its own folder of the Pages site.

/** A request's preview: its folder in the Pages site, the site base to build with, and its address. */
export interface PreviewPath {
	/** Folder under the Pages site's root, e.g. previews/pr-12. */
	dir: string;
	/** The build's `site.base`: the Pages site's own path, then the folder, e.g. /ops-manual/previews/pr-12/. */
	base: string;
	/** The address posted on the request. */
	url: string;
}

/**
 * The preview of request `number` on the Pages site at `pagesUrl`, in folder `parent/prefix-number`
 * (GitHub: previews/pr-12; GitLab's path_prefix allows no slash, so there: mr-12).
 * `pagesUrl` may already end with that folder (GitLab's CI_PAGES_URL in the deploying job).
 * Refuses anything but a positive request number, so a branch name can never steer the path.
 */
export function previewPath(pagesUrl: string, number: string | number, { prefix = 'pr', parent = 'previews' } = {}): PreviewPath {
	const id = String(number).trim();
	if (!/^[1-9]\d{0,8}$/.test(id)) throw new Error(`请求编号必须是正整数，收到 ${JSON.stringify(String(number))}。`);
	if (!/^[a-z]+$/.test(prefix) || !/^([a-z][a-z0-9-]*)?$/.test(parent)) throw new Error(`预览目录名只能用小写字母：${parent}/${prefix}`);
	let site: URL;
	try {
		site = new URL(pagesUrl);
	} catch {
		throw new Error(`Pages 网站地址无效：${JSON.stringify(pagesUrl)}，应形如 https://组织.github.io/仓库/。`);
	}
	if (site.protocol !== 'https:' && site.protocol !== 'http:') throw new Error(`Pages 网站地址必须以 https:// 开头：${pagesUrl}`);
	const dir = [parent, `${prefix}-${id}`].filter(Boolean).join('/');
	let root = site.pathname.endsWith('/') ? site.pathname : `${site.pathname}/`;
	// GitLab 17.4 and later give a parallel deployment's job its own address in CI_PAGES_URL, the
	// path prefix included; older versions give the main site's.
	if (root.endsWith(`/${dir}/`)) root = root.slice(0, -dir.length - 1);
	const base = `${root}${dir}/`;
	return { dir, base, url: new URL(base, site.origin).href };
}

function main(args: readonly string[]): void {
	const [pagesUrl, request, ...flags] = args;
	if (!pagesUrl || !request) {
		console.error('用法：node scripts/preview-path.ts <Pages 网站地址> <请求编号> [--prefix pr] [--parent previews]');
		process.exitCode = 2;
		return;
	}
	const option = (name: string) => {
		const at = flags.indexOf(`--${name}`);
		return at >= 0 ? flags[at + 1] : undefined;
	};
	const path = previewPath(pagesUrl, request, { prefix: option('prefix') ?? 'pr', parent: option('parent') ?? 'previews' });
	console.log(`dir=${path.dir}\nbase=${path.base}\nurl=${path.url}`);
}

if (import.meta.main) {
	try {
		main(process.argv.slice(2));
	} catch (error) {
		console.error((error as Error).message);
		process.exitCode = 1;
	}
}
