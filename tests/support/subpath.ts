/**
 * The test command builds the site a second time as a deploy under a sub-path would:
 * `npm run build:subpath` sets `site.base` to this (through MANUAL_SITE_BASE, read in
 * src/manual/files.ts) and writes to this folder; tests/e2e/subpath.spec.ts walks it.
 */
export const SUBPATH_BASE = '/manual/';
export const SUBPATH_DIST = 'dist-subpath';
