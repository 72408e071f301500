/**
 * The query parameter a printed copy's address carries (`?edition=2026-11-24`). On its own so a
 * page can look for it without loading the notice's code (./printed-edition.ts).
 */
export const PRINTED_EDITION_PARAM = 'edition';
