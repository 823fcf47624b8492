// The Mentorships area of the API: asking for a mentor, the explained suggestions, the mentor's
// answer and the mentorships the caller may see. Request schemas are the ones the endpoints
// check; the answers below are what src/lib/server/mentorship/mentorship-json.ts builds.
import * as v from 'valibot';
import { Constants } from '$lib/database.types';
import { decisionSchema, mentorshipRequestSchema } from '$lib/schemas/mentorship';
import { apiListQuerySchema, suggestionsQuerySchema } from '../../mentorship/queries';
import type { ReasonCode } from '../../mentorship/suggestion-types';
import { forbidden, invalid, unauthorized, unsupported } from '../answers';
import type { Answer, Operation } from '../answers';
import * as examples from '../examples';
import { errorSchema } from '../schemas';
import { actionItemOutSchema, goalOutSchema, sessionOutSchema } from './sessions';

const text = v.string();
const nullableText = v.nullable(v.string());
const uuid = v.pipe(v.string(), v.uuid());
const timestamp = v.pipe(v.string(), v.description('An ISO 8601 timestamp with its offset.'));
const day = v.pipe(v.string(), v.isoDate(), v.description('A calendar day, YYYY-MM-DD.'));
const status = v.picklist(Constants.public.Enums.mentorship_status);
const cityRef = v.strictObject({ slug: text, name: text });

const summaryEntries = {
	id: uuid,
	programme: v.pipe(text, v.description("The programme's slug.")),
	mentor_city: cityRef,
	mentee_city: cityRef,
	mentor: v.pipe(
		v.nullable(v.strictObject({ id: uuid, name: text })),
		v.description(
			'The lead mentor, where the caller may see their profile. Historical pairings name ' +
				'cities, not officers.'
		)
	),
	status,
	sectors: v.array(text),
	components: v.array(text),
	started_on: v.nullable(day),
	ended_on: v.nullable(day),
	next_session: v.pipe(
		v.nullable(timestamp),
		v.description(
			'When the next scheduled session starts, for those who may read the mentorship; else null.'
		)
	)
};

export const mentorshipSummarySchema = v.pipe(
	v.strictObject(summaryEntries),
	v.title('MentorshipSummary')
);

/**
 * One mentorship. The private fields are there only for its two cities and the admins. Other
 * parts of a mentorship (goals, sessions, action items) add their entries here.
 */
export const mentorshipDetailEntries = {
	...summaryEntries,
	source_url: v.pipe(nullableText, v.description('Where a historical pairing is published.')),
	requested_at: v.optional(v.nullable(timestamp)),
	decided_at: v.optional(v.nullable(timestamp)),
	need: v.optional(v.pipe(text, v.description('What the mentee city needs, in Markdown.'))),
	decision_reason: v.optional(nullableText),
	closing_summary: v.optional(nullableText),
	events: v.optional(
		v.pipe(
			v.array(
				v.strictObject({
					status,
					at: timestamp,
					by: v.nullable(v.strictObject({ id: uuid, name: nullableText })),
					note: nullableText
				})
			),
			v.description('Every status change, oldest first.')
		)
	),
	officers: v.optional(
		v.pipe(
			v.array(
				v.strictObject({
					user: v.strictObject({ id: uuid, name: nullableText, designation: nullableText }),
					side: v.picklist(Constants.public.Enums.mentorship_side),
					is_lead: v.boolean(),
					started_at: timestamp,
					ended_at: v.nullable(timestamp),
					ended_reason: nullableText
				})
			),
			v.description(
				'The officers on each side with their periods; a period ends, it is never removed.'
			)
		)
	),
	goals: v.optional(v.pipe(v.array(goalOutSchema), v.description('The goals, oldest first.'))),
	sessions: v.optional(
		v.pipe(v.array(sessionOutSchema), v.description('The sessions, by their start.'))
	),
	action_items: v.optional(
		v.pipe(v.array(actionItemOutSchema), v.description('The action items, by their due date.'))
	)
};

const detailSchema = v.pipe(v.strictObject(mentorshipDetailEntries), v.title('Mentorship'));

const pageSchema = v.pipe(
	v.strictObject({
		total: v.pipe(v.number(), v.integer(), v.minValue(0)),
		page: v.pipe(v.number(), v.integer(), v.minValue(1)),
		per_page: v.pipe(v.number(), v.integer(), v.minValue(1)),
		mentorships: v.array(mentorshipSummarySchema)
	}),
	v.title('MentorshipPage')
);

