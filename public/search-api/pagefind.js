// The Pagefind API the search dialog imports as `<bundlePath>pagefind.js`: Pagefind's own, with
// `search` run by the manual's query planner. src/search/pagefind-ui.ts sets the global just
// before the dialog loads this file. A file of the site, not a `data:` URL, so the page's
// Content-Security-Policy (`script-src 'self'`) allows it.
const api = await globalThis[Symbol.for('bookkeeping-manual.planned-pagefind')]();
export const { options, mergeIndex, filters, preload, search, destroy } = api;
