// The programme reach report as GET /api/v1/programme/reach answers it: the shape the issue
// names, then the previous period's figures, the assessment comparison, the map's pairings and
// the demo counts. Built from the same ReachReport the page shows, so the two agree.
import type { PeriodFigures, ReachReport } from '$lib/reach/types';

/** The figures of one period that the API gives for both periods. */
function periodJson(figures: PeriodFigures) {
	const { mentor, mentee, total } = figures.cities_engaged;
	return {
		cities_engaged: { mentor, mentee, total },
		mentorships: { ...figures.mentorships },
		action_items: { ...figures.action_items }
	};
}

/** The JSON answer of GET /api/v1/programme/reach. */
export function reachJson(report: ReachReport) {
	const { summary, series, adoptions, gaps, map, assessment } = report;
	const current = periodJson(summary.current);
	const previous = periodJson(summary.previous);
	return {
		period: { from: summary.period.from, to: summary.period.to },
		cities_engaged: current.cities_engaged,
		mentorships: current.mentorships,
		sessions: series.sessions.map(({ month, mode, count }) => ({ month, mode, count })),
		practices: series.practices.map(({ month, language, count }) => ({ month, language, count })),
		adoption_funnel: adoptions.funnel.map(({ stage, count }) => ({ stage, count })),
		action_items: current.action_items,
		median_days: {
			to_acceptance: summary.median_days.to_acceptance,
			to_first_session: summary.median_days.to_first_session
		},
		unreached: { states: [...gaps.states], zones: [...gaps.zones] },
		previous: {
			period: { from: summary.period.previous_from, to: summary.period.previous_to },
			...previous,
			// Totals: the current period's are the sums of `sessions` and `practices`.
			sessions_held: summary.previous.sessions_held,
			practices_published: summary.previous.practices_published,
			adoption_funnel: adoptions.funnel.map(({ stage, previous }) => ({ stage, count: previous }))
		},
		assessment: assessment && {
			framework: assessment.framework,
			acronym: assessment.acronym,
			scheme: assessment.scheme ?? null,
			from_round: assessment.from_round ?? null,
			to_round: assessment.to_round ?? null,
			mentored: assessment.mentored ?? null,
			not_mentored: assessment.not_mentored ?? null,
			sample_values: assessment.sample_values ?? 0
		},
		map: {
			pairings: map.pairings.map(({ mentor, mentee, programme, status, from, to }) => ({
				mentor,
				mentee,
				programme,
				status,
				from,
				to
			}))
		},
		demo: { mentorships: summary.demo.mentorships, adoptions: summary.demo.adoptions }
	};
}

export type ReachJson = ReturnType<typeof reachJson>;
