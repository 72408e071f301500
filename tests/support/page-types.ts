import { checklistPath, TRAINING_PAGES, trainingPathPath } from '../../src/domain/routes.ts';
import { checklist } from './manual.ts';

/**
 * One page of each type the site serves, for the audits that walk them all (reflow, and the
 * accessibility and policy checks): paths before the site's base, as tests navigate.
 */
export const PAGE_TYPES: readonly (readonly [name: string, path: string])[] = [
	['home', '/'],
	['chapter', '/emergency/framework/'],
	['checklist', checklistPath(checklist('system-failure').id)],
	['checklists', '/checklists/'],
	['run history', '/runs/'],
	['kit', '/emergency-kit/'],
	['contacts', '/contacts/'],
	['roles', '/roles/'],
	['glossary', '/glossary/'],
	['calendar', '/calendar/'],
	['status', '/status/'],
	['rule help', '/help/rules/ref/role/'],
	['training path', trainingPathPath('all-staff')],
	['training record', TRAINING_PAGES.record],
	['training summary', TRAINING_PAGES.summary],
	// What the offline worker shows for an address not kept on the device.
	['offline fallback', '/offline/'],
];
