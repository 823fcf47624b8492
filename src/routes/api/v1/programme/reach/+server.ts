import { json } from '@sveltejs/kit';
import { badRequest } from '$lib/server/api';
import { reachJson } from '$lib/server/reach/api-json';
import { reachRequest, readReachReport } from '$lib/server/reach/report';
import type { RequestHandler } from './$types';

/**
 * The programme reach figures of /programme, read as the caller. A filter that is not valid,
 * or that the database does not know (a programme, framework, round or state), is a 400 that
 * names it, never dropped silently as the page does.
 */
export const GET: RequestHandler = async ({ url, locals }) => {
	const request = reachRequest(url.searchParams);
	if (Object.keys(request.errors).length > 0) return badRequest(request.errors);
	const report = await readReachReport(locals.user, request);
	if (Object.keys(report.request.errors).length > 0) return badRequest(report.request.errors);
	return json(reachJson(report), {
		// What caches may keep of an anonymous answer is the hooks' (http-cache.ts); an admin's
		// comparison may use private rounds, so a signed-in answer is never stored, here too.
		headers: locals.user ? { 'cache-control': 'private, no-store' } : {}
	});
};
