// The screenshots in CONTRIBUTING.md, taken of the real site so they show what editors see.
// Build and serve the site first, then:
//   npm run build && npm run preview &   node scripts/guide-screenshots.mjs http://127.0.0.1:4321 docs/editors-guide
// Small PNGs at 1× scale, each cropped to the part of the screen the guide talks about.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const [base = 'http://127.0.0.1:4321', out = 'docs/editors-guide'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

async function page(width, height, clock) {
	const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: 'block', deviceScaleFactor: 1 });
	const p = await context.newPage();
	if (clock) await p.clock.install({ time: new Date(clock) });
	return p;
}

// 1. The end of a chapter: owner and review dates, the edit link and the last-updated date.
{
	const p = await page(1000, 2400);
	await p.goto(`${base}/operations/monthly-bookkeeping/`);
	const top = await p.locator('.stewardship').boundingBox();
	const meta = await p.locator('footer .meta').first().boundingBox();
	await p.screenshot({
		path: `${out}/edit-link.png`,
		fullPage: true,
		clip: {
			x: top.x - 12,
			y: top.y - 12,
			width: Math.max(top.width, meta.x + meta.width - top.x) + 24,
			height: meta.y + meta.height - top.y + 24,
		},
	});
}
// 2. The content status page on a phone, read on a day some reviews are overdue.
{
	const p = await page(360, 2000, '2027-06-01T10:00:00');
	await p.goto(`${base}/status/`);
	const box = await p.locator('content-status').boundingBox();
	await p.screenshot({ path: `${out}/status-overdue.png`, clip: { x: 0, y: box.y - 8, width: 360, height: 520 } });
}
// 3. A checklist's edition history on the status page.
{
	const p = await page(1000, 900);
	await p.goto(`${base}/status/`);
	const section = p.locator('section.edition-history').filter({ hasText: '系统故障应急清单' }).first();
	await section.screenshot({ path: `${out}/edition-history.png` });
}
// 4. The printed checklist's header: the edition a paper copy carries.
{
	const p = await page(800, 600);
	await p.emulateMedia({ media: 'print' });
	await p.goto(`${base}/checklists/system-failure/`);
	await p.screenshot({ path: `${out}/printed-edition.png`, clip: { x: 0, y: 0, width: 800, height: 260 } });
}
await browser.close();
