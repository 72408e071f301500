import { lintRule } from 'unified-lint-rule';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** A link without text is invisible to readers and screen readers. */
const noEmptyLinkText = lintRule({ origin: 'remark-lint:no-empty-link-text' }, (tree, file) => {
	visit(tree, 'link', (node) => {
		if (!toString(node).trim()) file.message(`链接文字为空（${node.url}）；请写明链接指向什么`, node);
	});
});

export default noEmptyLinkText;
