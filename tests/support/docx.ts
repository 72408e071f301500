/**
 * Reads a .docx back as Word would: a .docx is a zip, and its text is in word/document.xml.
 * A small reader of the zip's central directory with node:zlib, so the tests need no zip library.
 */
import { inflateRawSync } from 'node:zlib';

/** The files of a zip archive by name (stored or deflated entries). */
export function unzip(bytes: Uint8Array): Map<string, Buffer> {
	const data = Buffer.from(bytes);
	const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	if (end < 0) throw new Error('not a zip file: no end of central directory');
	const count = data.readUInt16LE(end + 10);
	let at = data.readUInt32LE(end + 16);
	const files = new Map<string, Buffer>();
	for (let i = 0; i < count; i++) {
		if (data.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory');
		const method = data.readUInt16LE(at + 10);
		const size = data.readUInt32LE(at + 20);
		const nameLength = data.readUInt16LE(at + 28);
		const extraLength = data.readUInt16LE(at + 30);
		const commentLength = data.readUInt16LE(at + 32);
		const local = data.readUInt32LE(at + 42);
		const name = data.subarray(at + 46, at + 46 + nameLength).toString('utf8');
		const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
		const raw = data.subarray(start, start + size);
		files.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
		at += 46 + nameLength + extraLength + commentLength;
	}
	return files;
}

/** word/document.xml of a .docx. */
export function documentXml(bytes: Uint8Array): string {
	const xml = unzip(bytes).get('word/document.xml');
	if (!xml) throw new Error('no word/document.xml in the file');
	return xml.toString('utf8');
}

/** The text of each paragraph of word/document.xml, runs joined, line breaks as \n, XML entities decoded. */
export function docxParagraphTexts(bytes: Uint8Array): string[] {
	const decode = (text: string) =>
		text
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&apos;/g, "'")
			.replace(/&amp;/g, '&');
	return [...documentXml(bytes).matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((paragraph) =>
		[...paragraph[0].matchAll(/<w:br\/>|<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g)]
			.map((match) => (match[0] === '<w:br/>' ? '\n' : decode(match[1] ?? '')))
			.join(''),
	);
}
