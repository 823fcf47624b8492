// The practices' query strings: the library page and GET /api/v1/practices read their filters
// through these schemas, and the OpenAPI document describes the API's parameters with them.
import * as v from 'valibot';
import { kinds, statuses } from '$lib/practices';
import { oneOf, parseQuery, positiveInt } from '$lib/schemas/query';
import { listComponents, listSectors } from './practices';
import type { PracticeFilters } from './practices';

export interface PracticeVocabulary {
	sectors: string[];
	components: string[];
	states: string[];
}

/** A value from a list read from the database, matched in any case; absent gives undefined. */
function knownValue(values: readonly string[]) {
	return v.optional(
		v.pipe(
			v.string(),
			v.transform((s) => values.find((known) => known.toLowerCase() === s.toLowerCase()) ?? s),
			v.picklist(values, 'is not a known value')
		)
	);
}

const languageTag = v.optional(
	v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag'))
);

const filterEntries = (vocabulary: PracticeVocabulary) => ({
	kind: oneOf(kinds),
	sector: knownValue(vocabulary.sectors),
	component: knownValue(vocabulary.components),
	state: knownValue(vocabulary.states),
	language: languageTag
});

/** The practices library's query: filters, a status for signed-in readers, and the page. */
export function parseLibraryQuery(
	params: URLSearchParams,
	vocabulary: PracticeVocabulary,
	{ signedIn }: { signedIn: boolean }
) {
	const schema = v.object({
		...filterEntries(vocabulary),
		status: oneOf(statuses),
		page: positiveInt(1, 10_000)
	});
	const result = parseQuery(schema, params);
	const { page, status, ...filters } = result.data;
	const invalid = result.ok ? [] : [...result.invalid];
	// The public sees published practices only; a status filter is for signed-in readers.
	if (status && !signedIn) invalid.push({ field: 'status', value: status });
	const allowed = signedIn ? status : undefined;
	return {
		filters: { ...filters, ...(allowed ? { status: allowed } : {}) } as PracticeFilters,
		page,
		invalid
	};
}

/** `GET /api/v1/practices`'s query: published practices, filtered and paged. */
/** The parameters of GET /api/v1/practices (also the API document's). */
export function apiListQuerySchema(vocabulary: PracticeVocabulary) {
	return v.object({
		...filterEntries(vocabulary),
		page: positiveInt(1, 10_000),
		per_page: positiveInt(20, 100)
	});
}

export function parseApiListQuery(params: URLSearchParams, vocabulary: PracticeVocabulary) {
	return parseQuery(apiListQuerySchema(vocabulary), params);
}

/** The vocabularies practice filters are checked against. */
export async function practiceVocabulary(states: string[]): Promise<PracticeVocabulary> {
	const [sectors, components] = await Promise.all([listSectors(), listComponents()]);
	return {
		sectors: sectors.map((s) => s.slug),
		components: components.map((c) => c.slug),
		states
	};
}
