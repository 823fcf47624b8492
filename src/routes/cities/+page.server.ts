import {
	cityFilterOptions,
	listCities,
	parseCityFilters,
	parsePositiveInt
} from '$lib/server/cities';
import type { PageServerLoad } from './$types';

const PER_PAGE = 25;

export const load: PageServerLoad = async ({ url }) => {
	const options = await cityFilterOptions();
	const { filters, invalid } = parseCityFilters(url.searchParams, options);
	const requestedPage = parsePositiveInt(url.searchParams.get('page'), 1);
	if (requestedPage === null) {
		invalid.push({ field: 'page', value: url.searchParams.get('page') ?? '' });
	}
	const page = requestedPage ?? 1;
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
