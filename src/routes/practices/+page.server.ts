import { cityFilterOptions } from '$lib/server/cities';
import { dbFor } from '$lib/server/db';
import { parseLibraryQuery } from '$lib/server/practice-query';
import { listComponents, listPractices, listSectors } from '$lib/server/practices';
import type { PageServerLoad } from './$types';

const PER_PAGE = 20;

export const load: PageServerLoad = async ({ url, locals }) => {
	const [sectors, components, cityOptions] = await Promise.all([
		listSectors(),
		listComponents(),
		cityFilterOptions()
	]);
	const states = cityOptions.states.map((s) => s.value);
	// Anything the query names that cannot be used is shown as a notice, and left out.
	const { filters, page, invalid } = parseLibraryQuery(
		url.searchParams,
		{ sectors: sectors.map((s) => s.slug), components: components.map((c) => c.slug), states },
		{ signedIn: Boolean(locals.user) }
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
