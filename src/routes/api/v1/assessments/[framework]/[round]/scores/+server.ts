import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { parseQuery } from '$lib/schemas/query';
import { apiError, badRequest, notFound } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guards';
import { userDb } from '$lib/server/db';
import { importScores, problemList } from '$lib/server/assessment/import';
import { getRoundScores } from '$lib/server/assessment/scores-api';
import { MAX_BYTES } from '$lib/server/assessment/score-file';
import type { FileKind } from '$lib/server/assessment/score-file';
import { forbidden } from '$lib/server/practice-api';
import type { RequestHandler } from './$types';

const noParameters = v.object({});

/** A round's scores and overall results, filtered by city and pillar (the views' module). */
export const GET: RequestHandler = (event) => getRoundScores(event);

/** The media types a file of scores may be sent as. */
const SCORE_MEDIA_TYPES: Record<string, FileKind> = {
	'text/csv': 'csv',
	'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx'
};

/**
 * Replaces a round's values with the rows of the body (CSV or .xlsx, columns city, parameter,
 * value), all or nothing (admins only). 422 lists every problem by row and column.
 */
export const POST: RequestHandler = async ({ params, request, url }) => {
	const user = await requireUser('mission_admin');
	const query = parseQuery(noParameters, url.searchParams);
	if (!query.ok) return badRequest(query.errors);
	const type = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase() ?? '';
	const kind = SCORE_MEDIA_TYPES[type];
	if (!kind) {
		return apiError(
			415,
			'Send the scores as text/csv, or as an Excel workbook ' +
				'(application/vnd.openxmlformats-officedocument.spreadsheetml.sheet).'
		);
	}
	const tooLarge = () => apiError(413, `The file may be at most ${MAX_BYTES / 1024} KB.`);
	if (Number(request.headers.get('content-length')) > MAX_BYTES) return tooLarge();
	let bytes: Uint8Array;
	try {
		bytes = new Uint8Array(await request.arrayBuffer());
	} catch (cause) {
		if (typeof cause === 'object' && cause && 'status' in cause && cause.status === 413) {
			return tooLarge();
		}
		throw cause;
	}
	if (bytes.byteLength > MAX_BYTES) return tooLarge();
	const outcome = await importScores(userDb(user), {
		framework: params.framework,
		round: params.round,
		file: { name: `scores.${kind}`, kind, source: 'api', bytes }
	});
	switch (outcome.status) {
		case 'imported': {
			const { imported, unchanged, removed } = outcome;
			return json({ imported, unchanged, removed });
		}
		case 'invalid':
			return apiError(
				422,
				`The file has ${outcome.problems.length} problem(s): nothing was imported.`,
				{ errors: problemList('en', outcome.problems) }
			);
		case 'not_found':
			return notFound(`no round “${params.round}” of “${params.framework}”`);
		case 'forbidden':
			return forbidden();
	}
};
