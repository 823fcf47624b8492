import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { parseQuery } from '$lib/schemas/query';
import { getAdoption } from '$lib/server/adoption/adoptions';
import { adoptionNotFound } from '$lib/server/adoption/api';
import { adoptionDetailJson } from '$lib/server/adoption/api-json';
import { badRequest } from '$lib/server/api';
import { dbFor } from '$lib/server/db';
import { match as isUuid } from '../../../../../params/uuid';
import type { RequestHandler } from './$types';

const noParameters = v.object({});

/**
 * One adoption with its stages and categories, and the version a change starts from. Anyone who
 * may not see it gets 404, as if it did not exist.
 */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const query = parseQuery(noParameters, url.searchParams);
	if (!query.ok) return badRequest(query.errors);
	const detail = isUuid(params.id)
		? await getAdoption(dbFor(locals.user), params.id, locals.user)
		: null;
	if (!detail) return adoptionNotFound();
	return json(adoptionDetailJson(detail));
};
