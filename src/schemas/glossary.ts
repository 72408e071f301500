import { z } from 'zod';

/** A term staff meet in the manual, with the everyday words they search for it by. */
export const GlossaryEntrySchema = z.object({
	/** The formal term. */
	term: z.string().min(1).describe('术语'),
	/** One or two sentences in the manual's own words. */
	definition: z.string().min(4).describe('释义'),
	/** Colloquial words that should find this term in search. */
	synonyms: z.array(z.string().min(1)).default([]).describe('同义词、口语说法（搜索会用到）'),
});

export const GlossarySchema = z.array(GlossaryEntrySchema).min(1).describe('术语表，至少一条');

export type GlossaryEntry = z.output<typeof GlossaryEntrySchema>;
