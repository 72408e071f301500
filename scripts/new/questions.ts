/**
 * The questions `npm run new` asks in a terminal, in Chinese, for whatever was not given as a
 * flag. A numbered list for each closed choice, so nobody has to type an id from memory.
 */
import type { Interface } from 'node:readline/promises';

export interface Choice {
	value: string;
	label: string;
}

/** Asks until the answer is not empty (or `fallback` is accepted with Enter). */
export async function askText(rl: Interface, question: string, fallback?: string): Promise<string> {
	for (;;) {
		const answer = (await rl.question(fallback ? `${question}（直接回车：${fallback}）：` : `${question}：`)).trim();
		if (answer) return answer;
		if (fallback !== undefined) return fallback;
	}
}

/** Asks for one of `choices`, by number or by value. */
export async function askChoice(rl: Interface, question: string, choices: readonly Choice[], fallback?: string): Promise<string> {
	const menu = choices
		.map((choice, index) => `  ${index + 1}. ${choice.label}${choice.label === choice.value ? '' : `（${choice.value}）`}`)
		.join('\n');
	for (;;) {
		const answer = (await rl.question(`${question}\n${menu}\n请输入编号${fallback ? `（直接回车：${fallback}）` : ''}：`)).trim();
		if (!answer && fallback) return fallback;
		const picked = /^\d+$/.test(answer) ? choices[Number(answer) - 1] : choices.find((choice) => choice.value === answer);
		if (picked) return picked.value;
		console.log(`没有“${answer}”这个选项，请输入 1 到 ${choices.length} 之间的编号。`);
	}
}
