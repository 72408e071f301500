// The CI files run only on the repository host, never here, so a typo in them would surface
// only when an editor's pull request is not checked. They are validated against each host's
// schema: GitHub's through @action-validator/core (it bundles SchemaStore's workflow schema),
// GitLab's through the SchemaStore copy vendored in tests/support/ci-schemas/ with Ajv.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { Ajv } from 'ajv';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

const GITHUB_WORKFLOW = '.github/workflows/manual.yml';
const GITLAB_CI = '.gitlab-ci.yml';

function githubErrors(source: string): string[] {
	return validateWorkflow(source).errors.map((error) => `${'path' in error ? error.path : ''} ${error.title}: ${error.detail ?? ''}`);
}

// SchemaStore's schemas use keywords Ajv's strict mode rejects (minLength on arrays) and formats
// it does not bundle; neither changes what a valid file is for the checks below.
const validateGitlab = new Ajv({ strict: false, validateFormats: false, allErrors: true }).compile(
	JSON.parse(read('tests/support/ci-schemas/gitlab-ci.json')),
);

function gitlabErrors(source: string): string[] {
	return validateGitlab(parse(source)) ? [] : (validateGitlab.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

/** The file with one line replaced: the kind of slip someone adapting it might make. */
function broken(source: string, from: string, to: string): string {
	assert.ok(source.includes(from), `the file no longer contains ${JSON.stringify(from)}: update the broken copy`);
	return source.replace(from, to);
}

test('the GitHub Actions workflow is valid for GitHub’s schema', () => {
	assert.deepEqual(githubErrors(read(GITHUB_WORKFLOW)), []);
});

test('a broken GitHub workflow is refused', () => {
	const source = read(GITHUB_WORKFLOW);
	assert.ok(githubErrors(broken(source, 'runs-on: ubuntu-latest', 'runs_on: ubuntu-latest')).length > 0, 'misspelt runs-on');
	assert.ok(githubErrors(broken(source, 'retention-days: 14', 'retention-days: [14]')).length > 0, 'wrong value type');
});

test('the GitLab CI file is valid for GitLab’s schema', () => {
	assert.deepEqual(gitlabErrors(read(GITLAB_CI)), []);
});

test('a broken GitLab CI file is refused', () => {
	const source = read(GITLAB_CI);
	assert.ok(
		gitlabErrors(broken(source, '    - npm run build\n  artifacts:', '    - npm run build\n  artifact:')).length > 0,
		'misspelt key',
	);
	assert.ok(gitlabErrors(broken(source, '      codequality: gl-code', '      code_quality: gl-code')).length > 0, 'unknown report');
	assert.ok(
		gitlabErrors(broken(source, '  script:\n    - npm run check --', '  scripts:\n    - npm run check --')).length > 0,
		'no script',
	);
});

test('both hosts run the same loop: check, build, preview on a request; go-live check, build, PDFs, deploy on main', () => {
	for (const file of [GITHUB_WORKFLOW, GITLAB_CI]) {
		const source = read(file);
		for (const command of [
			'npm install',
			'npm run check',
			'npm run build',
			'npm run check -- --go-live',
			'npm run pdf',
			'bash scripts/deploy.sh',
		])
			assert.ok(source.includes(command), `${file} does not run ${command}`);
		assert.doesNotMatch(source, /^\s*(- |run: )npm ci\b/m, `${file}: npm ci rejects this lockfile (see the README)`);
	}
});
