import { dev } from '$app/environment';
import { isHttpError, isRedirect, json } from '@sveltejs/kit';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { authenticateApiToken } from '$lib/server/accounts/api-tokens';
import { startAccountCleanup } from '$lib/server/accounts/cleanup';
import {
	deleteSessionCookie,
	PLAIN_SESSION_COOKIE,
	readSessionCookie,
	SECURE_SESSION_COOKIE,
	setSessionCookie
} from '$lib/server/auth/cookies';
import { validateSessionToken } from '$lib/server/auth/session';
import { changesLive, onChange, startChangeListener } from '$lib/server/changes';
import { checkStartupConfig, config } from '$lib/server/env';
import {
	cacheControl,
	cachePolicy,
	matchingTag,
	PRIVATE,
	strongEtag,
	Answers,
	type KeptAnswer,
	varyOn
} from '$lib/server/http-cache';
import { applySecurityHeaders, isWriteMethod } from '$lib/server/security-headers';
import { apiError, asApiError, rememberErrorId } from '$lib/server/api';
import { startSearchWorker } from '$lib/server/search/worker';
import { startMentorshipJobs } from '$lib/server/mentorship/jobs';
import { startMemoryGuard } from '$lib/server/memory';
import { displayAttributes, readDisplay } from '$lib/display';
import { checkOwnerConfig } from '$lib/server/owner';
import {
	defaultLocale,
	isLocale,
	loadAllCatalogues,
	LOCALE_COOKIE,
	negotiateLocale,
	translate
} from '$lib/i18n';
import { requestedLocale } from '$lib/seo';

/**
 * At start: refuse to run with settings that disagree (mail without a public origin); the search
 * worker keeps the index in step with the database; the account clean-up runs hourly; the
 * mentorship jobs (expiry, reminders, digests, nudges) claim their runs in Postgres; change
 * notices from Postgres keep what the app holds in memory current on every instance; the memory
 * guard keeps the resident set near MEMORY_TARGET_MB under sustained load.
 */
export const init: ServerInit = async () => {
	checkStartupConfig();
	checkOwnerConfig();
	await loadAllCatalogues();
	startChangeListener();
	startSearchWorker();
	startAccountCleanup();
	startMentorshipJobs();
	// Not under Vite's dev server, whose own memory is far above any target.
	if (!dev) startMemoryGuard();
};

/**
 * The reader's language: the one the URL asks for (`?lang=hi`, for this request only: the saved
 * choice stays), else their saved choice, else their browser's, else English.
 */
const locale: Handle = async ({ event, resolve }) => {
	const saved = event.cookies.get(LOCALE_COOKIE);
	event.locals.locale =
		requestedLocale(event.url) ??
		(isLocale(saved) ? saved : negotiateLocale(event.request.headers.get('accept-language')));
	event.locals.display = readDisplay((name) => event.cookies.get(name));
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html
				.replace('%lang%', event.locals.locale)
				.replace('%display%', displayAttributes(event.locals.display))
	});
};

/**
 * Who is asking: the session cookie (renewed when it slides), or on the JSON API an
 * `Authorization: Bearer` API token. A `read` token may not write: any other method than GET,
 * HEAD or OPTIONS gets 403 here, for every endpoint under /api/.
 */
const authenticate: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	const secure = event.url.protocol === 'https:';
	const cookie = readSessionCookie(event.cookies, secure);
	if (cookie) {
		const result = await validateSessionToken(cookie.token);
		if (result) {
			event.locals.user = result.user;
			event.locals.session = result.session;
			// Only a renewed session needs its cookie sent again (and public responses stay
			// cacheable); one under the old name moves to the new.
			if (result.renewed || cookie.legacy) {
				setSessionCookie(event.cookies, cookie.token, result.session.expiresAt, secure);
			}
			if (cookie.legacy) event.cookies.delete(PLAIN_SESSION_COOKIE, { path: '/', secure });
		} else {
			deleteSessionCookie(event.cookies, secure);
		}
	}
	const authorization = event.request.headers.get('authorization');
	if (!event.locals.user && authorization && event.url.pathname.startsWith('/api/')) {
		const [scheme, value] = authorization.split(' ');
		if (scheme?.toLowerCase() === 'bearer' && value) {
			const api = await authenticateApiToken(value.trim());
			if (api?.scope === 'read' && isWriteMethod(event.request.method)) {
				const refused = json(
					{ error: 'forbidden', message: 'This API token may only read.' },
					{ status: 403 }
				);
				// The inner handle that sets these does not run for an answer given here.
				applySecurityHeaders(refused.headers, secure);
				return refused;
			}
			event.locals.user = api?.user ?? null;
		}
	}
	return resolve(event);
};

const answers = new Answers(2000, config.answerCacheBytes);
onChange(() => answers.clear());

/** Whether a request names no one: no session cookie, no API token, nobody signed in. */
function anonymous(event: Parameters<Handle>[0]['event']): boolean {
	return (
		!event.locals.user &&
		!event.request.headers.has('authorization') &&
		event.cookies.get(SECURE_SESSION_COOKIE) === undefined &&
		event.cookies.get(PLAIN_SESSION_COOKIE) === undefined
	);
}

