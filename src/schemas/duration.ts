/**
 * ISO 8601 durations as checklists write deadlines ("PT15M", "PT4H", "P1D", "P1DT2H").
 * Years and months are refused: their length depends on the calendar, so "P1M" would not give
 * one unambiguous clock time. Kept free of Zod so the browser's deadline code can share it.
 */
export const DURATION_PATTERN = /^P(?=\d|T\d)(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?)?$/;
