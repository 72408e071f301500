import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Manual } from '../load.ts';
import type { WrittenElement } from '../mdx.ts';
import { problem, type ContentProblem } from '../problem.ts';

/** Elements that run code or pull in another page: never in content. */
const UNSAFE_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base']);
/** Attributes that make the browser fetch something when the page loads (links are followed only on a click). */
const FETCHING_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'data', 'background']);
const REMOTE = /^(https?:)?\/\//i;
const SCRIPT_URL = /^\s*(javascript|vbscript):/i;

/** The repository this check runs from: its node_modules serve fixtures copied outside it. */
const CHECKER_ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
const packageName = (source: string) =>
	source
		.split('/')
		.slice(0, source.startsWith('@') ? 2 : 1)
		.join('/');

function importExists(root: string, file: string, source: string): boolean {
	if (source.startsWith('.') || source.startsWith('/')) {
		// Components live in src/, beside content/; a copy of content/ alone is checked against this repository's.
		return [root, CHECKER_ROOT].some((base) => {
			const target = source.startsWith('/') ? join(base, source) : resolve(base, dirname(file), source);
			return existsSync(target) && statSync(target).isFile();
		});
	}
	return [root, CHECKER_ROOT].some((base) => packageFound(base, packageName(source)));
}

/** As Node resolves a package: in `node_modules` of the folder or of any folder above it (the bench's copies sit inside the project). */
function packageFound(base: string, name: string): boolean {
	for (let folder = base; ; folder = dirname(folder)) {
		if (existsSync(join(folder, 'node_modules', name, 'package.json'))) return true;
		if (dirname(folder) === folder) return false;
	}
}

/** A local asset a chapter shows: `/x.png` is served from public/, `./x.png` sits beside the chapter. */
function assetExists(root: string, file: string, url: string): boolean {
	const path = decodeURIComponent(url.split(/[?#]/)[0]!);
	const target = path.startsWith('/') ? join(root, 'public', path) : resolve(root, dirname(file), path);
	return existsSync(target) && statSync(target).isFile();
}

const isComponent = (element: WrittenElement) => /^[A-Z]/.test(element.name) || element.name.includes('.');

/**
 * What only the build used to catch, and what the build would publish although it must not: a
 * component used without its import, an import or image that does not exist, a request to another
 * site, and HTML that runs code.
 */
export function chapterBodyProblems(manual: Manual, root: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const { file, imports, elements, images, links } of manual.chapters) {
		const imported = new Set(imports.flatMap((entry) => entry.names));
		for (const entry of imports) {
			if (!importExists(root, file, entry.source))
				problems.push(
					problem('mdx/import-missing', {
						file,
						value: entry.source,
						hint: '请检查路径拼写：相对路径从本文件所在的目录算起。',
						line: entry.line,
						column: entry.column,
					}),
				);
		}
		const reported = new Set<string>();
		for (const element of elements) {
			const where = { line: element.line, column: element.column };
			const component = element.name.split('.')[0]!;
			if (isComponent(element) && !imported.has(component) && !reported.has(component)) {
				reported.add(component);
				const hint = `请在 frontmatter 之后加上导入语句，例如 import { ${component} } from '@astrojs/starlight/components';（本站组件见 src/components/）。`;
				problems.push(problem('mdx/component-not-imported', { file, value: `<${element.name}>`, hint, ...where }));
			}
			if (UNSAFE_ELEMENTS.has(element.name.toLowerCase())) {
				problems.push(
					problem('content/unsafe-html', {
						file,
						value: `<${element.name}>`,
						hint: '正文不能包含脚本或嵌入其他网页；请删除这个标签。',
						...where,
					}),
				);
				continue; // the whole element goes: its attributes need no second report
			}
			for (const attribute of element.attributes) {
				const value = typeof attribute.value === 'string' ? attribute.value : '';
				if (/^on/i.test(attribute.name))
					problems.push(
						problem('content/unsafe-html', {
							file,
							value: `${attribute.name}=…`,
							hint: '事件属性（onclick 等）会执行代码，请删除。',
							...where,
						}),
					);
				else if (SCRIPT_URL.test(value))
					problems.push(
						problem('content/unsafe-html', { file, value, hint: 'javascript: 链接会执行代码，请改成普通链接或删除。', ...where }),
					);
				else if (FETCHING_ATTRIBUTES.has(attribute.name.toLowerCase()) && REMOTE.test(value))
					problems.push(
						problem('content/remote-asset', {
							file,
							value,
							hint: '请把文件放进 public/ 并改用站内路径，手册不向外部网站发请求。',
							...where,
						}),
					);
				else if (FETCHING_ATTRIBUTES.has(attribute.name.toLowerCase()) && value && !assetExists(root, file, value))
					problems.push(
						problem('asset/missing', { file, value, hint: '/ 开头的路径指 public/ 目录下的文件；请放入文件或改正路径。', ...where }),
					);
			}
		}
		for (const image of images) {
			const where = { line: image.line, column: image.column };
			if (REMOTE.test(image.url))
				problems.push(
					problem('content/remote-asset', {
						file,
						value: image.url,
						hint: '请把图片放进 public/ 并改用站内路径，手册不向外部网站发请求。',
						...where,
					}),
				);
			else if (!image.url.startsWith('data:') && !assetExists(root, file, image.url))
				problems.push(
					problem('asset/missing', {
						file,
						value: image.url,
						hint: '/ 开头的路径指 public/ 目录下的文件；请放入图片或改正路径。',
						...where,
					}),
				);
		}
		for (const link of links) {
			if (SCRIPT_URL.test(link.url))
				problems.push(
					problem('content/unsafe-html', {
						file,
						value: link.url,
						hint: 'javascript: 链接会执行代码，请改成普通链接或删除。',
						line: link.line,
						column: link.column,
					}),
				);
		}
	}
	return problems;
}
