import * as v from 'valibot';
import { parseQuery } from '$lib/schemas/query';
import { cityFilterOptions, cityQuery, listCities } from '$lib/server/cities';
import type { PageServerLoad } from './$types';

const PER_PAGE = 25;

export const load: PageServerLoad = async ({ url }) => {
	const options = await cityFilterOptions();
	const states = options.states.map((s) => s.value);
	// The page shows what it could use and names what it ignored, rather than answering 400.
	const query = parseQuery(v.omit(cityQuery(states), ['per_page']), url.searchParams);
	const { page, ...filters } = query.data;
	const invalid = query.ok ? [] : query.invalid;
	const { total, cities } = await listCities(filters, { page, perPage: PER_PAGE });
	return {
		options,
		filters,
		invalid,
		cities,
		total,
		page,
		pages: Math.max(1, Math.ceil(total / PER_PAGE))
	};
};
