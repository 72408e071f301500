// remark-lint for the manual's chapters: `npm run lint:md` runs it through remark-cli, and
// `npm run check` applies the same list in-process so its report has every problem in one place.
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkLintHeadingIncrement from 'remark-lint-heading-increment';
import remarkLintNoEmptyUrl from 'remark-lint-no-empty-url';
import remarkPresetLintConsistent from 'remark-preset-lint-consistent';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import noBodyTitle from './src/check/remark/no-body-title.mjs';
import noEmptyLinkText from './src/check/remark/no-empty-link-text.mjs';

export default {
	plugins: [
		remarkFrontmatter,
		remarkMdx,
		// Starlight's asides (:::tip[要点]) are directives.
		remarkDirective,
		remarkPresetLintRecommended,
		remarkPresetLintConsistent,
		remarkLintHeadingIncrement,
		remarkLintNoEmptyUrl,
		noBodyTitle,
		noEmptyLinkText,
		// Chinese lists are written with "-" or "1." without alignment rules; tables need no padding style.
		['remark-lint-list-item-indent', false],
		['remark-lint-table-cell-padding', false],
	],
};
