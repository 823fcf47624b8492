import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { searchWait } from '$lib/server/search/limit';
import { asksSomething, parseSearchQuery } from '$lib/server/search/query';
import { search } from '$lib/server/search/service';
import { searchVocabulary } from '$lib/server/search/vocabulary';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals, getClientAddress, setHeaders }) => {
	const vocabulary = await searchVocabulary();
	// The page searches with what it understood and says what it ignored.
	const { query, invalid } = parseSearchQuery(url.searchParams, vocabulary);
	let result = null;
	if (asksSomething(query)) {
		const wait = await searchWait(getClientAddress());
		if (wait > 0) {
			setHeaders({ 'retry-after': String(wait) });
			error(429, { message: translate(locals.locale, 'search.rateLimited', { count: wait }) });
		}
		// The page lists the facets beside the results: only its own render counts them.
		// Without the time it took, the same answer renders the same bytes, so a repeat gets 304.
		result = await search({ ...query, facets: true });
		delete (result as { took_ms?: number }).took_ms;
		// Postgres's basic search stands in for Meilisearch for a moment: not to be kept.
		if (result.engine !== 'meilisearch') setHeaders({ 'cache-control': 'no-store' });
	}
	return { query, invalid, result, names: vocabulary.names };
};
