import { json } from '@sveltejs/kit';
import { badRequest } from '$lib/server/api';
import {
	cityFilterOptions,
	listCities,
	parseCityFilters,
	parsePositiveInt
} from '$lib/server/cities';
import type { RequestHandler } from './$types';

const MAX_PER_PAGE = 100;
const known = new Set(['state', 'zone', 'round', 'page', 'per_page']);

export const GET: RequestHandler = async ({ url }) => {
	const errors: Record<string, string> = {};
	for (const name of url.searchParams.keys()) {
		if (!known.has(name)) errors[name] = `unknown parameter “${name}”`;
	}
	const { filters, invalid } = parseCityFilters(url.searchParams, await cityFilterOptions());
	for (const { field, value } of invalid) errors[field] = `unknown ${field} “${value}”`;
	const page = parsePositiveInt(url.searchParams.get('page'), 1);
	if (page === null) errors.page = 'page must be a whole number from 1';
	const perPage = parsePositiveInt(url.searchParams.get('per_page'), MAX_PER_PAGE, MAX_PER_PAGE);
	if (perPage === null) {
		errors.per_page = `per_page must be a whole number from 1 to ${MAX_PER_PAGE}`;
	}
	if (Object.keys(errors).length > 0 || page === null || perPage === null) {
		return badRequest(errors);
	}

	const { total, cities } = await listCities(filters, { page, perPage });
	return json(
		{ total, page, per_page: perPage, cities },
		{ headers: { 'cache-control': 'public, max-age=60' } }
	);
};
