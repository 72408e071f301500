/**
 * The web app manifest: installed on a phone's home screen, the manual opens like an app, under
 * the organisation's short name. Icons: public/icons/ (icon.svg, rendered to the PNGs committed
 * beside it; the square has no rounded corners so launchers may mask it).
 */
import { withBase } from './routes.ts';

/** The favicon's blue: the browser's toolbar and the splash screen of the installed app. */
export const THEME_COLOUR = '#1d4ed8';

export const MANIFEST_PATH = '/manifest.webmanifest';

const ICONS = [
	{ path: '/icons/icon-192.png', sizes: '192x192' },
	{ path: '/icons/icon-512.png', sizes: '512x512' },
] as const;

export const TOUCH_ICON_PATH = ICONS[0].path;

export function webAppManifest(organisation: { name: string; shortName: string; siteTitle: string }, base: string) {
	const at = withBase(base);
	return {
		id: at('/'),
		name: `${organisation.shortName}${organisation.siteTitle}`,
		short_name: organisation.shortName,
		description: `${organisation.name}的运营与应急手册`,
		lang: 'zh-CN',
		start_url: at('/'),
		scope: at('/'),
		display: 'standalone',
		theme_color: THEME_COLOUR,
		background_color: '#ffffff',
		icons: ICONS.map((icon) => ({ src: at(icon.path), sizes: icon.sizes, type: 'image/png', purpose: 'any maskable' })),
	};
}
