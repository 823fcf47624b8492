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
	return {
		query,
		invalid,
		result: asked ? await search(query) : null,
		names: vocabulary.names
	};
};
