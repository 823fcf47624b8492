// Response headers SvelteKit's CSP option does not set.

/** A year of HTTPS only, for this host and its subdomains. */
export const HSTS = 'max-age=31536000; includeSubDomains';

/** Sets the security headers on a response's headers; HSTS only on responses sent over HTTPS. */
export function applySecurityHeaders(headers: Headers, https: boolean): void {
	headers.set('X-Content-Type-Options', 'nosniff');
	headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	headers.set('X-Frame-Options', 'DENY');
	headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	// Over plain HTTP the header means nothing to browsers, and localhost must stay reachable.
	if (https) headers.set('Strict-Transport-Security', HSTS);
	if (!headers.has('Content-Security-Policy')) {
		// Non-page responses (JSON, health) get a strict policy of their own.
		headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
	}
}

/** Whether a request method changes state (what a read-only API token may not do). */
export function isWriteMethod(method: string): boolean {
	return !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());
}
