/**
 * The one switch for an agency that wants its manual public: `site.public: true` in the
 * organisation data. `npm run build:reread` builds its copy of the manual with the switch on, so
 * one build of a copy serves both the re-read tests and tests/e2e/public.spec.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT } from '../../src/manual/paths.ts';

/** Turns the switch on in the checkout at `root`; throws when the organisation data has no site block. */
export function makePublic(root: string): void {
	const file = join(root, CONTENT.organisation);
	const data = readFileSync(file, 'utf8');
	if (!/^ {2}base: /m.test(data)) throw new Error(`${CONTENT.organisation} has no site block to switch`);
	writeFileSync(file, data.replace(/^( {2}base: .*)$/m, '$1\n  public: true'));
}
