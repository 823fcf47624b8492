// The JSON API's errors. Every error under /api/ answers `{ error, message, error_id? }` with its
// status: `error` is a stable code for programs, `message` is English for people, and a 400
// adds `errors`, one message per parameter or field. Routes answer their own expected errors
// with these helpers; `apiErrors` in hooks.server.ts rewrites whatever else SvelteKit answers
// (a 401 from requireUser, a 405, a 500) into the same shape.
import { json } from '@sveltejs/kit';

/** The code and the English message for each status the API answers with. */
const statuses: Record<number, { code: string; message: string }> = {
	400: { code: 'invalid_request', message: 'The request is not valid.' },
	401: { code: 'unauthorized', message: 'Sign in or send an API token.' },
	403: { code: 'forbidden', message: 'Not allowed.' },
	404: { code: 'not_found', message: 'Nothing is here.' },
	405: { code: 'method_not_allowed', message: 'This method is not allowed here.' },
	409: { code: 'conflict', message: 'The request conflicts with the current state.' },
	413: { code: 'payload_too_large', message: 'The body is too large.' },
	415: { code: 'unsupported_media_type', message: 'Send the body as application/json.' },
	422: { code: 'invalid_rows', message: 'Rows of the file are not valid: nothing was imported.' },
	429: { code: 'rate_limited', message: 'Too many requests: wait and try again.' },
	500: {
		code: 'internal_error',
		message: 'Something went wrong on our side. Quote the error id if you report it.'
	},
	503: { code: 'unavailable', message: 'The service is unavailable: try again shortly.' }
};

/** Every error code the API uses, for its self-description. */
export const errorCodes = Object.values(statuses).map((s) => s.code);

function describe(status: number) {
	return statuses[status] ?? (status >= 500 ? statuses[500] : statuses[400]);
}

/** An error answer in the API's shape. `message` defaults to the status's own. */
export function apiError(
	status: number,
	message?: string,
	extra: Record<string, unknown> = {},
	headers?: HeadersInit
): Response {
	const known = describe(status);
	return json(
		{ error: known.code, message: message ?? known.message, ...extra },
		{ status, headers }
	);
}

/** A 400 answer naming each parameter or field that was wrong. */
export function badRequest(errors: Record<string, string>): Response {
	return apiError(400, `Not valid: ${Object.keys(errors).join(', ')}.`, { errors });
}

export function notFound(message: string): Response {
	return apiError(404, message);
}

const errorIds = new WeakMap<Request, string>();

/** Remembers the id handleError logged a request's unexpected error under. */
export function rememberErrorId(request: Request, errorId: string): void {
	errorIds.set(request, errorId);
}

/**
 * An error answer SvelteKit made (an HTML or text page, or its own `{ message }` JSON) in the
 * API's shape. Answers already in that shape pass unchanged. Headers such as `Allow` and
 * `Retry-After` are kept. A 5xx never passes on its message: only the generic one and the id
 * under which the cause was logged.
 */
export async function asApiError(request: Request, response: Response): Promise<Response> {
	const type = response.headers.get('content-type') ?? '';
	let message: string | undefined;
	if (type.startsWith('application/json')) {
		const body: unknown = await response
			.clone()
			.json()
			.catch(() => null);
		if (body && typeof body === 'object') {
			if ('error' in body && typeof body.error === 'string') return response;
			if ('message' in body && typeof body.message === 'string') message = body.message;
		}
	}
	const headers = new Headers(response.headers);
	headers.delete('content-type');
	headers.delete('content-length');
	const status = response.status;
	const errorId = errorIds.get(request);
	if (status >= 500) {
		return apiError(status, undefined, errorId ? { error_id: errorId } : {}, headers);
	}
	return apiError(status, message, {}, headers);
}
