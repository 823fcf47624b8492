import * as v from 'valibot';
import { parseQuery } from '$lib/schemas/query';
import { badRequest, notFound } from '$lib/server/api';
import { dbFor } from '$lib/server/db';
import { exportScoresCsv } from '$lib/server/assessment/import';
import type { RequestHandler } from './$types';

const noParameters = v.object({});

/**
 * A round's values as CSV, in the import's own format (city, parameter, value), with a byte order
 * mark for Excel: public rounds for everyone, private ones for admins; 404 otherwise.
 */
export const GET: RequestHandler = async ({ params, locals, url }) => {
	const query = parseQuery(noParameters, url.searchParams);
	if (!query.ok) return badRequest(query.errors);
	const csv = await exportScoresCsv(dbFor(locals.user), params.framework, params.round);
	if (csv === null) return notFound(`no round “${params.round}” of “${params.framework}”`);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${params.framework}-${params.round}-scores.csv"`,
			// A private round's values (an admin's) must not sit in a shared cache; an anonymous
			// reader's public round follows the route's policy (hooks.server.ts).
			...(locals.user ? { 'cache-control': 'private, no-store' } : {})
		}
	});
};
