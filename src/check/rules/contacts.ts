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

/** The kind of a phone number by its first digits, and whether its length fits that kind. */
export function phoneKindProblem(phone: string): string | undefined {
	const digits = phone.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '');
	const count = digits.length;
	if (/^1[3-9]/.test(digits) && count !== 3 && count !== 5)
		return count === 11 ? undefined : `以 1 开头的是手机号，应为 11 位，这里是 ${count} 位`;
	if (/^[48]00/.test(digits)) return count === 10 ? undefined : `400/800 电话应为 10 位，这里是 ${count} 位`;
	if (digits.startsWith('0')) {
		// 010 and 02X are three-digit area codes (Beijing, Shanghai, Tianjin, Chongqing and the 02X cities); the rest have four.
		const area = /^0(10|2\d)/.test(digits) ? 3 : 4;
		const local = count - area;
		if (local === 7 || local === 8) return undefined;
		return `以 0 开头的是座机号：区号 ${area} 位（${digits.slice(0, area)}）加 7 至 8 位号码，共 ${area + 7} 至 ${area + 8} 位，这里是 ${count} 位`;
	}
	if (count >= 3 && count <= 5) return undefined;
	if (count === 7 || count === 8) return `${count} 位的本地座机号缺少区号，请写成“区号-号码”，例如 0571-${digits}`;
	return `这不是 3 至 5 位的热线（如 110、12366、95588），也不是 11 位手机号或带区号的座机号：这里是 ${count} 位`;
}

/** Numbers of the wrong length for their kind: a digit dropped or doubled rings nobody at 2am. */
export function phoneProblems(manual: Manual): ContentProblem[] {
	if (!manual.organisation) return [];
	const { file, data, locate } = manual.organisation;
	return data.contacts.flatMap((contact, index) => {
		if (isPlaceholderPhone(contact.phone)) return [];
		const wrong = phoneKindProblem(contact.phone);
		return wrong
			? [
					problem('contact/phone-length', {
						file,
						field: `contacts[${index}].phone`,
						value: contact.phone,
						message: `“${contact.label}”的号码位数不对`,
						hint: `${wrong}。请对照原始号码改正：手机号 11 位；座机写“区号-号码”；热线 3 至 5 位；400/800 电话 10 位。`,
						...locate(['contacts', index, 'phone']),
					}),
				]
			: [];
	});
}
