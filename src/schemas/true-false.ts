/**
 * The two options of a true/false question, as staff read and answer them. Kept free of Zod so
 * the browser's self-check scoring can share it without loading the schemas.
 */
export const TRUE_FALSE = ['对', '错'] as const;
