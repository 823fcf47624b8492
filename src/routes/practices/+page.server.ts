import * as v from 'valibot';
import { positiveInt } from '$lib/schemas/query';
import { cityFilterOptions } from '$lib/server/cities';
import { dbFor } from '$lib/server/db';
import {
	listComponents,
	listPractices,
	listSectors,
	parsePracticeFilters
} from '$lib/server/practices';
import type { PageServerLoad } from './$types';

const PER_PAGE = 20;

export const load: PageServerLoad = async ({ url, locals }) => {
	const [sectors, components, cityOptions] = await Promise.all([
		listSectors(),
		listComponents(),
		cityFilterOptions()
	]);
	const states = cityOptions.states.map((s) => s.value);
	const { filters, invalid } = parsePracticeFilters(
		url.searchParams,
		{ sectors: sectors.map((s) => s.slug), components: components.map((c) => c.slug), states },
		{ allowStatus: Boolean(locals.user) }
	);
	const page = v.parse(
		v.fallback(positiveInt(1), 1),
		url.searchParams.get('page')?.trim() || undefined
	);
	const { total, practices } = await listPractices(dbFor(locals.user), filters, {
		page,
		perPage: PER_PAGE
	});
	return {
		filters,
		invalid,
		practices,
		total,
		page,
		pages: Math.max(1, Math.ceil(total / PER_PAGE)),
		options: { sectors, components, states },
		canWrite: Boolean(locals.user)
	};
};
