/**
 * Questions as a reader meets them: the options shown (true/false questions get 对 and 错) and
 * the correct answers as option indexes. Editors write answers as letters (B, [A, C]) or 对/错;
 * the content check uses `answerIndex` to tell them which answers name no option.
 */
import type { Question } from '../../schemas/training.ts';
import { TRUE_FALSE } from '../../schemas/true-false.ts';

const LETTERS = 'ABCDEF';

export const optionLetter = (index: number): string => LETTERS[index] ?? String(index + 1);

/** The options a reader chooses from. */
export function shownOptions(question: Pick<Question, 'kind' | 'options'>): string[] {
	return question.kind === 'true-false' ? [...TRUE_FALSE] : question.options;
}

/** The option index an answer names, or undefined when it names none. */
export function answerIndex(question: Pick<Question, 'kind' | 'options'>, answer: string): number | undefined {
	const index =
		question.kind === 'true-false'
			? TRUE_FALSE.indexOf(answer as (typeof TRUE_FALSE)[number])
			: LETTERS.indexOf(answer.trim().toUpperCase());
	return index >= 0 && index < shownOptions(question).length ? index : undefined;
}

/** The correct option indexes, sorted; answers naming no option are left out (the check reports them). */
export function correctIndexes(question: Pick<Question, 'kind' | 'options' | 'answer'>): number[] {
	const indexes = question.answer.map((answer) => answerIndex(question, answer)).filter((index): index is number => index !== undefined);
	return [...new Set(indexes)].sort((a, b) => a - b);
}
