// The Mentorships area of the API: asking for a mentor, the explained suggestions, the mentor's
// answer and the mentorships the caller may see. Request schemas are the ones the endpoints
// check; the answers (mentorship-schemas.ts) are what src/lib/server/mentorship/mentorship-json.ts builds.
import * as v from 'valibot';
import { decisionSchema, mentorshipRequestSchema } from '$lib/schemas/mentorship';
import { apiListQuerySchema, suggestionsQuerySchema } from '../../mentorship/queries';
import { forbidden, invalid, unauthorized, unsupported } from '../answers';
import type { Answer, Operation } from '../answers';
import * as examples from '../examples';
import { errorSchema } from '../schemas';
import {
	detailSchema,
	pageSchema,
	suggestionsSchema,
	writtenSchema,
	conflictSchema
} from './mentorship-schemas';
import { id, mentorId, summaryExample, requestExample } from './mentorship-examples';

/** The {id} in a mentorship's paths. */
const idParameter = {
	id: { description: "The mentorship's id.", schema: v.pipe(v.string(), v.uuid()) }
};

const notFound: Answer = {
	description: 'No mentorship has this id, or the caller may not see it (a request is private).',
	schema: errorSchema,
	example: { error: 'not_found', message: 'no mentorship has this id, or it is not visible to you' }
};

