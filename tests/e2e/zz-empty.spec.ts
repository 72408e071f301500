import { test } from '@playwright/test';
const mode = process.env.ZZ_MODE ?? 'home';
for (let i = 0; i < 30; i++)
	test(`t ${i}`, async ({ page }) => {
		if (mode === 'latin') await page.setContent('<p>hello world</p>');
		else if (mode === 'cjk') await page.setContent('<p>你好，世界。代理记账公司运营手册</p>');
		else if (mode === 'home') await page.goto('/');
		else if (mode === 'home2') { await page.goto('/'); await page.goto('/emergency/certificate-expiry/'); }
	});
