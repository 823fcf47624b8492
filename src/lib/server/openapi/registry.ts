// Every JSON endpoint, described once: its parameters and body are the valibot schemas that
// check the request, its answers the schemas in ./schemas.ts. The OpenAPI document
// (/api/v1/openapi.json) is built from this list, so a new endpoint joins the API's
// self-description by adding an entry here.
import * as v from 'valibot';
import { practicePatchSchema, practiceSchema as practiceInputSchema } from '$lib/schemas/practice';
import { cityQuery } from '../cities';
import { apiListQuerySchema } from '../practice-query';
import type { PracticeVocabulary } from '../practice-query';
import { searchQuerySchema } from '../search/query';
import type { SearchVocabulary } from '../search/vocabulary';
import * as out from './schemas';
import * as examples from './examples';
import { forbidden, invalid, notFound, unauthorized, unsupported } from './answers';
import { mentorshipOperations } from './operations/mentorships';
import type { Operation } from './answers';
import { calendarOperations } from './operations/calendar';
import { mentorOperations } from './operations/mentors';
import { invitationOperations } from './operations/invitations';
import { sessionOperations } from './operations/sessions';
import { adoptionOperations } from './operations/adoptions';
import { assessmentOperations } from './operations/assessments';
import { assessmentImportOperations } from './operations/assessment-imports';
import { programmeOperations } from './operations/programme';

export type { Access, Answer, Operation } from './answers';

/** The values the filters take today, so the document lists them as the API checks them. */
export interface ApiVocabulary {
	practices: PracticeVocabulary;
	search: SearchVocabulary;
}

