// What the JSON API answers, as valibot schemas: the OpenAPI document's response schemas are
// built from these. Objects are strict, so the document states every field and the contract
// test (tests/e2e/contract.ts) notices a field the document does not name.
import * as v from 'valibot';
import { rounds, zones } from '$lib/cities';
import { kinds, statuses } from '$lib/practices';
import { roles } from '$lib/roles';

const text = v.string();
const nullableText = v.nullable(v.string());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const timestamp = v.pipe(v.string(), v.description('An ISO 8601 timestamp with its offset.'));
const slug = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
	v.maxLength(80),
	v.description('Lowercase ASCII words joined by hyphens.')
);

export const errorCodeSchema = v.pipe(
	v.string(),
	v.description(
		'A stable code: invalid_request, unauthorized, forbidden, not_found, method_not_allowed, ' +
			'conflict, payload_too_large, unsupported_media_type, invalid_rows, rate_limited, ' +
			'internal_error or unavailable.'
	)
);

const errorEntries = {
	error: errorCodeSchema,
	message: v.pipe(v.string(), v.description('What went wrong, in English, for people.')),
	error_id: v.optional(
		v.pipe(
			v.string(),
			v.description('With a 5xx: the id the cause was logged under. Quote it if you report it.')
		)
	)
};

export const errorSchema = v.pipe(
	v.strictObject(errorEntries),
	v.title('Error'),
	v.description('Every error answer has this shape.')
);

export const validationErrorSchema = v.pipe(
	v.strictObject({
		...errorEntries,
		errors: v.pipe(
			v.record(v.string(), v.string()),
			v.description('One English message per parameter or field that was wrong.')
		)
	}),
	v.title('ValidationError')
);

export const rateLimitedSchema = v.pipe(
	v.strictObject({
		...errorEntries,
		retry_after: v.pipe(
			v.number(),
			v.integer(),
			v.minValue(1),
			v.description('Seconds to wait, as in the Retry-After header.')
		)
	}),
	v.title('RateLimited')
);

export const citySummarySchema = v.pipe(
	v.strictObject({
		slug,
		name: text,
		name_local: v.pipe(nullableText, v.description('The name in the local script.')),
		name_local_lang: v.pipe(nullableText, v.description('BCP 47 tag of name_local.')),
		state: text,
		zonal_council: v.picklist(zones),
		selection_round: v.picklist(rounds),
		mission_status: v.picklist(['active', 'withdrawn'])
	}),
	v.title('CitySummary')
);

export const cityDetailSchema = v.pipe(
	v.strictObject({
		...citySummarySchema.entries,
		latitude: v.nullable(v.number()),
		longitude: v.nullable(v.number()),
		spv_name: nullableText,
		note_en: nullableText,
		iccc: v.strictObject({
			operational_since: v.nullable(v.pipe(v.number(), v.integer())),
			location_en: nullableText,
			location_hi: nullableText,
			summary_en: nullableText,
			summary_hi: nullableText,
			components: v.array(v.strictObject({ slug, name_en: text, name_hi: text }))
		})
	}),
	v.title('City'),
	v.description('A city with its Integrated Command and Control Centre (ICCC).')
);

const pageEntries = { total: count, page: count, per_page: count };

export const cityPageSchema = v.pipe(
	v.strictObject({ ...pageEntries, cities: v.array(citySummarySchema) }),
	v.title('CityPage')
);

const cityRef = v.strictObject({ slug, name: text });

export const practiceSummarySchema = v.pipe(
	v.strictObject({
		slug,
		kind: v.picklist(kinds),
		status: v.picklist(statuses),
		language: v.pipe(v.string(), v.description('BCP 47 language tag.')),
		title: text,
		title_en: text,
		summary_en: text,
		sectors: v.array(text),
		components: v.array(text),
		updated_at: timestamp,
		city: cityRef
	}),
	v.title('PracticeSummary')
);

export const practiceSchema = v.pipe(
	v.strictObject({
		slug,
		kind: v.picklist(kinds),
		status: v.picklist(statuses),
		language: v.pipe(v.string(), v.description('BCP 47 language tag.')),
		title: text,
		title_en: text,
		summary_en: text,
		markdown: text,
		html: v.pipe(v.string(), v.description('The Markdown rendered and sanitised.')),
		city: cityRef,
		sectors: v.array(text),
		components: v.array(text),
		outcomes: v.array(v.strictObject({ label: text, value: v.number(), unit: text })),
		version: v.pipe(v.number(), v.integer(), v.minValue(1)),
		created_at: timestamp,
		updated_at: timestamp
	}),
	v.title('Practice')
);

export const practicePageSchema = v.pipe(
	v.strictObject({ ...pageEntries, practices: v.array(practiceSummarySchema) }),
	v.title('PracticePage')
);

export const conflictSchema = v.pipe(
	v.strictObject({ ...errorEntries, current: practiceSchema }),
	v.title('Conflict'),
	v.description('Someone saved first: the practice as it is now. Nothing was overwritten.')
);

export const revisionsSchema = v.pipe(
	v.strictObject({
		revisions: v.array(
			v.strictObject({
				version: v.pipe(v.number(), v.integer(), v.minValue(1)),
				title: text,
				title_en: text,
				summary_en: text,
				markdown: text,
				status: v.picklist(statuses),
				language: text,
				note: nullableText,
				created_at: timestamp,
				author: v.pipe(nullableText, v.description("The author's name."))
			})
		)
	}),
	v.title('Revisions')
);

export const meSchema = v.pipe(
	v.strictObject({
		id: v.pipe(v.string(), v.uuid()),
		email: v.pipe(v.string(), v.email()),
		name: text,
		designation: nullableText,
		role: v.picklist(roles),
		city: v.nullable(cityRef)
	}),
	v.title('Me')
);

const searchHitSchema = v.strictObject({
	type: v.picklist(['practice', 'city']),
	slug,
	title: text,
	title_en: text,
	summary_en: text,
	language: text,
	kind: v.nullable(v.picklist(kinds)),
	city: cityRef,
	highlight: v.pipe(
		v.strictObject({
			title: text,
			title_language: text,
			snippet: text,
			snippet_language: text
		}),
		v.description('HTML-escaped text with <mark> around the matched words.')
	)
});

export const searchResultSchema = v.pipe(
	v.strictObject({
		engine: v.pipe(
			v.picklist(['meilisearch', 'postgres']),
			v.description('postgres when Meilisearch is down or slow: a simpler, still useful answer.')
		),
		...pageEntries,
		hits: v.array(searchHitSchema),
		facets: v.optional(
			v.pipe(
				v.record(v.string(), v.record(v.string(), count)),
				v.description('With `facets=1` only: for each facet, how many results have each value.')
			)
		),
		took_ms: count
	}),
	v.title('SearchResult')
);

export const healthSchema = v.pipe(
	v.strictObject({
		status: v.picklist(['ok', 'degraded']),
		database: v.picklist(['ok', 'down']),
		search: v.picklist(['ok', 'down', 'not_configured'])
	}),
	v.title('Health')
);
