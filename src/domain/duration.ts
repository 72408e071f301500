import { DURATION_PATTERN } from '../schemas/duration.ts';

/** Minutes in an ISO 8601 duration, or undefined when it is not one this manual accepts. */
export function durationMinutes(text: string): number | undefined {
	const match = DURATION_PATTERN.exec(text);
	if (!match) return undefined;
	const [weeks, days, hours, minutes] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number];
	return ((weeks * 7 + days) * 24 + hours) * 60 + minutes;
}

/** A duration in Chinese for print and screen, e.g. "1 天 2 小时". */
export function formatDuration(minutes: number): string {
	const days = Math.floor(minutes / 1440);
	const hours = Math.floor((minutes % 1440) / 60);
	const rest = minutes % 60;
	const parts = [days && `${days} 天`, hours && `${hours} 小时`, rest && `${rest} 分钟`].filter(Boolean);
	return parts.length ? parts.join(' ') : '立即';
}
