import { error } from '@sveltejs/kit';
import { dbFor } from '$lib/server/db';
import { compareRequest } from '$lib/server/assessment/compare';
import { compareCsv, csvResponse } from '$lib/server/assessment/csv-download';
import type { RequestHandler } from './$types';

/** Two cities' comparison as CSV, as the caller may see the round. */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const request = await compareRequest(dbFor(locals.user), params.framework, url.searchParams);
	if (request.kind === 'not_found') error(404, 'No framework has this slug.');
	if (request.invalid.length > 0) {
		error(400, `Not valid: ${request.invalid.map((p) => p.field).join(', ')}.`);
	}
	const { framework, comparison } = request;
	if (!comparison) error(400, 'Name two cities: a and b.');
	const name = `${framework.slug}-${comparison.round.slug}-${comparison.a.slug}-${comparison.b.slug}`;
	return csvResponse(compareCsv(comparison), `${name}.csv`);
};
