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

/** A deadline as staff read it: "16:40" today, "12月18日 16:40" on any other day. */
export function deadline(date: Date, now: Date, timeZone?: string): string {
	return dayOf(date, timeZone) === dayOf(now, timeZone) ? clock(date, timeZone) : dateTime(date, timeZone);
}
