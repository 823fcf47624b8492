// What a search asks, read from the query string with the one parser (`parseQuery`): the words,
// the page, the order and one value per facet, each facet value one the vocabulary knows.
import * as v from 'valibot';
import { zones } from '$lib/cities';
import { kinds } from '$lib/practices';
import { oneOf, parseQuery, positiveInt } from '$lib/schemas/query';
import { FACETS, SORTS } from '$lib/search';
import type { SearchFilters, Sort } from '$lib/search';
import type { SearchVocabulary } from './vocabulary';

export const MAX_QUERY_LENGTH = 200;
export const MAX_PER_PAGE = 50;
export const DEFAULT_PER_PAGE = 10;
/** Meilisearch shows at most this many hits for a query (its maxTotalHits). */
export const MAX_RESULTS = 1000;

export interface SearchQuery {
	q: string;
	filters: SearchFilters;
	page: number;
	perPage: number;
	/** Best match first (the default), or the most recently updated first. */
	sort?: Sort;
	/** Count each facet's values: the search page's render, or the API asked with `facets=1`. */
	facets?: boolean;
}

/** The words: NFC, runs of white space as one space, at most MAX_QUERY_LENGTH characters. */
const words = v.optional(
	v.pipe(
		v.string(),
		v.transform((s) =>
			Array.from(s.normalize('NFC').replace(/\s+/g, ' ').trim()).slice(0, MAX_QUERY_LENGTH).join('')
		)
	),
	''
);

/**
 * One of `values` in any case, read as the value's own spelling. Only known values reach the
 * Meilisearch filter, so no value can widen it.
 */
function known(values: readonly string[]) {
	return v.optional(
		v.pipe(
			v.string(),
			v.transform((s) => values.find((x) => x.toLowerCase() === s.toLowerCase())),
			v.string('is not a known value')
		)
	);
}

/** The search's parameters, with the facet values the vocabulary knows (also for the API docs). */
export function searchQuerySchema(vocabulary: SearchVocabulary) {
	return v.object({
		q: words,
		page: positiveInt(1),
		per_page: positiveInt(DEFAULT_PER_PAGE, MAX_PER_PAGE),
		sort: oneOf(SORTS),
		facets: oneOf(['0', '1']),
		type: known(['practice', 'city']),
		kind: known(kinds),
		sector: known(vocabulary.sectors),
		component: known(vocabulary.components),
		language: known(vocabulary.languages),
		state: known(vocabulary.states),
		zone: known(zones),
		city: known(vocabulary.cities)
	});
}

export interface ParsedSearch {
	query: SearchQuery;
	/** English messages by parameter, for the API's 400. Empty when all is well. */
	errors: Record<string, string>;
	/** The parameters ignored and the values given, for the page to name. */
	invalid: { field: string; value: string }[];
}

// The schema for each vocabulary, built once rather than on every search. The vocabulary is a
// new object whenever it is read again.
const schemas = new WeakMap<SearchVocabulary, ReturnType<typeof searchQuerySchema>>();

function schemaFor(vocabulary: SearchVocabulary) {
	let schema = schemas.get(vocabulary);
	if (!schema) {
		schema = searchQuerySchema(vocabulary);
		schemas.set(vocabulary, schema);
	}
	return schema;
}

/** Reads a search from URL parameters; what is wrong is named, and the rest still searches. */
export function parseSearchQuery(
	params: URLSearchParams,
	vocabulary: SearchVocabulary
): ParsedSearch {
	const parsed = parseQuery(schemaFor(vocabulary), params);
	const errors = parsed.ok ? {} : { ...parsed.errors };
	const invalid = parsed.ok ? [] : [...parsed.invalid];
	const { q, page, per_page: perPage, sort, facets, ...values } = parsed.data;
	const filters: SearchFilters = {};
	for (const { param } of FACETS) {
		if (values[param]) filters[param] = values[param];
	}
	const query: SearchQuery = {
		q,
		filters,
		page,
		perPage,
		sort: sort ?? 'relevance',
		facets: facets === '1'
	};
	if (!errors.page && (page - 1) * perPage >= MAX_RESULTS) {
		errors.page = `page: only the first ${MAX_RESULTS} results can be paged through; narrow the search`;
		invalid.push({ field: 'page', value: String(page) });
		query.page = 1;
	}
	return { query, errors, invalid };
}

/** Whether the query asks anything: words or a filter. */
export const asksSomething = (query: SearchQuery) =>
	query.q !== '' || Object.values(query.filters).some(Boolean);
