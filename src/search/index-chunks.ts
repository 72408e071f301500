/**
 * How finely Pagefind cuts its word index. A search downloads the index chunk of every word it
 * looks up; Pagefind's default chunk holds about 20,000 word positions, some 30 KB gzip of this
 * manual's Chinese, so a sentence of ten words fetched 280 KB of chunks to read a few hundred
 * entries. At 1,000 positions a chunk is about 2 KB: the whole index grows by 13% and the page
 * metadata (read on the first search) by 5 KB, and that sentence fetches 23 KB of chunks.
 * Pagefind loads for a word only the chunk whose range holds it, so a longer index word that
 * begins with it (报 → 报表) and sits in the next chunk is missed, at any chunk size; the
 * relevance sets (tests/e2e/search.spec.ts) score the same or better at 1,000 as at 20,000.
 * Pagefind 1.6 reads the size only from `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE` (its name says it
 * may change): `npm run bench` shows the chunks a search fetches, so a rename shows up there.
 */
export const INDEX_CHUNK_POSITIONS = 1000;

/** Sets the chunk size for the Pagefind run of this build, unless the environment already chose one. */
export function useIndexChunkSize(env: NodeJS.ProcessEnv = process.env): void {
	env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_POSITIONS);
}
