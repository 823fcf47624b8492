import { json } from '@sveltejs/kit';
import { parseQuery } from '$lib/schemas/query';
import { noQuery } from '$lib/schemas/assessment-query';
import { badRequest, notFound } from '$lib/server/api';
import { dbFor } from '$lib/server/db';
import { cityAssessmentsJson } from '$lib/server/assessment/api-json';
import { cityAssessments } from '$lib/server/assessment/city-scores';
import { match as isSlug } from '../../../../../../params/slug';
import type { RequestHandler } from './$types';

/**
 * A city's scores across the rounds the caller may see, per framework, with the change since the
 * previous round and its strongest and weakest pillars in the latest.
 */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const query = parseQuery(noQuery, url.searchParams);
	if (!query.ok) return badRequest(query.errors);
	const result = isSlug(params.slug)
		? await cityAssessments(dbFor(locals.user), params.slug)
		: null;
	if (!result) return notFound(`no city has the slug “${params.slug.slice(0, 80)}”`);
	return json(cityAssessmentsJson(result));
};
