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

/**
 * The vendored schema predates the `pages` job keyword (GitLab 17.x: docs.gitlab.com/ci/yaml/#pages)
 * that a parallel Pages deployment needs; it is added here with exactly GitLab's documented keys,
 * so a misspelt key inside it is still refused.
 */
function withPagesKeyword(schema: { definitions: { job_template: { properties: Record<string, unknown> } } }) {
	schema.definitions.job_template.properties['pages'] = {
		oneOf: [
			{ type: 'boolean' },
			{
				type: 'object',
				additionalProperties: false,
				properties: {
					path_prefix: { type: 'string' },
					expire_in: { type: 'string' },
					publish: { type: 'string' },
				},
			},
		],
	};
	return schema;
}

// SchemaStore's schemas use keywords Ajv's strict mode rejects (minLength on arrays) and formats
// it does not bundle; neither changes what a valid file is for the checks below.
const validateGitlab = new Ajv({ strict: false, validateFormats: false, allErrors: true }).compile(
	withPagesKeyword(JSON.parse(read('tests/support/ci-schemas/gitlab-ci.json'))),
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
	assert.ok(gitlabErrors(broken(source, '    path_prefix: $PREVIEW', '    pathprefix: $PREVIEW')).length > 0, 'misspelt pages key');
});

test('a request gets a preview link on both hosts, built under its own folder and removed when it closes', () => {
	const github = parse(read(GITHUB_WORKFLOW));
	assert.deepEqual(github.on.pull_request.types, ['opened', 'synchronize', 'reopened', 'closed']);
	const preview = github.jobs.preview;
	const runs = (steps: { run?: string; uses?: string }[]) => steps.map((step) => step.run ?? step.uses ?? '').join('\n');
	assert.match(runs(preview.steps), /node scripts\/preview-path\.ts/);
	const build = preview.steps.find((step: { run?: string }) => step.run?.startsWith('npm run build'));
	assert.equal(build.env.MANUAL_SITE_BASE, '${{ steps.where.outputs.base }}');
	// The action's folder is the script's: previews/pr-<number>.
	const deploy = preview.steps.find((step: { uses?: string }) => step.uses?.startsWith('rossjrw/pr-preview-action@'));
	assert.equal(deploy.with['umbrella-dir'], 'previews');
	assert.equal(deploy.with['source-dir'], build.run.match(/--outDir (\S+)/)[1]);
	assert.match(runs(preview.steps), /actions\/github-script@/);
	assert.match(github.jobs['preview-remove'].if, /github\.event\.action == 'closed'/);
	assert.equal(
		github.jobs['preview-remove'].steps.find((step: { uses?: string }) => step.uses?.startsWith('rossjrw/')).with.action,
		'remove',
	);
	assert.match(github.jobs.check.if, /github\.event\.action != 'closed'/, 'a closed request is not checked again');

	const gitlab = parse(read(GITLAB_CI));
	const pages = gitlab['pages-preview'];
	assert.equal(pages.pages.path_prefix, '$PREVIEW_PREFIX');
	assert.equal(pages.variables.PREVIEW_PREFIX, 'mr-$CI_MERGE_REQUEST_IID');
	assert.ok(pages.pages.expire_in, 'a parallel deployment without expire_in lasts a day only');
	assert.equal(pages.environment.url, '$CI_PAGES_URL');
	assert.match(pages.script.join('\n'), /node scripts\/preview-path\.ts "\$CI_PAGES_URL" "\$CI_MERGE_REQUEST_IID" --prefix mr/);
	assert.match(pages.script.join('\n'), /MANUAL_SITE_BASE=.*npm run build/);
	const stop = gitlab[pages.environment.on_stop];
	assert.equal(stop.environment.action, 'stop');
	assert.equal(stop.environment.name, pages.environment.name);
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
