import { error } from '@sveltejs/kit';
import { dbFor } from '$lib/server/db';
import { csvResponse, rankingCsv } from '$lib/server/assessment/csv-download';
import { rankingRequest } from '$lib/server/assessment/ranking-view';
import type { RequestHandler } from './$types';

/** The ranking table as CSV: every row the filters keep, as the caller may see them. */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const request = await rankingRequest(dbFor(locals.user), params.framework, url.searchParams);
	if (request.kind === 'not_found') error(404, 'No framework has this slug.');
	// A file must not quietly hold another ranking than the one asked for.
	if (request.invalid.length > 0) {
		error(400, `Not valid: ${request.invalid.map((p) => p.field).join(', ')}.`);
	}
	const { framework, view } = request;
	const name = [framework.slug, view.round?.slug, view.node?.slug ?? 'overall']
		.filter(Boolean)
		.join('-');
	return csvResponse(rankingCsv(view), `${name}.csv`);
};
