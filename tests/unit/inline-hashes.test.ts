import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { inlineScriptHashes, unionPolicy, withInlineScriptHashes } from '../../src/security/inline-hashes.ts';

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
