import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { z } from 'zod';
import { articleLabel, type DocumentCatalogue, type OfferedTemplate } from '../domain/documents/catalogue.ts';
import { DocumentTemplateSchema } from '../schemas/document-template.ts';
import { parseContent } from '../schemas/parse.ts';
import { getChecklists } from './collections.ts';
import { loadOrganisation } from './files.ts';
import { CONTENT } from './paths.ts';
import { readYamlFile } from './yaml-file.ts';

/** The document templates, by file name; the content check has reported any that fail (the build stops first). */
export function loadDocumentTemplates(root = process.cwd()): OfferedTemplate[] {
	const folder = resolve(root, CONTENT.documents);
	let files: string[];
	try {
		files = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name) && !name.startsWith('_'));
	} catch {
		return [];
	}
	return files.sort().map((name) => {
		const result = parseContent(DocumentTemplateSchema, readYamlFile(join(folder, name)));
		if (!result.success)
			throw new Error(`${CONTENT.documents}/${name} 有错误，请运行 npm run check 查看详情：\n${z.prettifyError(result.error)}`);
		const { basis, ...template } = result.data;
		return {
			id: basename(name).replace(/\.ya?ml$/, ''),
			...template,
			basis: basis.map((each) => `《${each.law}》${each.article ? articleLabel(each.article) : ''}`),
		};
	});
}

/** What the draft panel embeds: every template and each checklist's category. */
export async function getDocumentCatalogue(): Promise<DocumentCatalogue> {
	const checklists = await getChecklists();
	return {
		organisation: loadOrganisation().name,
		templates: loadDocumentTemplates(),
		categories: Object.fromEntries(
			checklists.flatMap((checklist) => (checklist.data.category ? [[checklist.id, checklist.data.category]] : [])),
		),
	};
}
