import { json } from '@sveltejs/kit';
import { badRequest } from '$lib/server/api';
import { searchWait, tooManySearches } from '$lib/server/search/limit';
import { parseSearchQuery } from '$lib/server/search/query';
import { search } from '$lib/server/search/service';
import { searchVocabulary } from '$lib/server/search/vocabulary';
import type { RequestHandler } from './$types';

/** Published practices and cities matching a query, with facets. Drafts are never searched. */
export const GET: RequestHandler = async ({ url, setHeaders, getClientAddress }) => {
	const wait = await searchWait(getClientAddress());
	if (wait > 0) return tooManySearches(wait);
	const { query, errors } = parseSearchQuery(url.searchParams, await searchVocabulary());
	if (Object.keys(errors).length > 0) return badRequest(errors);
	const result = await search(query);
	// Public data, but a fallback answer must not be kept as if it were the full one.
	if (result.engine !== 'meilisearch') setHeaders({ 'cache-control': 'no-store' });
	return json(result);
};
