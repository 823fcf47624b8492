import { cityChoices } from '$lib/server/cities';
import { listComponents, listSectors } from '$lib/server/practices';
import { FILTERS, parseSearchParams, search, searchVocabulary } from '$lib/server/search/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const vocabulary = await searchVocabulary();
	const { query, errors } = parseSearchParams(url.searchParams, vocabulary);
	// The page searches with what it understood and says what it ignored.
	const invalid = Object.entries(errors).map(([field, message]) => ({
		field,
		value: url.searchParams.get(field) ?? message
	}));
	const asked = query.q !== '' || FILTERS.some((name) => query.filters[name]);
	const [result, sectors, components, cities] = await Promise.all([
		asked ? search(query) : Promise.resolve(null),
		listSectors(),
		listComponents(),
		cityChoices()
	]);
	return {
		query,
		invalid,
		result,
		names: {
			sectors: Object.fromEntries(sectors.map((s) => [s.slug, { en: s.name_en, hi: s.name_hi }])),
			components: Object.fromEntries(
				components.map((c) => [c.slug, { en: c.name_en, hi: c.name_hi }])
			),
			cities: Object.fromEntries(cities.map((c) => [c.slug, c.name]))
		}
	};
};
