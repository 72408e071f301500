import { CONTENT } from '../../manual/paths.ts';
import { answerIndex, optionLetter, shownOptions } from '../../domain/training/questions.ts';
import type { Manual } from '../load.ts';
import { problem, unknownIds, type ContentProblem } from '../problem.ts';
import type { RuleSlug } from './registry.ts';

const list = (values: Iterable<string>) => [...values].join('、');

/**
 * Training content holds together: self-checks name real chapters and sections and have a right
 * answer among their options; paths name real roles, chapters, checklists, self-checks and other
 * paths, include no loop, and every role in the directory has a path.
 */
export function trainingProblems(manual: Manual): ContentProblem[] {
	return [...selfCheckProblems(manual), ...pathProblems(manual)];
}

function selfCheckProblems(manual: Manual): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const seenChapters = new Map<string, string>();
	for (const { file, data, locate } of manual.selfChecks) {
		const chapter = manual.chapters.find((candidate) => candidate.id === data.chapter);
		if (!chapter)
			problems.push(
				problem('ref/chapter', {
					file,
					field: 'chapter',
					value: data.chapter,
					hint: '章节 id 是 content/chapters 下的路径（不含扩展名），例如 emergency/system-failure。',
					...locate(['chapter']),
				}),
			);
		const earlier = seenChapters.get(data.chapter);
		if (earlier)
			problems.push(
				problem('training/duplicate-self-check', {
					file,
					field: 'chapter',
					value: data.chapter,
					hint: `${earlier} 已经是这一章的自测：把题目合并到那个文件。`,
					...locate(['chapter']),
				}),
			);
		else seenChapters.set(data.chapter, file);

		const ids = new Set<string>();
		data.questions.forEach((question, q) => {
			const at = (key: string, ...path: (string | number)[]) => ({
				file,
				field: `questions[${q}].${key}`,
				...locate(['questions', q, key, ...path]),
			});
			if (ids.has(question.id))
				problems.push(
					problem('training/duplicate-question', { ...at('id'), value: question.id, hint: '每道题的 id 在本自测内只能用一次。' }),
				);
			ids.add(question.id);

			const choice = question.kind !== 'true-false';
			if (choice && question.options.length < 2)
				problems.push(
					problem('training/options', { ...at('options'), value: question.options.length, hint: '单选题和多选题至少写两个选项。' }),
				);
			if (!choice && question.options.length > 0)
				problems.push(problem('training/options', { ...at('options'), hint: '判断题不写选项：答案写 对 或 错。' }));

			const allowed = choice ? list(shownOptions(question).map((_, i) => optionLetter(i))) : '对、错';
			if (question.answer.length === 0)
				problems.push(problem('training/no-answer', { ...at('answer'), hint: `请写出正确答案：${allowed}。` }));
			const several = question.answer.length > 1;
			question.answer.forEach((answer, a) => {
				if (answerIndex(question, answer) === undefined)
					problems.push(
						problem('training/answer-not-option', {
							...(several ? at('answer', a) : at('answer')),
							...(several ? { field: `questions[${q}].answer[${a}]` } : {}),
							value: answer,
							hint: `可以写的答案：${allowed}。`,
						}),
					);
			});
			if (question.kind !== 'multiple' && question.answer.length > 1)
				problems.push(
					problem('training/answer-count', {
						...at('answer'),
						value: question.answer.join('、'),
						hint: '单选题和判断题只有一个正确答案；有几个正确答案的题请把 kind 改成 multiple。',
					}),
				);

			if (chapter?.anchorsKnown && !chapter.anchors.includes(question.section))
				problems.push(
					problem('training/unknown-section', {
						...at('section'),
						value: question.section,
						hint: `${chapter.file} 中的小节锚点：${list(chapter.anchors)}。`,
					}),
				);
		});
	}
	return problems;
}

function pathProblems(manual: Manual): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const roleIds = new Set(manual.roles?.data.map((role) => role.id) ?? []);
	const chapterIds = new Set(manual.chapters.map((chapter) => chapter.id));
	const checklistIds = new Set([...manual.checklists, ...manual.rejectedChecklists].map((checklist) => checklist.id));
	const selfCheckIds = new Set([...manual.selfChecks.map((selfCheck) => selfCheck.data.chapter), ...manual.rejectedSelfChecks]);
	const pathIds = new Set([...manual.paths.map((path) => path.id), ...manual.rejectedPaths]);

	for (const { file, data, locate } of manual.paths) {
		if (manual.roles && !roleIds.has(data.role))
			problems.push(
				problem('ref/role', { file, field: 'role', value: data.role, hint: `已有的岗位 id：${list(roleIds)}。`, ...locate(['role']) }),
			);
		problems.push(
			...unknownIds(
				'ref/path',
				data.includes,
				pathIds,
				{ file, locate, path: ['includes'] },
				`已有的学习路径：${list(pathIds)}（${CONTENT.trainingPaths} 下的文件名）。`,
			),
		);
		data.stages.forEach((stage, s) => {
			const ref = (key: 'chapters' | 'checklists' | 'selfChecks', known: Set<string>, slug: RuleSlug, hint: string) =>
				problems.push(...unknownIds(slug, stage[key], known, { file, locate, path: ['stages', s, key] }, hint));
			ref('chapters', chapterIds, 'ref/chapter', '章节 id 是 content/chapters 下的路径（不含扩展名），例如 emergency/system-failure。');
			ref('checklists', checklistIds, 'ref/checklist', `已有的清单：${list(checklistIds)}。`);
			ref(
				'selfChecks',
				selfCheckIds,
				'ref/self-check',
				`已有自测的章节：${list(selfCheckIds) || '（还没有）'}。请先在 ${CONTENT.selfChecks} 中为这一章写自测。`,
			);
		});
	}

	// An include loop would make the path page list stages forever.
	const includes = new Map(manual.paths.map((path) => [path.id, path.data.includes]));
	for (const { id, file, locate } of manual.paths) {
		const seen = new Set<string>();
		const stack = [...(includes.get(id) ?? [])];
		while (stack.length) {
			const next = stack.pop()!;
			if (next === id) {
				problems.push(
					problem('training/include-loop', {
						file,
						field: 'includes',
						value: id,
						hint: '学习路径不能直接或间接包含自己：删掉造成循环的 includes。',
						...locate(['includes']),
					}),
				);
				break;
			}
			if (seen.has(next)) continue;
			seen.add(next);
			stack.push(...(includes.get(next) ?? []));
		}
	}

	if (manual.roles) {
		// A path naming an unknown role is reported there; the role its file is named after counts as covered.
		const trained = new Set(manual.paths.flatMap((path) => (roleIds.has(path.data.role) ? [path.data.role] : [path.data.role, path.id])));
		const { file, data, locate } = manual.roles;
		data.forEach((role, index) => {
			if (!trained.has(role.id) && !manual.rejectedPaths.includes(role.id))
				problems.push(
					problem('training/role-without-path', {
						file,
						field: `[${index}].id`,
						value: role.id,
						hint: `请新建 ${CONTENT.trainingPaths}/${role.id}.yaml，写明 ${role.name}的学习路径。`,
						...locate([index, 'id']),
					}),
				);
		});
	}
	return problems;
}
