// The mentorship query strings: the lists (/mentorships, /admin/mentorships and
// GET /api/v1/mentorships) and GET /api/v1/mentor-suggestions read their parameters through
// these schemas, and the OpenAPI document describes them with the same.
import * as v from 'valibot';
import { Constants } from '$lib/database.types';
import { oneOf, parseQuery, positiveInt } from '$lib/schemas/query';
import { cityChoices } from '../cities';
import { DatabaseError } from '../errors';
import { listComponents, listSectors } from '../practices';
import { publicDb } from '../db';

export interface MentorshipVocabulary {
	cities: string[];
	programmes: string[];
	sectors: string[];
	components: string[];
}

// The lists read from the database. The OpenAPI document, built without them, describes each
// value as a slug.
type Known = readonly string[] | undefined;

const slugText = (what: string) =>
	v.pipe(
		v.string(),
		v.description(`A ${what}'s slug.`),
		v.transform((s) => s.toLowerCase())
	);

/** A slug from a list read from the database; absent gives undefined. */
function known(values: Known, what: string) {
	if (!values) return v.optional(slugText(what));
	return v.optional(v.pipe(slugText(what), v.picklist(values, `is not a known ${what}`)));
}

/** Slugs separated by commas, each from the list; absent gives an empty list. */
function knownList(values: Known, what: string) {
	return v.pipe(
		v.optional(v.string(), ''),
		v.description(`${what[0].toUpperCase()}${what.slice(1)} slugs, separated by commas.`),
		v.transform((s) =>
			s
				.split(',')
				.map((part) => part.trim().toLowerCase())
				.filter(Boolean)
		),
		v.maxLength(40, 'names too many'),
		v.check(
			(list) => !values || list.every((slug) => values.includes(slug)),
			`names an unknown ${what}`
		),
		v.transform((list) => [...new Set(list)])
	);
}

const listEntries = (vocabulary?: MentorshipVocabulary) => ({
	status: oneOf(Constants.public.Enums.mentorship_status),
	city: known(vocabulary?.cities, 'city'),
	programme: known(vocabulary?.programmes, 'programme')
});

/** The list pages' query: filters and the page. */
export function listPageQuerySchema(vocabulary: MentorshipVocabulary) {
	return v.object({ ...listEntries(vocabulary), page: positiveInt(1, 10_000) });
}

/** The parameters of GET /api/v1/mentorships (described by slugs without a vocabulary). */
export function apiListQuerySchema(vocabulary?: MentorshipVocabulary) {
	return v.object({
		...listEntries(vocabulary),
		page: positiveInt(1, 10_000),
		per_page: positiveInt(20, 100)
	});
}

/** The parameters of GET /api/v1/mentor-suggestions (described by slugs without a vocabulary). */
export function suggestionsQuerySchema(vocabulary?: MentorshipVocabulary) {
	const cities = vocabulary?.cities;
	return v.object({
		city: v.pipe(
			v.string('is required'),
			slugText('city'),
			v.check((s) => !cities || cities.includes(s), 'is not a known city')
		),
		sectors: knownList(vocabulary?.sectors, 'sector'),
		components: knownList(vocabulary?.components, 'ICCC component')
	});
}

export const parseListPageQuery = (params: URLSearchParams, vocabulary: MentorshipVocabulary) =>
	parseQuery(listPageQuerySchema(vocabulary), params);
export const parseApiListQuery = (params: URLSearchParams, vocabulary: MentorshipVocabulary) =>
	parseQuery(apiListQuerySchema(vocabulary), params);
export const parseSuggestionsQuery = (params: URLSearchParams, vocabulary: MentorshipVocabulary) =>
	parseQuery(suggestionsQuerySchema(vocabulary), params);

/** Programme choices, newest first, with names in both languages. */
export async function programmeChoices(): Promise<
	{ slug: string; name_en: string; name_hi: string }[]
> {
	const { data, error } = await publicDb()
		.from('programmes')
		.select('slug, name_en, name_hi')
		.order('starts_on', { ascending: false, nullsFirst: false });
	if (error) throw new DatabaseError('listing programmes', error);
	return data ?? [];
}

/** The values the mentorship filters are checked against. */
export async function mentorshipVocabulary(): Promise<MentorshipVocabulary> {
	const [cities, programmes, sectors, components] = await Promise.all([
		cityChoices(),
		programmeChoices(),
		listSectors(),
		listComponents()
	]);
	return {
		cities: cities.map((c) => c.slug),
		programmes: programmes.map((p) => p.slug),
		sectors: sectors.map((s) => s.slug),
		components: components.map((c) => c.slug)
	};
}
