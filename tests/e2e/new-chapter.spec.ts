import { expect, test } from '@playwright/test';
import { REREAD_DIST, REREAD_NEW_CHAPTER } from '../support/reread.ts';
import { serveBuild } from '../support/static-build.ts';

/**
 * What an editor's `npm run new` leads to once the chapter is filled in: a published page that the
 * sidebar of its part leads to. The file, its sidebar entry and the check are the unit tests'
 * (tests/unit/new-content.test.ts); the build is `npm run build:reread`'s copy, which adds this
 * chapter (tests/support/reread.ts), so no build of its own is needed.
 */
const { path, title, neighbour } = REREAD_NEW_CHAPTER;

test('a chapter written with npm run new and filled in is published, and the sidebar of its part leads to it', async ({ page }) => {
	await page.goto('/');
	await serveBuild(page, REREAD_DIST);
	await page.goto(`/${neighbour}/`);
	await page.getByRole('navigation', { name: '主要' }).getByRole('link', { name: title, exact: true }).click();
	await expect(page).toHaveURL(`/${path}/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});
