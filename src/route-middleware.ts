import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { lastUpdated } from './lib/git-dates.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const file = route.entry.filePath;
	// Splash pages (the home page) carry no date; every chapter does.
	if (file && route.entry.data.template !== 'splash') route.lastUpdated = lastUpdated(file) ?? route.lastUpdated;
});
