import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { REREAD_DIST } from '../support/reread.ts';

/**
 * An agency that sets `site.public: true` gets an indexable site with a sitemap and an ordinary
 * referrer policy. Built for real: `npm run build:reread` builds its copy of the manual with that
 * one line changed (tests/support/public.ts). The internal default is walked in security.spec.ts.
 */
test('an agency that sets site.public: true gets an indexable site with a sitemap', () => {
	const robots = readFileSync(join(REREAD_DIST, 'robots.txt'), 'utf8');
	expect(robots).toMatch(/^Allow: \/$/m);
	expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
	expect(existsSync(join(REREAD_DIST, 'sitemap-index.xml')), 'no sitemap published').toBe(true);
	const page = readFileSync(join(REREAD_DIST, 'emergency/framework/index.html'), 'utf8');
	expect(page).not.toMatch(/<meta name="robots"/);
	expect(page).toMatch(/<meta name="referrer" content="strict-origin-when-cross-origin"/);
});
