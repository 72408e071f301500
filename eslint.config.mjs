// ESLint for the code (content has its own check): the ecosystem's recommended rules for
// JavaScript, TypeScript and Astro, plus the floor plan: browser-bound rooms may not import
// Node-only code (tests/unit/rooms.test.ts also follows imports transitively).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_ONLY = {
	patterns: [
		{ group: ['node:*'], message: 'Browser-bound code must not use Node built-ins: move this to src/check or src/manual.' },
		{
			group: ['**/check/*', '**/check/**', '**/manual/*', '**/manual/**'],
			message: 'src/check and src/manual are Node-only: pass what the browser needs through the rendered page.',
		},
		{ group: ['astro:content'], message: 'Content is read at build time only, through src/manual.' },
	],
};

// Browser schemas take Zod from the one module that switches its eval probe off (the CSP forbids it).
const ZOD_MINI = [{ name: 'zod/mini', message: "Import { z } from src/schemas/zod-browser.ts: it configures Zod for the site's CSP." }];

export default tseslint.config(
	{ ignores: ['dist/', 'dist-*/', '.astro/', 'bench/out/', 'node_modules/', 'tests/fixtures/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Chinese text is laid out with the ideographic space (U+3000).
			'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipComments: true, skipJSXText: true }],
		},
	},
	{
		files: ['src/**'],
		ignores: ['src/schemas/zod-browser.ts'],
		rules: { 'no-restricted-imports': ['error', { paths: ZOD_MINI }] },
	},
	{
		// Flat config replaces a rule's options, so the browser rooms repeat the Zod rule beside theirs.
		files: ['src/domain/**', 'src/client/**'],
		rules: { 'no-restricted-imports': ['error', { ...NODE_ONLY, paths: ZOD_MINI }] },
	},
);
