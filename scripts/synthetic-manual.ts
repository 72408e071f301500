// Generates a large manual for the benchmark: the real content plus generated chapters and
// checklists built from the real text, so that cost growth can be measured at realistic sizes.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { splitFrontmatter } from '../src/check/yaml.ts';

interface Size {
	chapters: number;
	checklists: number;
}

/** Real chapter paragraphs without links (their targets do not exist in the generated part) or components (not imported there). */
function realParagraphs(sourceRoot: string): string[] {
	const folder = join(sourceRoot, 'content', 'chapters');
	return readdirSync(folder, { recursive: true })
		.map(String)
		.filter((name) => name.endsWith('.mdx') && name !== 'index.mdx')
		.flatMap((name) => splitFrontmatter(readFileSync(join(folder, name), 'utf8'))?.body.split(/\n{2,}/) ?? [])
		.map((block) => block.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim())
		.filter((block) => /^[\p{Script=Han}]/u.test(block) && block.length > 40 && !/<[A-Z]/.test(block));
}

export function generateSyntheticManual(sourceRoot: string, targetRoot: string, size: Size): void {
	cpSync(join(sourceRoot, 'content'), join(targetRoot, 'content'), { recursive: true });
	const content = join(targetRoot, 'content');
	const paragraphs = realParagraphs(sourceRoot);
	const sidebar = parse(readFileSync(join(content, 'sidebar.yaml'), 'utf8')) as { label: string; chapters: string[] }[];
	const existingChapters = sidebar.reduce((count, part) => count + part.chapters.length, 0);

	const generated: string[] = [];
	mkdirSync(join(content, 'chapters', 'synthetic'), { recursive: true });
	for (let i = 0; generated.length + existingChapters < size.chapters; i++) {
		const id = `synthetic/chapter-${String(i + 1).padStart(4, '0')}`;
		const body = Array.from({ length: 4 }, (_, section) => {
			const text = Array.from({ length: 3 }, (_, k) => paragraphs[(i * 12 + section * 3 + k) % paragraphs.length]).join('\n\n');
			return `## 第 ${section + 1} 节\n\n${text}`;
		}).join('\n\n');
		const frontmatter = stringify({
			title: `合成章节 ${i + 1}`,
			description: '基准测试用的合成章节，内容取自手册正文。',
			owner: 'quality-officer',
			audience: ['all-staff'],
			part: '运营',
			reviewed: '2026-11-24',
			reviewEvery: 12,
		});
		writeFileSync(join(content, 'chapters', `${id}.mdx`), `---\n${frontmatter}---\n\n${body}\n`);
		generated.push(id);
	}
	if (generated.length) sidebar.push({ label: '合成章节', chapters: generated });
	writeFileSync(join(content, 'sidebar.yaml'), stringify(sidebar));

	const checklistsDir = join(content, 'checklists');
	const templates = readdirSync(checklistsDir)
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => parse(readFileSync(join(checklistsDir, name), 'utf8')) as Record<string, unknown>);
	for (let i = 0; templates.length + i < size.checklists; i++) {
		const template = templates[i % templates.length]!;
		// Generated copies are routine checklists with no chapter: only the real ones carry categories,
		// first actions and symptoms (first actions belong to incident checklists, a symptom to one checklist).
		const { category: _category, firstActions: _firstActions, symptoms: _symptoms, ...rest } = template;
		const copy = { ...rest, kind: 'routine', title: `合成清单 ${i + 1}`, chapters: [] };
		writeFileSync(join(checklistsDir, `synthetic-${String(i + 1).padStart(4, '0')}.yaml`), stringify(copy));
	}
}
