/**
 * 交给他人: the button and the panel it opens. The panel first asks whom the run goes to and
 * records that hand-over on this device ("交给 张三"), so the record that leaves carries it; then
 * it offers the run's file, link and QR code, and the import of a copy handed back. The QR encoder
 * loads when a code is drawn (./qr.ts).
 */
import { handoverLink, QR_LINK_LIMIT } from '../../domain/run/handover.ts';
import { clock } from '../../domain/run/time.ts';
import { links } from '../../domain/routes.ts';
import { fill, h, setText, show } from '../dom.ts';
import type { HandoverPanelOptions } from './handover-types.ts';
import { importControl } from './import-control.ts';
import './handover.css';

/** The 交给他人 button and the panel it opens; the link and QR code are made from the run as it is at each opening. */
export function handoverPanel(options: HandoverPanelOptions): { button: HTMLElement; panel: HTMLElement } {
	const heading = h('h3', { id: 'run-handover-title', tabindex: -1 }, '交给他人');
	const panel = h('section', { class: 'run-handover', id: 'run-handover', 'aria-labelledby': 'run-handover-title', hidden: true }, heading);
	let refresh: (() => Promise<void>) | undefined;
	const button = h(
		'button',
		{
			type: 'button',
			'aria-expanded': 'false',
			'aria-controls': 'run-handover',
			onclick: async () => {
				const opening = panel.hidden;
				panel.hidden = !opening;
				button.setAttribute('aria-expanded', String(opening));
				if (!opening) return;
				heading.focus();
				refresh ??= fillPanel(panel, options);
				await refresh();
			},
		},
		'交给他人',
	);
	return { button, panel };
}

/**
 * Fills the 交给他人 panel the first time it opens: whom to hand the run to, then the file, the
 * link, the place for the QR code, and the import of a copy handed back. Returns what to call on
 * every later opening.
 */
export function fillPanel(panel: HTMLElement, options: HandoverPanelOptions): () => Promise<void> {
	const link = h('textarea', { readonly: true, rows: 3, class: 'run-handover-link' }) as HTMLTextAreaElement;
	const copied = h('span', { class: 'run-copied', role: 'status' });
	const code = h('div', { class: 'run-handover-code' });
	const recipient = h('input', {
		type: 'text',
		name: 'to',
		autocomplete: 'off',
		'aria-describedby': 'run-handover-to-problem',
	}) as HTMLInputElement;
	const problem = h('p', { class: 'run-field-problem', id: 'run-handover-to-problem' });
	const given = h('p', { class: 'run-handover-given', role: 'status' });
	// The record leaves only once the hand-over is in it: the link, file and code wait for the name.
	const outgoing = h(
		'div',
		{ class: 'run-handover-outgoing', hidden: true },
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
	);
	const refresh = async () => {
		const handedOver = options.handedOver();
		setText(
			given,
			handedOver
				? `已于 ${clock(new Date(handedOver.at))} 交给 ${handedOver.to}。本设备上的这次运行只能查看，直到导入对方交回的记录。`
				: '',
		);
		show(outgoing, handedOver !== undefined);
		if (handedOver) await fillLink(options, link, code, copied);
	};
	const form = h(
		'form',
		{
			class: 'run-handover-to',
			novalidate: true,
			onsubmit: (event: Event) => {
				event.preventDefault();
				const to = recipient.value.trim();
				const missing = to === '';
				recipient.toggleAttribute('aria-invalid', missing);
				setText(problem, missing ? '请填写接手人的姓名：记录里会写明这次运行交给了谁。' : '');
				if (missing) return recipient.focus();
				options.handOver(to);
				recipient.value = '';
				void refresh();
			},
		},
		h('label', {}, '交给谁（接手人的姓名）', recipient),
		problem,
		h('button', { type: 'submit' }, '交出并生成链接'),
	);
	// Appended after the heading, which keeps the focus the opening gave it.
	panel.append(
		h(
			'p',
			{},
			'把这次运行交给另一台设备上的同事：记录不经过任何服务器，对方打开后合并到他的设备上，双方的操作都不会丢。交出后本设备只能查看这次运行；交出的是此刻的记录。',
		),
		form,
		given,
		outgoing,
		h('h4', {}, '接手对方的记录'),
		importControl({
			label: '导入对方交来的记录文件（JSON）',
			scope: { checklist: options.checklist },
			store: options.store,
			onImported: options.onImported,
		}),
	);
	return refresh;
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
	const { qrCode } = await import('./qr.ts');
	fill(code, h('figure', {}, qrCode(url, '交接链接的二维码'), h('figcaption', {}, '用对方的手机扫码，在手机上打开这次运行')));
}
