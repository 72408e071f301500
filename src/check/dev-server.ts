import { relative, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { checkContent, type CheckResult } from './index.ts';
import { formatReport } from './report.ts';
import { RULE_HELP_INDEX } from '../domain/routes.ts';
import { problemsPage } from './dev-page.ts';

/** Saving a file often comes as several events (editors write, rename, touch): one check for them. */
const SETTLE_MS = 150;

/**
 * The content check inside `npm run dev`: run at start and again whenever a file under content/
 * changes. While it fails, every page request gets the problems page (src/check/dev-page.ts)
 * instead of the page, and an open page reloads as soon as the check has its answer, whether the
 * save broke the content or fixed it.
 */
export function contentCheckInDev(root: string, base: string, report: (text: string, ok: boolean) => void): Plugin {
	let latest: Promise<CheckResult> | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const run = () => {
		const check = checkContent(root);
		void check.then(
			(result) => report(formatReport(result.problems, result.files.length, result.helpUrl), result.problems.length === 0),
			(error: Error) => report(`内容检查没能运行：${error.message}`, false),
		);
		return check;
	};

	const isContent = (file: string) => {
		const path = relative(root, file);
		return path.split(sep)[0] === 'content';
	};

	return {
		name: 'manual:content-check-dev',
		apply: 'serve',
		configureServer(server: ViteDevServer) {
			latest = run();
			server.watcher.add(`${root}/content`);
			// The check that the next request waits for, while a save settles: never the one before it.
			let pending: { check: Promise<CheckResult>; start: () => void } | undefined;
			server.watcher.on('all', (_event, file) => {
				if (!isContent(file)) return;
				if (!pending) {
					let start: () => void = () => {};
					const check = new Promise<void>((resolve) => (start = resolve)).then(run);
					pending = { check, start };
					latest = check;
				}
				clearTimeout(timer);
				timer = setTimeout(() => {
					const { check, start } = pending!;
					pending = undefined;
					start();
					void check.finally(() => {
						if (check === latest) server.ws.send({ type: 'full-reload', path: '*' });
					});
				}, SETTLE_MS);
			});
			server.middlewares.use((request, response, next) => {
				// Pages only: scripts, styles and Vite's own requests go on as usual.
				if (request.method !== 'GET' || !request.headers.accept?.includes('text/html') || !latest) return next();
				// The help pages the problems link to stay readable.
				if (request.url?.startsWith(`${base}${RULE_HELP_INDEX.slice(1)}`)) return next();
				latest.then(
					(result) => {
						if (result.problems.length === 0) return next();
						response.statusCode = 500;
						response.setHeader('Content-Type', 'text/html; charset=utf-8');
						response.setHeader('Cache-Control', 'no-store');
						response.end(problemsPage(result.problems, result.helpUrl, `${base}@vite/client`));
					},
					() => next(),
				);
			});
		},
	};
}
