// `npm run dev` as an editor uses it, on a copy of the repository: a broken YAML file shows its
// problems in the page, in Chinese, with the line, what to do and the rule's help page, and never
// the page's last good version; saving the fix shows the page again, without reloading by hand.
import { expect, test } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '..', '..');
// Beside the static servers of playwright.config.ts (E2E_PORT … E2E_PORT + 2).
const DEV_PORT = Number(process.env['E2E_PORT'] ?? 4322) + 5;
const DEV_URL = `http://127.0.0.1:${DEV_PORT}/`;
const CHECKLIST = 'content/checklists/system-failure.yaml';

// A dev server start takes tens of seconds on a busy machine; each wait below is bounded.
test.describe.configure({ timeout: 240_000 });

let root: string;
let server: ChildProcess;
let output = '';

test.beforeAll(async () => {
	test.setTimeout(180_000);
	root = mkdtempSync(join(tmpdir(), 'dev-errors-'));
	// The repository's files as committed or being edited (not dist/, .astro/ …), then node_modules
	// hard-linked: Vite resolves a symlinked one back to the repository and loses track of the copy.
	const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo, encoding: 'utf8' });
	for (const file of files.stdout.split('\0').filter(Boolean)) cpSync(join(repo, file), join(root, file), { recursive: true });
	const linked = spawnSync('cp', ['-al', join(repo, 'node_modules'), join(root, 'node_modules')]);
	if (linked.status !== 0) cpSync(join(repo, 'node_modules'), join(root, 'node_modules'), { recursive: true, verbatimSymlinks: true });
	server = spawn('npm', ['run', 'dev', '--', '--port', String(DEV_PORT), '--host', '127.0.0.1'], {
		cwd: root,
		detached: true,
		env: { ...process.env, SEEDS_DIR: join(root, 'no-sources') },
	});
	server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	await expect
		.poll(
			async () => {
				if (server.exitCode !== null) throw new Error(`npm run dev stopped:\n${output}`);
				try {
					return (await fetch(DEV_URL, { headers: { accept: 'text/html' } })).status;
				} catch {
					return 0;
				}
			},
			{ timeout: 150_000, intervals: [1000], message: 'npm run dev did not answer (its output is in the report below)' },
		)
		.toBe(200)
		.catch((error: Error) => {
			throw new Error(`${error.message}\n--- npm run dev ---\n${output}`);
		});
});

test.afterAll(() => {
	// The whole process group: npm, astro and what it starts.
	if (server?.pid) {
		try {
			process.kill(-server.pid, 'SIGTERM');
		} catch {
			// already gone
		}
	}
	if (root) rmSync(root, { recursive: true, force: true });
});

test('a broken YAML file shows its problems in the page in Chinese; the fix shows the page again', async ({ page }) => {
	const checklistPage = `${DEV_URL}checklists/system-failure/`;
	await page.goto(checklistPage, { timeout: 90_000 });
	await expect(page.getByRole('heading', { level: 1 })).not.toContainText('内容检查未通过');
	const good = readFileSync(join(root, CHECKLIST), 'utf8');

	// A slip an editor makes: the title's closing quote forgotten.
	const broken = good.replace(/^title: (.*)$/m, 'title: "$1');
	expect(broken).not.toBe(good);
	writeFileSync(join(root, CHECKLIST), broken);

	// The open page reloads by itself and shows the problem, not the old page.
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('内容检查未通过', { timeout: 60_000 });
	await expect(page.getByRole('heading', { name: CHECKLIST })).toBeVisible();
	const problem = page.getByRole('listitem').filter({ hasText: 'YAML 格式错误' });
	await expect(problem).toContainText(/第 \d+ 行/);
	await expect(problem).toContainText('YAML 格式错误');
	await expect(page.locator('main')).not.toContainText(good.match(/^title: (.*)$/m)![1]!.replace(/^["']|["']$/g, ''));
	// Any other page says the same, rather than a version from before the edit.
	await page.goto(DEV_URL);
	await expect(page.getByRole('alert')).toContainText('内容检查未通过');
	await page.screenshot({ path: test.info().outputPath('dev-errors-1280.png'), fullPage: true });
	await page.setViewportSize({ width: 360, height: 800 });
	await page.screenshot({ path: test.info().outputPath('dev-errors-360.png'), fullPage: true });
	await page.setViewportSize({ width: 1280, height: 800 });

	// The help link leads to the rule's page, which stays readable meanwhile.
	await page.getByRole('link', { name: '这条规则的说明' }).first().click();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	// The fix: the page comes back by itself.
	await page.goto(checklistPage);
	await expect(page.getByRole('alert')).toContainText('内容检查未通过');
	writeFileSync(join(root, CHECKLIST), good);
	await expect(page.getByRole('alert')).toHaveCount(0, { timeout: 60_000 });
	await expect(page.getByRole('heading', { level: 1 })).toContainText(good.match(/^title: "?([^"\n]*)"?$/m)![1]!);
	expect(output).toMatch(/内容检查通过/);
});
