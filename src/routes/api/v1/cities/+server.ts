import { json } from '@sveltejs/kit';
import { badRequest } from '$lib/server/api';
import { cityFilterOptions, cityQuery, listCities } from '$lib/server/cities';
import { parseQuery } from '$lib/schemas/query';
import type { RequestHandler } from './$types';

/** The city directory, filtered and paged. */
export const GET: RequestHandler = async ({ url }) => {
	const states = (await cityFilterOptions()).states.map((s) => s.value);
	const query = parseQuery(cityQuery(states), url.searchParams);
	if (!query.ok) return badRequest(query.errors);
	const { page, per_page: perPage, ...filters } = query.data;
	const { total, cities } = await listCities(filters, { page, perPage });
	return json({ total, page, per_page: perPage, cities });
};
