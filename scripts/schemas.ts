// `npm run schemas`: regenerates the JSON Schemas that give editors completion and red
// underlines in VS Code (YAML extension). A unit test fails when they are out of date.
import { writeFileSync } from 'node:fs';
import { editorSchemaFiles } from '../src/check/json-schemas.ts';

for (const [path, text] of editorSchemaFiles()) {
	writeFileSync(path, text);
	console.log(`已生成 ${path}`);
}
