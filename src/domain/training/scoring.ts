/**
 * Scoring a self-check as the reader answered it on the page: a question is right when exactly
 * the correct options were chosen. Passing needs the pass mark and every 必须全对 question right.
 */
import type { SelfCheck } from '../../schemas/training.ts';
import { correctIndexes } from './questions.ts';

/** Chosen option indexes per question id. */
export type Responses = Record<string, readonly number[]>;

export interface WrongAnswer {
	questionId: string;
	why: string;
	/** Section anchor of the chapter the why comes from. */
	section: string;
	mustBeRight: boolean;
}

export interface SelfCheckScore {
	right: number;
	total: number;
	/** Whole percent, rounded down so that a pass is never rounded into being. */
	percent: number;
	passed: boolean;
	wrong: WrongAnswer[];
}

const sameSet = (a: readonly number[], b: readonly number[]) =>
	a.length === b.length && [...a].sort().every((value, i) => value === [...b].sort()[i]);

export function scoreSelfCheck(selfCheck: Pick<SelfCheck, 'passMark' | 'questions'>, responses: Responses): SelfCheckScore {
	const wrong: WrongAnswer[] = [];
	for (const question of selfCheck.questions) {
		if (!sameSet(responses[question.id] ?? [], correctIndexes(question)))
			wrong.push({ questionId: question.id, why: question.why, section: question.section, mustBeRight: question.mustBeRight });
	}
	const total = selfCheck.questions.length;
	const right = total - wrong.length;
	const percent = total === 0 ? 0 : Math.floor((right * 100) / total);
	const passed = percent >= selfCheck.passMark && !wrong.some((answer) => answer.mustBeRight);
	return { right, total, percent, passed, wrong };
}