/** The Mentorships operations. */
export const mentorshipOperations = (): Operation[] => [
	{
		method: 'get',
		path: '/api/v1/mentor-suggestions',
		operationId: 'suggestMentors',
		tag: 'Mentorships',
		summary: 'Suggest mentors for a city',
		description:
			"The mentor officers who fit a city's topics best, best first (a mentor with no " +
			'place free comes last), each with the reasons for the score and their share of it, ' +
			'in the language of the `Accept-Language` header or the language cookie. One reason, ' +
			'`assessment-gaps` ("strong where you are weakest"), compares the two cities\' ' +
			'assessment scores on the weakest parameters of the mentee city and carries its ' +
			'`evidence`. `city` is required, and at least one sector or component. Only for the ' +
			'officers of that city and the admins.',
		access: 'signed-in',
		query: suggestionsQuerySchema(),
		notes: { city: "The mentee city's slug (required)." },
		responses: {
			200: {
				description: 'The ranked mentors.',
				schema: suggestionsSchema,
				example: {
					suggestions: [
						{
							mentor: {
								id: mentorId,
								name: 'Demo Mentor, Rajkot',
								city: { slug: 'rajkot', name: 'Rajkot' }
							},
							score: 71,
							full: false,
							reasons: [
								{ code: 'expertise', text: 'expert in Public safety', share: 0.31 },
								{
									code: 'assessment-gaps',
									text:
										'strong where you are weakest: Rajkot 82% in Team management and ' +
										'inter-departmental coordination (IMAF 2.0), where Sagar has 48% ' +
										'(sample values)',
									share: 0.12,
									evidence: [
										{
											parameter: {
												slug: 'team-management-and-inter-departmental-coordination',
												name_en: 'Team management and inter-departmental coordination',
												name_hi: 'टीम मैनेजमेंट और अंतर्विभागीय समन्वय'
											},
											framework: { slug: 'imaf', acronym: 'IMAF' },
											round: { slug: 'imaf-2-0', name_en: 'IMAF 2.0', name_hi: 'IMAF 2.0' },
											scheme: 'percentage',
											mentor_value: 82,
											mentee_value: 48,
											sample: true
										}
									]
								},
								{ code: 'capacity', text: '2 of 3 places free', share: 0.06 }
							]
						}
					]
				}
			},
			400: invalid,
			401: unauthorized,
			403: {
				description: 'Suggestions are for the officers of that city and the admins.',
				schema: errorSchema,
				example: examples.forbidden
			}
		}
	},
	{
		method: 'get',
		path: '/api/v1/mentorships',
		operationId: 'listMentorships',
		tag: 'Mentorships',
		summary: 'List mentorships',
		description:
			'Newest first, filtered and paged. The public sees running and past pairings; ' +
			"officers also their own city's requests, proposals and refusals; admins all.",
		access: 'public',
		query: apiListQuerySchema(),
		notes: {
			city: 'A city slug: mentorships in which it mentors or is mentored.',
			per_page: 'How many to a page: 1 to 100, 20 by default.'
		},
		responses: {
			200: {
				description: 'One page of mentorships.',
				schema: pageSchema,
				example: { total: 1, page: 1, per_page: 20, mentorships: [summaryExample] }
			},
			400: invalid
		}
	},
	{
		method: 'post',
		path: '/api/v1/mentorships',
		operationId: 'requestMentorship',
		tag: 'Mentorships',
		summary: 'Ask a mentor for help, or propose a pairing',
		description:
			'A member or mentor of `mentee_city` asks a mentor of another city for help (status ' +
			'`requested`); from an admin, the pairing is proposed (`proposed`). The mentor is ' +
			'mailed, and answers within 10 days or the request expires.',
		access: 'signed-in',
		body: { schema: mentorshipRequestSchema, example: requestExample },
		responses: {
			201: {
				description: 'Created. `Location` is its URL in the API.',
				schema: writtenSchema,
				example: { id, status: 'requested' },
				headers: { Location: 'The new mentorship in the API.' }
			},
			400: invalid,
			401: unauthorized,
			403: forbidden,
			409: {
				description: 'The two cities already have an open request or a running mentorship.',
				schema: conflictSchema,
				example: {
					error: 'conflict',
					message: 'Your city already has an open request to this mentor’s city.',
					reason: 'already_open'
				}
			},
			415: unsupported
		}
	},
	{
		method: 'get',
		path: '/api/v1/mentorships/{id}',
		operationId: 'getMentorship',
		tag: 'Mentorships',
		pathParameters: idParameter,
		summary: 'Get a mentorship',
		description:
			'The pairing for anyone who may see it; for its two cities and the admins also the ' +
			'need, the answer, the timeline of status changes, the officers with their periods, ' +
			'the goals, the sessions and the action items.',
		access: 'public',
		responses: {
			200: {
				description: 'The mentorship.',
				schema: detailSchema,
				example: {
					...summaryExample,
					source_url: null,
					requested_at: '2026-10-28T09:12:00.000Z',
					decided_at: '2026-11-02T06:40:00.000Z',
					need: 'We want to link the cameras of shops and schools to our command centre.',
					decision_reason: 'Welcome!',
					closing_summary: null,
					events: [
						{ status: 'requested', at: '2026-10-28T09:12:00.000Z', by: null, note: null },
						{
							status: 'active',
							at: '2026-11-02T06:40:00.000Z',
							by: { id: mentorId, name: 'Demo Mentor, Rajkot' },
							note: 'Welcome!'
						}
					],
					officers: [
						{
							user: { id: mentorId, name: 'Demo Mentor, Rajkot', designation: 'Director IT' },
							side: 'mentor',
							is_lead: true,
							started_at: '2026-11-02T06:40:00.000Z',
							ended_at: null,
							ended_reason: null
						}
					]
				}
			},
			400: invalid,
			404: notFound
		}
	},
	{
		method: 'post',
		path: '/api/v1/mentorships/{id}/decision',
		operationId: 'decideMentorship',
		tag: 'Mentorships',
		pathParameters: idParameter,
		summary: 'Accept or decline a request',
		description:
			'A mentor of the mentor city (or an admin, for the mentor the request names) accepts, ' +
			'and leads the mentorship, or declines with a `reason`. The city that asked is mailed.',
		access: 'signed-in',
		body: { schema: decisionSchema, example: { decision: 'decline', reason: 'No time now.' } },
		responses: {
			200: {
				description: 'Answered: the mentorship is active, or declined.',
				schema: writtenSchema,
				example: { id, status: 'active' }
			},
			400: invalid,
			401: unauthorized,
			403: forbidden,
			404: notFound,
			409: {
				description:
					'No longer open (`status` says what it is), or the mentor has no place free ' +
					'(`capacity`).',
				schema: conflictSchema,
				example: {
					error: 'conflict',
					message: 'The mentor already leads 3 mentee cities, their capacity.',
					reason: 'full',
					capacity: 3
				}
			},
			415: unsupported
		}
	}
];
