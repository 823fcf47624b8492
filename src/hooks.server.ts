import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import {
	deleteSessionCookie,
	SESSION_COOKIE,
	setSessionCookie,
	validateSessionToken
} from '$lib/server/auth/session';
import { authenticateApiToken } from '$lib/server/users';
import { startSearchWorker } from '$lib/server/search/worker';
import { defaultLocale, isLocale, LOCALE_COOKIE, negotiateLocale, translate } from '$lib/i18n';

/** At start: the search worker keeps the index in step with the database. */
export const init: ServerInit = () => {
	startSearchWorker();
};

/** The reader's language: their saved choice, else their browser's, else English. */
const locale: Handle = async ({ event, resolve }) => {
	const saved = event.cookies.get(LOCALE_COOKIE);
	event.locals.locale = isLocale(saved)
		? saved
		: negotiateLocale(event.request.headers.get('accept-language'));
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
};

/**
 * Who is asking: the session cookie (renewed when it slides), or on the JSON API an
 * `Authorization: Bearer` API token.
 */
const authenticate: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	const secure = event.url.protocol === 'https:';
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const result = await validateSessionToken(token);
		if (result) {
			event.locals.user = result.user;
			event.locals.session = result.session;
			// Only a renewed session needs its cookie sent again (and public responses stay cacheable).
			if (result.renewed) setSessionCookie(event.cookies, token, result.session.expiresAt, secure);
		} else {
			deleteSessionCookie(event.cookies, secure);
		}
	}
	const authorization = event.request.headers.get('authorization');
	if (!event.locals.user && authorization && event.url.pathname.startsWith('/api/')) {
		const [scheme, value] = authorization.split(' ');
		if (scheme?.toLowerCase() === 'bearer' && value) {
			event.locals.user = await authenticateApiToken(value.trim());
		}
	}
	return resolve(event);
};

/** Headers SvelteKit's CSP option does not set. */
const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const headers = response.headers;
	// Some responses (fetch passthrough, redirects) have immutable headers; skip those quietly.
	try {
		headers.set('X-Content-Type-Options', 'nosniff');
		headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
		headers.set('X-Frame-Options', 'DENY');
		headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
		if (!headers.has('Content-Security-Policy')) {
			// Non-page responses (JSON, health) get a strict policy of their own.
			headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
		}
	} catch {
		// immutable headers
	}
	return response;
};

export const handle = sequence(locale, authenticate, securityHeaders);

/**
 * Unexpected errors: logged once here with an id, and shown to the user as a friendly page
 * quoting that id. Expected errors (404 and the like) never reach this hook.
 */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status === 404) {
		return { message: translate(event.locals.locale ?? defaultLocale, 'error.notFound.title') };
	}
	const errorId = crypto.randomUUID();
	console.error(`[${errorId}] ${event.request.method} ${event.url.pathname}:`, error);
	return {
		message:
			status >= 500
				? translate(event.locals.locale ?? defaultLocale, 'error.unexpected.title')
				: message,
		errorId
	};
};
