/**
 * 交给他人 in the bench (issue 12): what the hand-over costs a checklist page's first visit
 * (nothing of the panel or the QR encoder should load until the panel opens), what opening it
 * loads, and how long the link is for a run with every step ticked (a QR code takes ≤ 2,000).
 */
import type { Browser } from '@playwright/test';

export interface HandoverCost {
	path: string;
	/** Requests for the panel or the QR encoder before the panel opens (should be 0). */
	firstVisitRequests: number;
	/** JS loaded by opening the panel, gzip bytes. */
	openJs: number;
	/** Steps ticked in the measured run. */
	steps: number;
	/** Characters of the hand-over link for that run. */
	linkChars: number;
	/** Whether the panel drew a QR code (else it offered the file). */
	qr: boolean;
}

/** `jsBytes` is the bench's gzip tally of the JS among the given URLs. */
export async function measureHandover(
	browser: Browser,
	origin: string,
	path: string,
	jsBytes: (urls: string[]) => number,
): Promise<HandoverCost> {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	try {
		const page = await context.newPage();
		const urls: string[] = [];
		page.on('request', (request) => urls.push(request.url()));
		await page.goto(origin + path, { waitUntil: 'networkidle' });
		await page.getByRole('button', { name: '开始执行' }).click();
		const boxes = page.locator('.run-step input[type="checkbox"]:visible');
		const steps = await boxes.count();
		for (let i = 0; i < steps; i++) await boxes.nth(i).check();
		const lazy = (url: string) => /\/(handover-panel|handover-import|qr)\.[\w-]+\.js$/.test(url);
		const firstVisitRequests = urls.filter(lazy).length;
		const before = urls.length;
		await page.getByRole('button', { name: '交给他人' }).click();
		// A hand-over names its receiver before the link is made (issue 25).
		await page.getByRole('textbox', { name: '交给谁（接手人的姓名）' }).fill('王五');
		await page.getByRole('button', { name: '交出并生成链接' }).click();
		const link = page.getByRole('textbox', { name: /交接链接/ });
		await page.waitForFunction(() => (document.querySelector('.run-handover-link') as HTMLTextAreaElement | null)?.value);
		await page.locator('.run-handover-code :is(svg, .run-notice)').waitFor();
		await page.waitForLoadState('networkidle');
		return {
			path,
			firstVisitRequests,
			openJs: jsBytes(urls.slice(before)),
			steps,
			linkChars: (await link.inputValue()).length,
			qr: (await page.locator('.run-handover-code svg').count()) > 0,
		};
	} finally {
		await context.close();
	}
}

/** The rows the bench report prints. */
export function handoverLines(cost: HandoverCost): string[] {
	return [
		`交给他人（\`${cost.path}\`，${cost.steps} 步全部勾选）：`,
		'',
		'| 指标 | 实测 | 目标 |',
		'| --- | ---: | --- |',
		`| 首次访问时加载的交接面板和二维码代码 | ${cost.firstVisitRequests} 个文件 | 0 |`,
		`| 打开面板时加载的 JS（gzip） | ${(cost.openJs / 1024).toFixed(1)} KB | 只在打开时 |`,
		`| 交接链接长度 | ${cost.linkChars} 字符 | ≤ 2000 可生成二维码（${cost.qr ? '已生成' : '改用文件'}） |`,
		'',
	];
}
