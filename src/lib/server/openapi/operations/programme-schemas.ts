// The answer of GET /api/v1/programme/reach, as src/lib/server/reach/api-json.ts builds it; the
// contract test checks real answers against it.
import * as v from 'valibot';
import { Constants } from '$lib/database.types';
import { zones } from '$lib/cities';

const text = v.string();
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const day = v.pipe(v.string(), v.isoDate(), v.description('A calendar day, YYYY-MM-DD.'));
const month = v.pipe(
	v.string(),
	v.regex(/^\d{4}-\d{2}$/),
	v.description('A month in India Standard Time, YYYY-MM.')
);
const slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
const period = v.strictObject({ from: day, to: day });
const stage = v.picklist(Constants.public.Enums.adoption_stage.filter((s) => s !== 'dropped'));

const citiesEngaged = v.pipe(
	v.strictObject({ mentor: count, mentee: count, total: count }),
	v.description(
		'Cities in scope that mentor, are mentored, or either (a city doing both counts once in ' +
			'total) in a mentorship that ran at some point in the period.'
	)
);
const mentorships = v.pipe(
	v.strictObject({
		active: count,
		completed: count,
		requested: count,
		declined: count,
		expired: count
	}),
	v.description(
		'active (paused too) and completed: engaged in the period, by their state at its end; ' +
			'requested: asked for in the period; declined and expired: decided in the period.'
	)
);
const actionItems = v.pipe(
	v.strictObject({ open: count, on_time: count, late: count, overdue: count }),
	v.description(
		'Action items due in the period (dropped ones left out): open and not yet due, done by ' +
			'their due day, done after it, and open past it.'
	)
);
const funnel = v.pipe(
	v.array(v.strictObject({ stage, count })),
	v.description(
		"Adoptions that had reached at least each stage by the period's end, exploring to " +
			'scaled; a claim of implemented or scaled counts once verified.'
	)
);
const median = v.pipe(
	v.nullable(v.number()),
	v.description('In days, to one decimal; empty when nothing in the period was measured.')
);
const group = v.nullable(
	v.strictObject({
		cities: count,
		average_change: v.pipe(
			v.nullable(v.number()),
			v.description('The average change of the overall result, on a 0–100 scale.')
		)
	})
);
const round = v.nullable(v.strictObject({ slug, name: text, on: day }));

export const reachSchema = v.pipe(
	v.strictObject({
		period: v.pipe(period, v.description('The period, inclusive, in India Standard Time.')),
		cities_engaged: citiesEngaged,
		mentorships,
		sessions: v.pipe(
			v.array(
				v.strictObject({
					month,
					mode: v.picklist(Constants.public.Enums.session_mode),
					count
				})
			),
			v.description('Sessions held in the period, per month and mode.')
		),
		practices: v.pipe(
			v.array(
				v.strictObject({
					month,
					language: v.pipe(text, v.description('A BCP 47 language tag.')),
					count
				})
			),
			v.description(
				'Practices published in the period (archived since, too), per month and language.'
			)
		),
		adoption_funnel: funnel,
		action_items: actionItems,
		median_days: v.pipe(
			v.strictObject({ to_acceptance: median, to_first_session: median }),
			v.description(
				'From request to acceptance (accepted in the period), and from acceptance to the ' +
					'first session held (held in the period).'
			)
		),
		unreached: v.pipe(
			v.strictObject({ states: v.array(text), zones: v.array(v.picklist(zones)) }),
			v.description('States and zonal councils in scope with no engaged city.')
		),
		previous: v.pipe(
			v.strictObject({
				period,
				cities_engaged: citiesEngaged,
				mentorships,
				action_items: actionItems,
				sessions_held: count,
				practices_published: count,
				adoption_funnel: funnel
			}),
			v.description('The same figures for the period of the same length just before.')
		),
		assessment: v.pipe(
			v.nullable(
				v.strictObject({
					framework: slug,
					acronym: text,
					scheme: v.nullable(v.picklist(Constants.public.Enums.score_scheme)),
					from_round: round,
					to_round: round,
					mentored: group,
					not_mentored: group,
					sample_values: v.pipe(
						count,
						v.description('How many of the values compared are generated samples (the demo).')
					)
				})
			),
			v.description(
				'Mentored against not-mentored cities in scope: the average change between two rounds ' +
					'of a framework. It shows association, not cause. Empty when no framework has two ' +
					'rounds with results; the rounds and groups empty when the framework lacks two.'
			)
		),
		map: v.strictObject({
			pairings: v.pipe(
				v.array(
					v.strictObject({
						mentor: slug,
						mentee: slug,
						programme: slug,
						status: v.picklist(Constants.public.Enums.mentorship_status),
						from: day,
						to: v.nullable(day)
					})
				),
				v.description('Every pairing engaged in the period: mentor city to mentee city, by slug.')
			)
		}),
		demo: v.pipe(
			v.strictObject({ mentorships: count, adoptions: count }),
			v.description('Demo data of a local stack among the figures; 0 on a real deployment.')
		)
	}),
	v.title('ProgrammeReach')
);
