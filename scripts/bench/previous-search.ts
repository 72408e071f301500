// The previous run's search figures (bench/out/<name>.json), so the table shows each budget with
// the figure before and after a change. Only the fields the search rows need are read, so a report
// from an older bench still works; missing figures print as “—”.
import { existsSync, readFileSync } from 'node:fs';

export interface PreviousSearch {
	date: string;
	/** KB over the network, by scenario. */
	downloadKB: {
		short?: number | undefined;
		sentenceFirst?: number | undefined;
		sentenceAfter?: number | undefined;
		sentenceAfterItsStart?: number | undefined;
	};
	/** Median ms, short and sentence queries. */
	latencyMs: { short?: number | undefined; sentence?: number | undefined };
}

const kb = (bytes: unknown) => (typeof bytes === 'number' ? bytes / 1024 : undefined);

/** Reads the report at `path` before this run overwrites it; `undefined` when there is none. */
export function previousSearch(path: string): PreviousSearch | undefined {
	if (!existsSync(path)) return undefined;
	try {
		const report = JSON.parse(readFileSync(path, 'utf8'));
		const pagefind = report?.pagefind ?? {};
		const costs = pagefind.costs ?? {};
		return {
			date: String(report?.date ?? ''),
			downloadKB: {
				short: kb(pagefind.firstSearch?.total),
				sentenceFirst: kb(costs.sentenceFirst?.total),
				sentenceAfter: kb(costs.sentenceAfter?.total),
				sentenceAfterItsStart: kb(costs.sentenceAfterItsStart?.total),
			},
			latencyMs: { short: costs.latency?.shortMs, sentence: costs.latency?.sentenceMs },
		};
	} catch {
		return undefined;
	}
}
