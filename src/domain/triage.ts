/**
 * "Not sure how serious it is?": yes/no questions derived from a checklist's severity levels.
 *
 * Levels are listed highest first (L1). The triage asks about each level in turn, except the
 * lowest: "does any condition of this level hold?". Yes stops at that level; no moves on to the
 * next one; unsure stops at the level being asked about, the higher one, because in an incident
 * doubt escalates and never de-escalates. Saying no to every question leaves the lowest level.
 */
export type Answer = 'yes' | 'no' | 'unsure';

export const ANSWER_LABELS: Record<Answer, string> = { yes: '是', no: '否', unsure: '不确定' };

export interface TriageLevel {
	id: string;
	name: string;
	when: string;
}

/** A checklist the triage offers: which kind of incident it is for, and its levels. */
export interface TriageChecklist {
	id: string;
	label: string;
	levels: TriageLevel[];
}

export interface TriageQuestion {
	kind: 'question';
	/** The level the question is about. */
	level: TriageLevel;
	/** 0-based number of this question. */
	index: number;
	/** How many questions there can be at most. */
	count: number;
	/** The level's conditions, one per line. */
	conditions: string[];
}

export interface TriageResult {
	kind: 'result';
	level: TriageLevel;
	/** Why: a condition held, the answer was unsure, or no higher level applied. */
	reason: 'yes' | 'unsure' | 'lowest';
}

export type TriageStep = TriageQuestion | TriageResult;

/** A level's condition split into the separate conditions it lists ("A；B；或 C"). */
export function conditions(when: string): string[] {
	return when
		.split(/[；;]/)
		.map((part) =>
			part
				.trim()
				.replace(/^(或者|或)\s*/, '')
				.trim(),
		)
		.filter((part) => part.length > 0);
}

/** How many questions a checklist's levels can ask: every level except the lowest. */
export function questionCount(levels: readonly TriageLevel[]): number {
	return Math.max(0, levels.length - 1);
}

/**
 * Where the triage stands after these answers: the next question, or the proposed level.
 * Answers given after a result are ignored.
 */
export function triage(levels: readonly TriageLevel[], answers: readonly Answer[]): TriageStep {
	const lowest = levels[levels.length - 1];
	if (!lowest) throw new Error('A triage needs at least one severity level.');
	const count = questionCount(levels);
	for (let index = 0; index < count; index++) {
		const level = levels[index]!;
		const answer = answers[index];
		if (answer === undefined) return { kind: 'question', level, index, count, conditions: conditions(level.when) };
		if (answer === 'yes' || answer === 'unsure') return { kind: 'result', level, reason: answer };
	}
	return { kind: 'result', level: lowest, reason: 'lowest' };
}

/** The sentence shown with the proposed level. */
export function resultReason(result: TriageResult, levels: readonly TriageLevel[]): string {
	switch (result.reason) {
		case 'yes':
			return `符合${result.level.name}的条件。`;
		case 'unsure':
			return `拿不准是否符合${result.level.name}的条件，按较高的${result.level.name}处理；情况明确后可以调整。`;
		case 'lowest':
			return levels.length > 1 ? `不符合更高级别的任何条件。` : `这张清单只有一个级别。`;
	}
}

/** "第 2 个问题，最多 3 个". */
export function questionLabel(question: TriageQuestion): string {
	return `第 ${question.index + 1} 个问题，最多 ${question.count} 个`;
}
