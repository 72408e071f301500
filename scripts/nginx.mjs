// Which nginx the server tests use: Debian's.
import { existsSync } from 'node:fs';

export const DEBIAN_NGINX = '/usr/sbin/nginx';

/** Path of nginx, or undefined when it is not installed. */
export function findNginx() {
	return existsSync(DEBIAN_NGINX) ? DEBIAN_NGINX : undefined;
}
