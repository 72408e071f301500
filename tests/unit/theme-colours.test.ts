import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';

/**
 * The dark theme changes colours, never layout or structure: the accessibility spec relies on it
 * and re-runs only axe's colour rules in the dark theme. Every rule under a `data-theme` selector
 * in our styles may set colour properties only.
 */
const COLOUR_PROPERTY =
	/^(color|background(-color)?|border(-(top|right|bottom|left|block|inline))?-color|outline-color|text-decoration-color|caret-color|accent-color|fill|stroke|--sl-color-[\w-]+)$/;

function styleFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return styleFiles(path);
		return /\.(css|astro)$/.test(entry.name) ? [path] : [];
	});
}

/** `selector { declarations }` blocks whose selector names a theme, with the properties they set. */
export function themeDeclarations(css: string): { selector: string; property: string }[] {
	const found: { selector: string; property: string }[] = [];
	const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
	for (const [, selector, body] of text.matchAll(/([^{};]*data-theme[^{};]*)\{([^{}]*)\}/g))
		for (const declaration of body!.split(';'))
			if (declaration.includes(':')) found.push({ selector: selector!.trim(), property: declaration.split(':')[0]!.trim() });
	return found;
}

test('a theme rule sets colours only', () => {
	assert.deepEqual(themeDeclarations(":root[data-theme='dark'] .late { color: red; border-color: red }").length, 2);
	const wrong = themeDeclarations(":root[data-theme='dark'] .late { color: red; display: none }").filter(
		({ property }) => !COLOUR_PROPERTY.test(property),
	);
	assert.deepEqual(wrong, [{ selector: ":root[data-theme='dark'] .late", property: 'display' }]);
});

test('every theme rule in our styles sets colours only, so the dark theme is audited for colour alone', () => {
	const files = styleFiles('src');
	const declarations = files.flatMap((file) => themeDeclarations(readFileSync(file, 'utf8')).map((found) => ({ file, ...found })));
	assert.ok(declarations.length > 0, 'no theme rule found: the scan is broken');
	assert.deepEqual(
		declarations.filter(({ property }) => !COLOUR_PROPERTY.test(property)),
		[],
	);
});
