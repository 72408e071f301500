import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
	inlineScriptHashes,
	styleAttributeHashes,
	unionPolicy,
	withInlineScriptHashes,
	withStyleAttributeHashes,
} from '../../src/security/inline-hashes.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (body: string) =>
	`<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-x'; style-src 'self';"></head><body>${body}</body>`;

test('inline scripts the browser runs are hashed; external scripts and JSON data are not', () => {
	const html = page(
		'<script>a()</script><script type="module">b()</script><script src="/c.js"></script><script type="application/json">{"d":1}</script>',
	);
	assert.deepEqual(inlineScriptHashes(html), [sha('a()'), sha('b()')]);
});

test('the hashes join the script-src of the page policy, once, and nothing else changes', () => {
	const html = page('<script>a()</script><script>a()</script>');
	const updated = withInlineScriptHashes(html);
	assert.match(
		updated,
		new RegExp(`script-src 'self' 'wasm-unsafe-eval' 'sha256-x' ${sha('a()').replace(/[+/]/g, '\\$&')}; style-src 'self';`),
	);
	assert.equal(withInlineScriptHashes(updated), updated);
	assert.equal(withInlineScriptHashes(page('<p>no scripts</p>')), page('<p>no scripts</p>'));
});

test('the header policy is the union of the pages, with header-only directives added', () => {
	assert.equal(
		unionPolicy(
			["script-src 'self' 'sha256-a'; style-src 'self'", "script-src 'self' 'sha256-b'; img-src 'self' data:"],
			["frame-ancestors 'none'"],
		),
		"script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
	);
});

const withAttributes = (body: string) =>
	`<head><meta http-equiv="content-security-policy" content="default-src 'self';script-src 'self'; style-src 'self' 'sha256-e'; style-src-attr 'unsafe-hashes';"></head><body>${body}</body>`;

test('each distinct style attribute is hashed as the browser reads it: quotes either way, character references decoded', () => {
	const html = withAttributes(
		`<svg style="--sl-icon-size: 1em;"></svg><svg style="--sl-icon-size: 1em;"></svg><li style='--depth: 1;'></li><p style="content: &quot;a&amp;b&quot;"></p>`,
	);
	assert.deepEqual(styleAttributeHashes(html), [sha('--sl-icon-size: 1em;'), sha('--depth: 1;'), sha('content: "a&b"')]);
	// Text that only mentions the word is not an attribute.
	assert.deepEqual(styleAttributeHashes(withAttributes('<p>list-style: none; data-style="x"</p>')), []);
});

test("the style attributes' hashes join the page's style-src-attr next to 'unsafe-hashes', and nothing else changes", () => {
	const html = withAttributes('<dialog style="padding:0"></dialog>');
	const updated = withStyleAttributeHashes(html);
	assert.equal(updated, html.replace("style-src-attr 'unsafe-hashes';", `style-src-attr 'unsafe-hashes' ${sha('padding:0')};`));
	assert.equal(withStyleAttributeHashes(updated), updated);
	// A page without style attributes keeps a directive that allows none.
	assert.equal(withStyleAttributeHashes(withAttributes('<p>plain</p>')), withAttributes('<p>plain</p>'));
	// A policy without the directive gets one, with 'unsafe-hashes' (hashes alone never match an attribute).
	assert.equal(
		withStyleAttributeHashes(page('<p style="color: red"></p>')),
		page('<p style="color: red"></p>').replace(
			"style-src 'self';",
			`style-src 'self'; style-src-attr 'unsafe-hashes' ${sha('color: red')};`,
		),
	);
});
