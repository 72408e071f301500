import { isPlaceholderPhone } from '../../schemas/organisation.ts';
import type { Manual } from '../load.ts';
import { problem, type ContentProblem } from '../problem.ts';

/**
 * Contacts whose number is still a placeholder ("" or 待填写). While the agency sets up they are
 * warnings, so editing can go on; the deploy runs the check with `--go-live`, where each one is a
 * failure: at 2am an empty number is worse than none, because staff trusted it to be there.
 */
export function contactPlaceholders(manual: Manual): ContentProblem[] {
	if (!manual.organisation) return [];
	const { file, data, locate } = manual.organisation;
	const roleName = (id: string) => manual.roles?.data.find((role) => role.id === id)?.name ?? id;
	return data.contacts.flatMap((contact, index) =>
		isPlaceholderPhone(contact.phone)
			? [
					problem('contact/placeholder', {
						file,
						field: `contacts[${index}].phone`,
						value: contact.phone,
						message: `“${contact.label}”的号码还没有填写`,
						hint: `请${roleName(contact.keeper)}（keeper: ${contact.keeper}）核实后填写真实号码；正式上线（npm run check -- --go-live）前必须补齐。`,
						...locate(['contacts', index, 'phone']),
					}),
				]
			: [],
	);
}
