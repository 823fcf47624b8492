// The answers of the Mentorships area of the API, as src/lib/server/mentorship/mentorship-json.ts
// builds them; the contract test checks real answers against them.
import * as v from 'valibot';
import { Constants } from '$lib/database.types';
import type { ReasonCode } from '../../mentorship/suggestion-types';
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

export const detailSchema = v.pipe(v.strictObject(mentorshipDetailEntries), v.title('Mentorship'));

export const pageSchema = v.pipe(
	v.strictObject({
		total: v.pipe(v.number(), v.integer(), v.minValue(0)),
		page: v.pipe(v.number(), v.integer(), v.minValue(1)),
		per_page: v.pipe(v.number(), v.integer(), v.minValue(1)),
		mentorships: v.array(mentorshipSummarySchema)
	}),
	v.title('MentorshipPage')
);

// What each reason code says; a Record, so a new reason cannot go undocumented.
export const reasonCodes: Record<ReasonCode, string> = {
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

export const suggestionsSchema = v.pipe(
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

export const writtenSchema = v.pipe(
	v.strictObject({ id: uuid, status }),
	v.title('MentorshipStatus')
);

export const conflictSchema = v.pipe(
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
