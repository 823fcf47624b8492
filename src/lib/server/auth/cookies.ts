// The session cookie. Over HTTPS it is `__Host-session`: the browser then insists on Secure, on
// path / and on no Domain, so no subdomain or plain-HTTP page can plant or overwrite it. Plain
// HTTP on localhost cannot hold a __Host- cookie, so there it stays `session`.
import type { Cookies } from '@sveltejs/kit';

export const SECURE_SESSION_COOKIE = '__Host-session';
export const PLAIN_SESSION_COOKIE = 'session';

export function sessionCookieName(secure: boolean): string {
	return secure ? SECURE_SESSION_COOKIE : PLAIN_SESSION_COOKIE;
}

/**
 * The session token the browser sent, and whether it came under the old name (`session` over
 * HTTPS, from before the rename): such a cookie is still accepted and moved to the new name.
 */
export function readSessionCookie(
	cookies: Pick<Cookies, 'get'>,
	secure: boolean
): { token: string; legacy: boolean } | null {
	const token = cookies.get(sessionCookieName(secure));
	if (token) return { token, legacy: false };
	const old = secure ? cookies.get(PLAIN_SESSION_COOKIE) : undefined;
	return old ? { token: old, legacy: true } : null;
}

export function setSessionCookie(
	cookies: Pick<Cookies, 'set'>,
	token: string,
	expiresAt: Date,
	secure: boolean
): void {
	cookies.set(sessionCookieName(secure), token, {
		httpOnly: true,
		sameSite: 'lax',
		path: '/',
		secure,
		expires: expiresAt
	});
}

/** Removes the session cookie under either name. */
export function deleteSessionCookie(cookies: Pick<Cookies, 'delete'>, secure: boolean): void {
	cookies.delete(sessionCookieName(secure), { httpOnly: true, sameSite: 'lax', path: '/', secure });
	if (secure) cookies.delete(PLAIN_SESSION_COOKIE, { path: '/', secure });
}
