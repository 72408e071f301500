// Which pdftotext the print tests use: Debian's poppler-utils.
import { existsSync } from 'node:fs';

export const DEBIAN_PDFTOTEXT = '/usr/bin/pdftotext';

/** Path of pdftotext, or undefined when it is not installed. */
export function findPdftotext() {
	return existsSync(DEBIAN_PDFTOTEXT) ? DEBIAN_PDFTOTEXT : undefined;
}
