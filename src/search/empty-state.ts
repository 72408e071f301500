/**
 * What the search dialog offers when nothing matches: the incident categories (the home page's
 * entries), the contacts page and a hint to use fewer words. When the query reads like an
 * incident, someone may be in trouble right now, so the incident entries come first.
 */
/** Words that say something has gone wrong, as staff type them. */
const INCIDENT_WORDS: readonly string[] = (
	'中毒 病毒 勒索 泄露 泄漏 外泄 发错 误发 被盗 盗号 钓鱼 加密 ' +
	'打不开 登不上 进不去 用不了 死机 宕机 蓝屏 断网 崩溃 坏了 ' +
	'丢了 丢失 删了 误删 不见了 找不到 找不回 损坏 ' +
	'逾期 漏报 来不及 截止 罚款 着火 失火 火灾 停电 台风 地震 暴雨 淹 ' +
	'失联 联系不上 辞职 离职 住院 投诉 曝光 记者 稽查 假账 欠费 出事 紧急'
).split(' ');

/** Whether the query holds a word that says something has gone wrong. */
export function readsLikeIncident(query: string): boolean {
	return INCIDENT_WORDS.some((word) => query.includes(word));
}

export type EmptyStatePart = 'incidents' | 'contacts' | 'fewer-words';

/** The parts of the empty state, in the order they are shown for this query. */
export function emptyStateOrder(query: string): EmptyStatePart[] {
	return readsLikeIncident(query) ? ['incidents', 'contacts', 'fewer-words'] : ['fewer-words', 'incidents', 'contacts'];
}
