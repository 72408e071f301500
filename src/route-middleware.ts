import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { lastUpdated } from './lib/git-dates.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const file = route.entry.filePath;
	// The home page is an entry point, not a procedure: it carries no date.
	if (file && route.entry.id !== 'index') route.lastUpdated = lastUpdated(file) ?? route.lastUpdated;
});
