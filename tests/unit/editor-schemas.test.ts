import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { editorSchemaFiles, toEditorSchema } from '../../src/check/json-schemas.ts';
import { ChecklistSchema } from '../../src/schemas/checklist.ts';

test('the committed editor schemas match the Zod schemas (run npm run schemas after changing a schema)', () => {
	for (const [path, expected] of editorSchemaFiles())
		assert.equal(readFileSync(path, 'utf8'), expected, `${path} 已过期：请运行 npm run schemas`);
});

test('the checklist schema offers the allowed values and explains fields in Chinese', () => {
	const schema = toEditorSchema(ChecklistSchema) as {
		properties: Record<string, { enum?: string[]; description?: string; format?: string }>;
		required: string[];
	};
	assert.deepEqual(schema.properties['type']?.enum, ['READ-DO', 'DO-CONFIRM']);
	assert.equal(schema.properties['edition']?.format, 'date');
	assert.match(schema.properties['trigger']?.description ?? '', /启动/);
	assert.ok(schema.required.includes('phases'));
});
