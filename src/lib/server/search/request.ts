// What a search asks Meilisearch: the request the app sends (and the bench sends directly), one
// search of the words as typed or a federated one with the romanised keys and the other script's
// words. The index's documents and settings are in documents.ts. Plain TypeScript with no
// SvelteKit imports, so scripts can use it too.
import type { SearchParams } from 'meilisearch';
import { FACET_FIELDS, MARK_END, MARK_START, ROMAN_FIELDS, TITLE_FIELDS } from './documents.ts';
import { companionToken } from './phonetic.ts';

/**
 * What a hit shows, besides its highlighted texts: the rest of a document (above all its text,
 * up to 200 KB) would only be serialised and sent to be thrown away.
 */
export const RETRIEVED_FIELDS = [
	'type',
	'slug',
	'language',
	'kind',
	'summary_en',
	'city',
	'city_name'
];

/** The fields a hit shows highlighted: its titles (each language's) and its summary. */
export const HIGHLIGHTED_FIELDS = [...TITLE_FIELDS, 'summary_en'];

export interface SearchRequestOptions {
	filter: string[];
	offset: number;
	limit: number;
	/** The most recently updated first, rather than the best match. */
	newest?: boolean;
	/**
	 * Count each facet's values, for a page that lists them. Counting costs Meilisearch more than
	 * the search itself (about 1 ms per facet at 10,000 practices), so only the search page's
	 * own render asks for them.
	 */
	facets?: boolean;
}

/**
 * The search request the app sends Meilisearch (the benchmark sends the same one directly).
 * It asks only for what a result shows: the titles highlighted as they are, the summary
 * highlighted and cropped to a snippet. The text itself is searched but never highlighted or
 * cropped: Meilisearch would have to go through the whole of each hit's text to do it, and the
 * snippet comes from the summary (as in the Postgres fallback).
 */
export function searchRequest({
	filter,
	offset,
	limit,
	newest = false,
	facets = false
}: SearchRequestOptions): SearchParams & { offset: number; limit: number } {
	return {
		filter,
		...(newest ? { sort: ['updated_at:desc'] } : {}),
		...(facets ? { facets: [...FACET_FIELDS] } : {}),
		offset,
		limit,
		attributesToRetrieve: RETRIEVED_FIELDS,
		attributesToHighlight: HIGHLIGHTED_FIELDS,
		attributesToCrop: ['summary_en'],
		cropLength: 30,
		cropMarker: '…',
		highlightPreTag: MARK_START,
		highlightPostTag: MARK_END
	};
}

/** How much a match of the romanised companions counts against a match of the words as typed. */
export const ROMAN_WEIGHT = 0.5;
/** How much a match of a word's alternatives (another script's spelling) counts. */
export const ALTERNATIVE_WEIGHT = 0.6;

/** What a search asks Meilisearch for, besides its filters and page. */
export interface SearchWords {
	/** The words as typed (normalised). */
	q: string;
	/** The phonetic keys of its Latin words, for the romanised companions. */
	keys: string[];
	/** Its words' alternatives in another script. */
	alternatives: string[];
}

/**
 * Whether a search asks again with its bridges: only when the words as typed found fewer results
 * than a page shows. Decided on the total, not the page, so every page of a search is ranked
 * the same way.
 */
export const bridgeNeeded = (typedTotal: number, perPage: number) => typedTotal < perPage;

/** A Meilisearch request: the path after the host, and the body. */
export interface MeiliRequest {
	path: string;
	body: Record<string, unknown>;
}

/**
 * The request for a search: one search of the words as typed, in their own fields; or, when the
 * query has phonetic keys or alternatives, a federated search that adds a search of the keys in
 * the romanised companions and one of the alternatives, each with less weight, merged into one
 * ranked list (and one count of each facet).
 */
export function meiliRequest(
	index: string,
	words: SearchWords,
	options: SearchRequestOptions
): MeiliRequest {
	const base = searchRequest(options);
	if (words.keys.length === 0 && words.alternatives.length === 0) {
		return {
			path: `indexes/${encodeURIComponent(index)}/search`,
			body: { q: words.q, ...base }
		};
	}
	// Federated: paging and facets belong to the federation, the rest to each query.
	const { offset, limit, facets, ...each } = base;
	void facets;
	const queries: Record<string, unknown>[] = [{ indexUid: index, q: words.q, ...each }];
	if (words.keys.length > 0) {
		queries.push({
			indexUid: index,
			// The keys as the index holds them; the space at the end keeps Meilisearch from
			// matching the last one as the start of a longer key.
			q: `${words.keys.map(companionToken).join(' ')} `,
			...each,
			attributesToRetrieve: [...RETRIEVED_FIELDS, 'roman_words'],
			attributesToHighlight: [...HIGHLIGHTED_FIELDS, ...ROMAN_FIELDS],
			attributesToCrop: ['summary_en'],
			federationOptions: { weight: ROMAN_WEIGHT }
		});
	}
	if (words.alternatives.length > 0) {
		queries.push({
			indexUid: index,
			q: words.alternatives.join(' '),
			...each,
			federationOptions: { weight: ALTERNATIVE_WEIGHT }
		});
	}
	return {
		path: 'multi-search',
		body: {
			federation: {
				offset,
				limit,
				...(options.facets
					? { facetsByIndex: { [index]: [...FACET_FIELDS] }, mergeFacets: {} }
					: {})
			},
			queries
		}
	};
}
