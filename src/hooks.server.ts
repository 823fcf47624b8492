import { isHttpError, isRedirect } from '@sveltejs/kit';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import {
	deleteSessionCookie,
	SESSION_COOKIE,
	setSessionCookie,
	validateSessionToken
} from '$lib/server/auth/session';
import { apiError, asApiError, rememberErrorId } from '$lib/server/api';
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

/**
 * The JSON API answers every error as JSON in its own shape, whatever the request accepts:
 * SvelteKit's own answers (a 401 from requireUser, a 405, a 500 page) are rewritten.
 */
const apiErrors: Handle = async ({ event, resolve }) => {
	if (!event.url.pathname.startsWith('/api/')) return resolve(event);
	let response: Response;
	try {
		response = await resolve(event);
	} catch (error) {
		// A later handle failed (the database, checking an API token): SvelteKit would answer
		// with its HTML page, so log it here as handleError does and answer in JSON.
		if (isHttpError(error) || isRedirect(error)) throw error;
		const logged = await handleError({ error, event, status: 500, message: 'Internal Error' });
		response = apiError(500, undefined, logged?.errorId ? { error_id: logged.errorId } : {});
	}
	return response.status < 400 ? response : asApiError(event.request, response);
};

export const handle = sequence(apiErrors, locale, authenticate, securityHeaders);

/**
 * Unexpected errors: logged once here with an id, and shown to the user as a friendly page
 * quoting that id (the API answers with the id as `error_id`). Refusals SvelteKit makes itself
 * (404, 405, a 415 for a form post without a body) are not faults: one line, no stack.
 */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const locale = event.locals.locale ?? defaultLocale;
	if (status < 500) {
		if (status !== 404) console.warn(`${status} ${event.request.method} ${event.url.pathname}`);
		return { message: status === 404 ? translate(locale, 'error.notFound.title') : message };
	}
	const errorId = crypto.randomUUID();
	console.error(`[${errorId}] ${event.request.method} ${event.url.pathname}:`, error);
	rememberErrorId(event.request, errorId);
	return { message: translate(locale, 'error.unexpected.title'), errorId };
};
