// The peer the build is compared with: bare Starlight, default settings, building the same chapters
// and the checklists' text as plain Markdown pages. `npm run bench -- --peer` builds both side by side.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { splitFrontmatter } from '../../src/check/yaml.ts';

/** A chapter as bare Starlight takes it: title and description, the Markdown without our components. */
export function peerChapter(source: string): string {
	const split = splitFrontmatter(source);
	const data = (split ? parse(split.frontmatter) : {}) as { title?: string; description?: string };
	const body = (split?.body ?? source)
		.split('\n')
		// MDX imports and our components (a capitalised tag on its own line) have no bare-Starlight meaning.
		.filter((line) => !/^\s*import\s/.test(line) && !/^\s*<\/?[A-Z]/.test(line))
		.join('\n');
	const frontmatter = stringify({ title: data.title ?? '无标题', ...(data.description ? { description: data.description } : {}) });
	return `---\n${frontmatter}---\n${body}`;
}

interface ChecklistText {
	title?: string;
	summary?: string;
	phases?: { title?: string; steps?: { text?: string; detail?: string }[] }[];
}

/** A checklist's words as a Markdown page: its phases as headings and its steps as a numbered list. */
export function peerChecklist(source: string): string {
	const checklist = (parse(source) ?? {}) as ChecklistText;
	const phases = (checklist.phases ?? []).map((phase) =>
		[
			`## ${phase.title ?? ''}`,
			'',
			...(phase.steps ?? []).map((step, i) => `${i + 1}. ${step.text ?? ''}${step.detail ? `：${step.detail}` : ''}`),
		].join('\n'),
	);
	const frontmatter = stringify({ title: checklist.title ?? '清单', ...(checklist.summary ? { description: checklist.summary } : {}) });
	return `---\n${frontmatter}---\n\n${phases.join('\n\n')}\n`;
}

/** This checkout: the peer uses the same Astro and Starlight versions. */
const PROJECT = resolve(import.meta.dirname, '..', '..');

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	integrations: [starlight({ title: '手册', locales: { root: { label: '简体中文', lang: 'zh-CN' } } })],
});
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Writes a bare Starlight project inside `parent` (under the checkout, so it resolves the
 * checkout's node_modules) from the chapters and checklists under `contentRoot`/content.
 * Returns the project's folder and how many pages it has.
 */
export function peerProject(contentRoot: string, parent: string): { root: string; pages: number } {
	mkdirSync(parent, { recursive: true });
	const root = mkdtempSync(join(parent, 'peer-'));
	const docs = join(root, 'src', 'content', 'docs');
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(docs, path)), { recursive: true });
		writeFileSync(join(docs, path), text);
	};
	let pages = 0;
	const chapters = join(contentRoot, 'content', 'chapters');
	for (const name of readdirSync(chapters, { recursive: true }).map(String)) {
		if (!/\.mdx?$/.test(name) || /(^|\/)_/.test(name)) continue;
		write(name.replace(/\.mdx$/, '.md'), peerChapter(readFileSync(join(chapters, name), 'utf8')));
		pages++;
	}
	const checklists = join(contentRoot, 'content', 'checklists');
	for (const name of readdirSync(checklists).filter((file) => /^[^_].*\.ya?ml$/.test(file))) {
		write(`checklists/${name.replace(/\.ya?ml$/, '.md')}`, peerChecklist(readFileSync(join(checklists, name), 'utf8')));
		pages++;
	}
	writeFileSync(join(root, 'astro.config.mjs'), CONFIG);
	writeFileSync(join(root, 'src', 'content.config.ts'), COLLECTIONS);
	// Vite bundles for the server the Astro packages a project's package.json names; unnamed, Starlight
	// would be loaded raw by Node and fail on its `astro:` imports.
	const ours = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
	const version = (name: string) => ours['dependencies']?.[name] ?? ours['devDependencies']?.[name] ?? '*';
	const dependencies = Object.fromEntries(['astro', '@astrojs/starlight'].map((name) => [name, version(name)]));
	writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'peer', private: true, type: 'module', dependencies }, null, '\t'));
	return { root, pages };
}
