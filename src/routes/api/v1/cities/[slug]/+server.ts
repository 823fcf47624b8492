import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { parseQuery } from '$lib/schemas/query';
import { badRequest, notFound } from '$lib/server/api';
import { getCity } from '$lib/server/cities';
import { match as isSlug } from '../../../../../params/slug';
import type { RequestHandler } from './$types';

/** One city takes no parameters: any given is named in a 400, like everywhere else. */
const noParameters = v.object({});

export const GET: RequestHandler = async ({ params, url }) => {
	const query = parseQuery(noParameters, url.searchParams);
	if (!query.ok) return badRequest(query.errors);
	const city = isSlug(params.slug) ? await getCity(params.slug) : null;
	if (!city) return notFound(`no city has the slug “${params.slug.slice(0, 80)}”`);
	// What caches may keep is the hooks' (src/lib/server/http-cache.ts), as for every route.
	return json(city);
};
