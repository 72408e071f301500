import { z } from 'zod';

/**
 * Zod's messages in Chinese for one parse, passed per call (as Starlight's
 * `parseWithFriendlyErrors` does) rather than set globally: the language of an error must not
 * depend on which module happened to be imported first. Messages written on a schema
 * (`.regex(pattern, '…')`) still win over these.
 */
const CHINESE = { error: z.locales.zhCN().localeError } as const;

/** `schema.safeParse(data)` with Chinese messages. */
export function parseContent<S extends z.ZodType>(schema: S, data: unknown): z.ZodSafeParseResult<z.output<S>> {
	return schema.safeParse(data, CHINESE);
}