function notModified(etag: string, headers: Iterable<[string, string]>): Response {
	const response = new Response(null, { status: 304, headers: [...headers] });
	response.headers.set('etag', etag);
	return response;
}

/**
 * What caches may keep (src/lib/server/http-cache.ts): an anonymous GET of a listed route is
 * public for its policy's time, with Vary and a strong ETag, and a repeat with If-None-Match
 * gets 304; every answer to a signed-in user or an API token is `private, no-store`. While an
 * anonymous answer is known to hold (change notices are live and none came since, within its
 * policy's time), a repeat is answered from memory without rendering: a 304 from its tag, or the
 * answer itself when it fits ANSWER_CACHE_MB.
 */
const httpCache: Handle = async ({ event, resolve }) => {
	const policy = event.request.method === 'GET' ? cachePolicy(event.route.id) : null;
	const open = policy !== null && anonymous(event);
	// What makes one anonymous answer differ from another: the language and the display (text
	// size, contrast: cookies, not in the URL), the
	// request's own path and query (event.url is the page's for its __data.json too), and whether
	// HTML is asked for (SvelteKit answers a route with both a page and an endpoint by Accept).
	let key = '';
	if (open) {
		const html = event.request.headers.get('accept')?.includes('text/html') ? 'html' : 'any';
		const { protocol, pathname, search } = new URL(event.request.url);
		const { textSize, highContrast } = event.locals.display;
		key = `${event.locals.locale} ${textSize}${highContrast ? 'c' : ''} ${html} ${protocol}${pathname}${search}`;
	}
	const ifNoneMatch = event.request.headers.get('if-none-match');
	// Without change notices nothing tells this instance that an answer no longer holds.
	const trusted = open && changesLive();
	if (trusted) {
		const known = answers.fresh(key);
		const tag = known && ifNoneMatch && matchingTag(ifNoneMatch, known.etag);
		if (known && tag) return notModified(tag, known.headers);
		if (known?.answer) return keptAnswer(known.answer);
	}
	const generation = answers.generation;
	const response = await resolve(event);
	// A route may refuse to have an answer kept (search when Postgres stood in for Meilisearch).
	const refused = /\bno-store\b/.test(response.headers.get('cache-control') ?? '');
	if (!open || response.status !== 200 || response.headers.has('set-cookie') || refused) {
		const personal = !anonymous(event) || response.headers.has('set-cookie');
		if (personal || refused || !response.headers.has('cache-control')) {
			try {
				response.headers.set('cache-control', PRIVATE);
				// SvelteKit tags every page it renders; nothing private is to be revalidated.
				response.headers.delete('etag');
			} catch {
				// immutable headers (a fetched answer passed through): nothing here is kept
			}
		}
		return response;
	}
	const body = new Uint8Array(await response.arrayBuffer());
	const etag = strongEtag(body);
	const headers = new Headers(response.headers);
	headers.set('cache-control', cacheControl(policy));
	headers.set('vary', varyOn(event.url.pathname));
	headers.set('etag', etag);
	headers.set('content-length', String(body.byteLength));
	const kept: KeptAnswer = { body, headers: [...headers] };
	const repeated = repeatedHeaders(headers);
	if (trusted) {
		answers.remember(key, {
			etag,
			ttlMs: policy.sMaxAge * 1000,
			headers: repeated,
			generation,
			answer: kept
		});
	}
	const tag = matchingTag(ifNoneMatch, etag);
	// Sent as it will be kept, without a copy of the bytes (a rendered /programme is 137 KB).
	return tag ? notModified(tag, repeated) : keptAnswer(kept);
};

/**
 * A kept answer, its bytes handed on as they are: given a Uint8Array, Response would copy it
 * (for the 255 KB programme page, a tenth of the CPU and much of the garbage of each request).
 * Nothing downstream writes to the bytes it sends.
 */
function keptAnswer({ body, headers }: KeptAnswer): Response {
	const stream = new ReadableStream<Uint8Array>({
		start(controller) {
			controller.enqueue(body);
			controller.close();
		}
	});
	return new Response(stream, { status: 200, headers });
}

/** Headers a 304 repeats from the full answer (RFC 9110: those a 200 would have sent). */
function repeatedHeaders(headers: Headers): [string, string][] {
	const out: [string, string][] = [];
	for (const name of ['cache-control', 'vary', 'content-security-policy', 'content-type']) {
		const value = headers.get(name);
		if (value) out.push([name, value]);
	}
	return out;
}

/** Headers SvelteKit's CSP option does not set. */
const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const headers = response.headers;
	// Some responses (fetch passthrough, redirects) have immutable headers; skip those quietly.
	try {
		applySecurityHeaders(headers, event.url.protocol === 'https:');
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
		// The inner handle that sets these did not finish.
		applySecurityHeaders(response.headers, event.url.protocol === 'https:');
	}
	return response.status < 400 ? response : asApiError(event.request, response);
};

export const handle = sequence(apiErrors, locale, authenticate, securityHeaders, httpCache);

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
