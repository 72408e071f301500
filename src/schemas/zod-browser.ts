import * as z from 'zod/mini';

/**
 * Zod for schemas that ship to the browser: `zod/mini` (a fraction of the full build's size),
 * configured never to compile parsers with `new Function`. The site's CSP forbids it, and Zod
 * probes for it when a schema is built, so the switch must be set before any browser schema
 * exists: every such schema imports `z` from here, never from 'zod/mini' directly.
 */
z.config({ jitless: true });

export { z };
