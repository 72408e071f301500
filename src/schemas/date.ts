import { z } from 'zod';

const MESSAGE = '日期必须是真实存在的一天，写成 YYYY-MM-DD，例如 2026-11-24（注意各月天数：2 月没有 30 日）';

/**
 * A calendar day written YYYY-MM-DD that exists: 2026-02-30 is refused instead of being rolled
 * over into March, as `z.coerce.date()` would. A Date that a YAML parser already made of an
 * unquoted day (Astro's frontmatter) is accepted as it is. The output is midnight UTC of the day.
 */
export const CalendarDaySchema = z
	.union([z.iso.date(MESSAGE), z.date(MESSAGE)], { error: MESSAGE })
	.transform((day) => (typeof day === 'string' ? new Date(`${day}T00:00:00Z`) : day))
	.meta({ format: 'date' });
