/**
 * What 交给他人 and the run file import do, loaded the first time either is used
 * (src/client/run-handover.ts holds the buttons and inputs the page starts with): the panel's
 * file, link and QR code, taking in a hand-over link, and validating and merging an imported file.
 * Formats, validation and merging are src/domain/run/handover.ts; the QR encoder is loaded later
 * still, when a code is drawn (src/client/run-qr.ts).
 */
import {
	decodeRunPayload,
	handoverLink,
	importMessage,
	mergeImported,
	parseImport,
	QR_LINK_LIMIT,
	type ImportScope,
} from '../domain/run/handover.ts';
import type { ChecklistRun, ChecklistSnapshot } from '../domain/run/model.ts';
import type { RunStore } from '../domain/run/store.ts';
import { links } from '../domain/routes.ts';
import { fill, h, setText } from './dom.ts';
import { importControl, type HandoverOutcome, type HandoverPanelOptions } from './run-handover.ts';

/** Merges validated runs into the device's copies by event id and saves them; says what changed. */
export async function storeImported(store: RunStore, runs: readonly ChecklistRun[]): Promise<HandoverOutcome> {
	const outcomes = runs.map((run) => mergeImported(store.get(run.id), run));
	const stored: ChecklistRun[] = [];
	let unsaved = 0;
	for (const outcome of outcomes) {
		if (!outcome.isNew && outcome.added === 0) {
			stored.push(outcome.run);
			continue;
		}
		const saved = await store.save(outcome.run);
		if (saved.status === 'pending') unsaved++;
		stored.push(saved.status === 'cleared' ? outcome.run : saved.run);
	}
	const pending = unsaved > 0 ? ` 其中 ${unsaved} 条尚未保存到本设备（存储空间已满）：页面会自动重试，在此之前不要关闭页面。` : '';
	return { run: stored[0]!, runs: stored, message: importMessage(outcomes) + pending };
}

/** Takes in a hand-over link's payload on the checklist page it opened. */
export async function importLink(payload: string, checklist: ChecklistSnapshot, store: RunStore): Promise<HandoverOutcome> {
	const result = await decodeRunPayload(payload, checklist);
	return 'problem' in result
		? { problem: `无法导入交接链接：${result.problem}本设备上的记录没有改动。` }
		: storeImported(store, result.runs);
}

/** Reads a chosen file, validates it and merges it in; the sentence to show either way. */
export async function importFile(file: File, scope: ImportScope | undefined, store: RunStore): Promise<HandoverOutcome> {
	const result = parseImport(await file.text(), scope);
	if ('problem' in result) return { problem: `无法导入“${file.name}”：${result.problem}本设备上的记录没有改动。` };
	const outcome = await storeImported(store, result.runs);
	return 'problem' in outcome ? outcome : { ...outcome, message: `已导入“${file.name}”：${outcome.message}` };
}

/**
 * Fills the 交给他人 panel the first time it opens: the file, the link, the place for the QR code
 * and the import of a copy handed back. Returns what to call on every later opening.
 */
export function fillPanel(panel: HTMLElement, options: HandoverPanelOptions): () => Promise<void> {
	const link = h('textarea', { readonly: true, rows: 3, class: 'run-handover-link' }) as HTMLTextAreaElement;
	const copied = h('span', { class: 'run-copied', role: 'status' });
	const code = h('div', { class: 'run-handover-code' });
	// Appended after the heading, which keeps the focus the opening gave it.
	panel.append(
		h(
			'p',
			{},
			'把这次运行交给另一台设备上的同事：记录不经过任何服务器，对方打开后合并到他的设备上，双方的操作都不会丢。交出的是此刻的记录，之后的操作请再交一次。',
		),
		h('h4', {}, '记录文件'),
		h('p', {}, h('button', { type: 'button', onclick: () => options.download() }, '下载记录文件（JSON）')),
		h('p', { class: 'run-hint' }, '对方在这张清单的页面或“本设备上的运行记录”页导入这个文件。'),
		h('h4', {}, '链接和二维码'),
		h('label', {}, '交接链接（记录在链接的 # 之后，不会发送到服务器）', link),
		h(
			'p',
			{},
			h(
				'button',
				{
					type: 'button',
					onclick: async () => {
						try {
							await navigator.clipboard.writeText(link.value);
							setText(copied, '链接已复制');
						} catch {
							link.select();
							setText(copied, '无法访问剪贴板：链接已选中，请按 Ctrl+C 复制');
						}
					},
				},
				'复制链接',
			),
			copied,
		),
		code,
		h('h4', {}, '接手对方的记录'),
		importControl({
			label: '导入对方交来的记录文件（JSON）',
			scope: { checklist: options.checklist },
			store: options.store,
			onImported: options.onImported,
		}),
	);
	return () => fillLink(options, link, code, copied);
}

async function fillLink(options: HandoverPanelOptions, link: HTMLTextAreaElement, code: HTMLElement, copied: HTMLElement): Promise<void> {
	const run = options.run();
	if (!run) return;
	setText(copied, '');
	const url = await handoverLink(run, new URL(links.checklist(run.checklist.id), location.href).href);
	link.value = url;
	if (url.length > QR_LINK_LIMIT) {
		fill(
			code,
			h(
				'p',
				{ class: 'run-notice', role: 'status' },
				`这次运行的记录太大（链接有 ${url.length.toLocaleString('zh-CN')} 个字符，二维码最多约 ${QR_LINK_LIMIT.toLocaleString('zh-CN')} 个），无法做成二维码：请改用上面的“下载记录文件”交接。链接仍可复制粘贴到聊天软件。`,
			),
		);
		return;
	}
	fill(code, h('p', { class: 'run-hint' }, '正在生成二维码…'));
	const { qrCode } = await import('./run-qr.ts');
	fill(code, h('figure', {}, qrCode(url, '交接链接的二维码'), h('figcaption', {}, '用对方的手机扫码，在手机上打开这次运行')));
}
