import { lintRule } from 'unified-lint-rule';
import { visit } from 'unist-util-visit';

/**
 * The page title comes from the frontmatter `title`, so a `#` heading in the body would be a
 * second title and would break the table of contents.
 */
const noBodyTitle = lintRule({ origin: 'remark-lint:no-body-title' }, (tree, file) => {
	visit(tree, 'heading', (node) => {
		if (node.depth === 1) file.message('正文中不能有一级标题（#），页面标题来自 frontmatter 的 title；请改为 ## 二级标题', node);
	});
});

export default noBodyTitle;
