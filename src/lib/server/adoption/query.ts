// The adoption list's query string (/adoptions), read through the one parser: city and practice
// by slug, the stage, and the page. New-adoption links carry the practice and the mentorship.
import * as v from 'valibot';
import { adoptionStages } from '$lib/schemas/adoption';
import { oneOf, parseQuery, positiveInt } from '$lib/schemas/query';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const slug = (what: string, known?: readonly string[]) =>
	v.optional(
		v.pipe(
			v.string(),
			v.transform((s) => s.toLowerCase()),
			v.regex(SLUG, `is not a ${what}'s slug`),
			v.check((s) => !known || known.includes(s), `is not a known ${what}`)
		)
	);

/** The list page's parameters: filters by city and practice (from those known) and stage. */
export function adoptionListQuerySchema(cities?: readonly string[], practices?: readonly string[]) {
	return v.object({
		city: slug('city', cities),
		practice: slug('practice', practices),
		stage: oneOf(adoptionStages),
		page: positiveInt(1, 10_000)
	});
}

export const parseAdoptionListQuery = (
	params: URLSearchParams,
	cities: readonly string[],
	practices: readonly string[]
) => parseQuery(adoptionListQuerySchema(cities, practices), params);

/** /adoptions/new?practice=…&mentorship=…: what the form starts with. */
export const newAdoptionQuerySchema = v.object({
	practice: slug('practice'),
	mentorship: v.optional(v.pipe(v.string(), v.uuid('is not a mentorship id')))
});

export const parseNewAdoptionQuery = (params: URLSearchParams) =>
	parseQuery(newAdoptionQuerySchema, params);
