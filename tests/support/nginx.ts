/** The login the nginx test server (scripts/nginx-server.ts) accepts; a test account only. */
export const NGINX_USER = { username: 'duty', password: 'test-only-password' };
