import type { TriageChecklist } from '../domain/triage.ts';
import { INCIDENT_CATEGORIES } from '../schemas/checklist.ts';
import { getChecklists } from './index.ts';

/** The checklists the severity triage offers (those with levels), each with the levels it asks about: all of them, or those in `ids`. */
export async function triageChecklists(ids?: readonly string[]): Promise<TriageChecklist[]> {
	return (await getChecklists())
		.filter(({ id, data }) => data.severities.length > 0 && (!ids || ids.includes(id)))
		.map(({ id, data }) => ({
			id,
			label: data.category ? INCIDENT_CATEGORIES[data.category] : data.title,
			levels: data.severities.map(({ id: level, name, when }) => ({ id: level, name, when })),
		}));
}