// What each reason code says; a Record, so a new reason cannot go undocumented.
const reasonCodes: Record<ReasonCode, string> = {
	full: 'no place free (share 0)',
	'already-working-together': 'the two cities already work together (a negative share)',
	expertise: "the officer's expertise covers topics asked",
	'components-in-use': 'the mentor city runs ICCC components asked',
	practices: 'the mentor city has published practices on the topics',
	'assessment-gaps':
		"strong where you are weakest: the mentor city scores better on the mentee city's " +
		'weakest assessment parameters (with `evidence`)',
	'zone-distance': 'the same zonal council, and the distance',
	language: 'a language the officer speaks that the mentee city speaks',
	'shared-trait': 'a trait both cities share (capital, coastal, hill, island, pilgrimage)',
	capacity: 'places free'
};

const gapEvidenceSchema = v.pipe(
	v.strictObject({
		parameter: v.strictObject({ slug: text, name_en: text, name_hi: text }),
		framework: v.strictObject({ slug: text, acronym: text }),
		round: v.strictObject({ slug: text, name_en: text, name_hi: nullableText }),
		scheme: v.picklist(Constants.public.Enums.score_scheme),
		mentor_value: v.pipe(v.number(), v.description("The mentor city's value, in the scheme.")),
		mentee_value: v.pipe(v.number(), v.description("The mentee city's value, in the scheme.")),
		sample: v.pipe(
			v.boolean(),
			v.description('Either value is a generated sample (demo data), not a published figure.')
		)
	}),
	v.description(
		"One of the mentee city's three weakest parameters in the latest round of a framework " +
			'(public rounds; private ones for admins) on which the mentor city leads by 10 points ' +
			'or more of the 0–1 scale (percentage/100, level/5, stars/5).'
	)
);

const suggestionsSchema = v.pipe(
	v.strictObject({
		suggestions: v.array(
			v.strictObject({
				mentor: v.strictObject({ id: uuid, name: text, city: cityRef }),
				score: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
				full: v.pipe(v.boolean(), v.description('No places free: ranked after the others.')),
				reasons: v.array(
					v.strictObject({
						code: v.pipe(
							v.picklist(Object.keys(reasonCodes) as ReasonCode[]),
							v.description(
								Object.entries(reasonCodes)
									.map(([code, meaning]) => `${code}: ${meaning}`)
									.join('; ')
							)
						),
						text: v.pipe(text, v.description("The reason in the caller's language.")),
						share: v.pipe(
							v.number(),
							v.description("The reason's share of the score, 0 to 1; negative for a penalty.")
						),
						evidence: v.optional(
							v.pipe(
								v.array(gapEvidenceSchema),
								v.description('For assessment-gaps: the parameters, largest lead first.')
							)
						)
					})
				)
			})
		)
	}),
	v.title('MentorSuggestions')
);

const writtenSchema = v.pipe(v.strictObject({ id: uuid, status }), v.title('MentorshipStatus'));

const conflictSchema = v.pipe(
	v.strictObject({
		error: text,
		message: text,
		reason: v.pipe(
			v.picklist(['already_open', 'not_open', 'full']),
			v.description(
				'already_open: the two cities have an open request or a running mentorship; ' +
					'not_open: answered, withdrawn or expired; full: the mentor has no place free.'
			)
		),
		status: v.optional(status),
		capacity: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)))
	}),
	v.title('MentorshipConflict')
);

/** The {id} in a mentorship's paths. */
const idParameter = {
	id: { description: "The mentorship's id.", schema: v.pipe(v.string(), v.uuid()) }
};

const notFound: Answer = {
	description: 'No mentorship has this id, or the caller may not see it (a request is private).',
	schema: errorSchema,
	example: { error: 'not_found', message: 'no mentorship has this id, or it is not visible to you' }
};

const id = '6f1c1f8e-4b7a-4c2e-9d51-3a0e1d2b7c40';
const mentorId = '2d9e0c55-1f0a-4a8e-b9b4-7c1d6e5f3a21';
const summaryExample = {
	id,
	programme: 'national-iccc-mentorship',
	mentor_city: { slug: 'rajkot', name: 'Rajkot' },
	mentee_city: { slug: 'sagar', name: 'Sagar' },
	mentor: { id: mentorId, name: 'Demo Mentor, Rajkot' },
	status: 'active',
	sectors: ['public-safety'],
	components: ['cctv-surveillance'],
	started_on: '2026-11-02',
	ended_on: null,
	next_session: '2026-12-08T05:30:00.000Z'
};
const requestExample = {
	mentee_city: 'sagar',
	mentor_id: mentorId,
	sectors: ['public-safety'],
	components: ['cctv-surveillance'],
	need: 'We want to link the cameras of shops and schools to our command centre.'
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