/** Every operation, with its query parameters checked by the same schemas as its endpoint. */
export const operations = (vocabulary: ApiVocabulary): Operation[] => [
	{
		method: 'get',
		path: '/api/v1/cities',
		operationId: 'listCities',
		tag: 'Cities',
		summary: 'List the Mission cities',
		description: 'In alphabetical order, filtered and paged, with the total that match.',
		access: 'public',
		query: cityQuery(),
		notes: { per_page: 'How many to a page: 1 to 100 (the default).' },
		responses: {
			200: {
				description: 'One page of cities.',
				schema: out.cityPageSchema,
				example: examples.cityPage
			},
			400: invalid
		}
	},
	{
		method: 'get',
		path: '/api/v1/cities/{slug}',
		operationId: 'getCity',
		tag: 'Cities',
		summary: 'Get a city with its ICCC',
		access: 'public',
		responses: {
			200: {
				description: 'The city, its command centre and the components it runs.',
				schema: out.cityDetailSchema,
				example: examples.city
			},
			400: {
				...invalid,
				description: 'A query parameter was given: this endpoint takes none.',
				example: examples.unexpectedParameter
			},
			404: notFound('city')
		}
	},
	{
		method: 'get',
		path: '/api/v1/practices',
		operationId: 'listPractices',
		tag: 'Practices',
		summary: 'List published practices',
		description: 'Newest first, filtered and paged.',
		access: 'public',
		query: apiListQuerySchema(vocabulary.practices),
		notes: { per_page: 'How many to a page: 1 to 100, 20 by default.' },
		responses: {
			200: {
				description: 'One page of published practices.',
				schema: out.practicePageSchema,
				example: examples.practicePage
			},
			400: invalid
		}
	},
	{
		method: 'post',
		path: '/api/v1/practices',
		operationId: 'createPractice',
		tag: 'Practices',
		summary: 'Create a practice',
		description:
			"Without `city`, the practice belongs to the author's own city. City members may " +
			'create drafts for their city only; publishing needs a mentor or an admin.',
		access: 'signed-in',
		headers: {
			'Idempotency-Key': {
				description:
					'A UUID. A retried request with the same key returns the first practice ' +
					'instead of creating a second one.',
				schema: v.pipe(v.string(), v.uuid())
			}
		},
		body: { schema: practiceInputSchema, example: examples.practiceInput },
		responses: {
			201: {
				description: 'Created. `Location` is its URL in the API.',
				schema: out.practiceSchema,
				example: examples.practice,
				headers: { Location: 'The new practice in the API.' }
			},
			400: invalid,
			401: unauthorized,
			403: forbidden,
			415: unsupported
		}
	},
	{
		method: 'get',
		path: '/api/v1/practices/{slug}',
		operationId: 'getPractice',
		tag: 'Practices',
		summary: 'Get a practice',
		description: 'Published practices are public; drafts only to those who may see them.',
		access: 'public',
		responses: {
			200: { description: 'The practice.', schema: out.practiceSchema, example: examples.practice },
			404: notFound('practice')
		}
	},
	{
		method: 'patch',
		path: '/api/v1/practices/{slug}',
		operationId: 'updatePractice',
		tag: 'Practices',
		summary: 'Change a practice',
		description:
			'Send only the fields that change, with the `version` the change starts from. If ' +
			'someone saved since, the answer is 409 with the practice as it is now. A `status` ' +
			'of published or archived needs a mentor or an admin.',
		access: 'signed-in',
		body: { schema: practicePatchSchema, example: examples.practicePatch },
		responses: {
			200: {
				description: 'Saved: the practice at its new version.',
				schema: out.practiceSchema,
				example: examples.practice
			},
			400: invalid,
			401: unauthorized,
			403: forbidden,
			404: notFound('practice'),
			409: {
				description: 'Someone saved first; nothing was overwritten.',
				schema: out.conflictSchema,
				example: examples.conflict
			},
			415: unsupported
		}
	},
	{
		method: 'get',
		path: '/api/v1/practices/{slug}/revisions',
		operationId: 'listPracticeRevisions',
		tag: 'Practices',
		summary: "List a practice's revisions",
		description: 'Every saved version, newest first, for those who may read its drafts.',
		access: 'signed-in',
		responses: {
			200: {
				description: 'The revisions.',
				schema: out.revisionsSchema,
				example: examples.revisions
			},
			401: unauthorized,
			403: {
				description: "A practice's history is for its city, mentors and admins.",
				schema: out.errorSchema,
				example: examples.forbidden
			},
			404: notFound('practice')
		}
	},
	{
		method: 'get',
		path: '/api/v1/search',
		operationId: 'search',
		tag: 'Search',
		summary: 'Search practices and cities',
		description:
			'Published practices and cities, best match first, and with `facets=1` how many ' +
			'results have each value of each filter. Answered by ' +
			'Meilisearch, or by Postgres full-text search when Meilisearch is unavailable ' +
			'(`engine` says which). At most the first 1,000 results can be paged through.',
		access: 'public',
		query: searchQuerySchema(vocabulary.search),
		notes: {
			q: 'The words to look for, in any language (at most 200 characters). Empty lists everything.',
			per_page: 'How many to a page: 1 to 50, 10 by default.',
			facets:
				'1 to count the results by each filter’s values (`facets` in the answer). Counting ' +
				'costs more than the search itself: ask only when you show the counts.'
		},
		responses: {
			200: {
				description: 'The matches, and the facet counts when asked for.',
				schema: out.searchResultSchema,
				example: examples.searchResult
			},
			400: invalid,
			429: {
				description: 'Too many searches from this address: wait `retry_after` seconds.',
				schema: out.rateLimitedSchema,
				example: examples.rateLimited,
				headers: { 'Retry-After': 'Seconds to wait.' }
			}
		}
	},
	...mentorOperations(vocabulary),
	...calendarOperations(),
	{
		method: 'get',
		path: '/api/v1/me',
		operationId: 'getMe',
		tag: 'Account',
		summary: 'Who the API sees',
		description: "The signed-in user of the session cookie or the API token's owner.",
		access: 'signed-in',
		responses: {
			200: { description: 'The user.', schema: out.meSchema, example: examples.me },
			401: unauthorized
		}
	},
	{
		method: 'get',
		path: '/health',
		operationId: 'getHealth',
		tag: 'Service',
		summary: 'Health of the platform and its services',
		description:
			'For load balancers and monitoring. Without search the platform still works ' +
			'(degraded); without its database it answers 503.',
		access: 'public',
		responses: {
			200: {
				description: 'Up: ok, or degraded when search is down.',
				schema: out.healthSchema,
				example: examples.health
			},
			503: {
				description: 'The database is down.',
				schema: out.healthSchema,
				example: examples.healthDown
			}
		}
	},
	...invitationOperations(),
	...mentorshipOperations(),
	...sessionOperations(),
	...adoptionOperations(),
	...assessmentOperations(),
	...assessmentImportOperations(),
	...programmeOperations()
];
