/** Clock times as staff read them: 24-hour, Chinese date when the day is not today. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(options: Intl.DateTimeFormatOptions, timeZone: string | undefined): Intl.DateTimeFormat {
	const key = JSON.stringify([options, timeZone]);
	let cached = formatters.get(key);
	if (!cached) {
		cached = new Intl.DateTimeFormat('zh-CN', { ...options, hourCycle: 'h23', ...(timeZone ? { timeZone } : {}) });
		formatters.set(key, cached);
	}
	return cached;
}

/** "14:05". */
export function clock(date: Date, timeZone?: string): string {
	return formatter({ hour: '2-digit', minute: '2-digit' }, timeZone).format(date);
}

/** "11月24日 14:05" (Intl's zh-CN short date is "11/24", which reads as a fraction on paper). */
export function dateTime(date: Date, timeZone?: string): string {
	const parts = formatter({ month: 'numeric', day: 'numeric' }, timeZone).formatToParts(date);
	const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	return `${part('month')}月${part('day')}日 ${clock(date, timeZone)}`;
}

/** "1 小时 5 分", for elapsed time. */
export function elapsed(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	return hours ? `${hours} 小时 ${minutes % 60} 分` : `${minutes} 分钟`;
}

/** The calendar day of a date in the reader's (or the given) time zone, as YYYY-MM-DD. */
export function dayOf(date: Date, timeZone?: string): string {
	return formatter({ year: 'numeric', month: '2-digit', day: '2-digit' }, timeZone)
		.formatToParts(date)
		.filter((part) => part.type !== 'literal')
		.map((part) => part.value)
		.join('-');
}

/** Calendar days from `now`'s day to `date`'s day in the reader's time zone: 0 today, 1 tomorrow, -1 yesterday. */
export function daysBetween(now: Date, date: Date, timeZone?: string): number {
	const noon = (day: string) => Date.parse(`${day}T12:00:00Z`);
	return Math.round((noon(dayOf(date, timeZone)) - noon(dayOf(now, timeZone))) / 86_400_000);
}

/** A deadline as staff read it: "16:40" today, "12月16日 00:40（明天）", "12月18日 16:40（3 天后）". */
export function deadline(date: Date, now: Date, timeZone?: string): string {
	const days = daysBetween(now, date, timeZone);
	if (days === 0) return clock(date, timeZone);
	const relative = days === 1 ? '明天' : days === -1 ? '昨天' : days > 0 ? `${days} 天后` : `${-days} 天前`;
	return `${dateTime(date, timeZone)}（${relative}）`;
}

/** "还剩 3 小时 20 分" before a deadline, "已超时 25 分钟" after it. */
export function countdown(dueAt: Date, now: Date): string {
	// Time left is rounded up and time over rounded down: neither claims more slack than there is.
	const left = dueAt.getTime() - now.getTime();
	return left >= 0 ? `还剩 ${elapsed(Math.ceil(left / 60_000))}` : `已超时 ${elapsed(Math.floor(-left / 60_000))}`;
}

/** A date as a datetime-local input holds it, "2026-12-15T16:40", in this device's time zone. */
export function localInputValue(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "2026年12月15日 16:40 GMT+8": for records kept beyond the day, with the year and the time zone. */
export function recordTime(date: Date, timeZone?: string): string {
	const parts = formatter({ year: 'numeric', month: 'numeric', day: 'numeric', timeZoneName: 'shortOffset' }, timeZone).formatToParts(date);
	const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	return `${part('year')}年${part('month')}月${part('day')}日 ${clock(date, timeZone)} ${part('timeZoneName')}`;
}

/** "20261215-1640" in this device's time zone, for file names people sort and recognise. */
export function fileStamp(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}`;
}
