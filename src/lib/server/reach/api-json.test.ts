import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { reachSchema } from '../openapi/operations/programme-schemas';
import { reachExample } from '../openapi/operations/programme-examples';
import { reachJson } from './api-json';
import type { PeriodFigures, ReachReport } from '$lib/reach/types';

const figures = (n: number): PeriodFigures => ({
	cities_engaged: { mentor: n, mentee: n + 1, both: 1, total: 2 * n, out_of: 100 },
	mentorships: { active: n, completed: 1, requested: 2, declined: 0, expired: 1 },
	sessions_held: 10 * n,
	action_items: { open: 1, on_time: n, late: 2, overdue: 0 },
	practices_published: 3 * n,
	adoptions: { exploring: n }
});

const report: ReachReport = {
	filters: { programme: 'national-iccc-mentorship', from: '2025-01-01', to: '2025-06-30' },
	summary: {
		period: {
			from: '2025-01-01',
			to: '2025-06-30',
			previous_from: '2024-07-04',
			previous_to: '2024-12-31'
		},
		current: figures(4),
		previous: figures(2),
		median_days: {
			to_acceptance: 7,
			to_acceptance_count: 2,
			to_first_session: null,
			to_first_session_count: 0
		},
		demo: { mentorships: 1, adoptions: 0 }
	},
	series: {
		sessions: [{ month: '2025-01', mode: 'online', count: 3 }],
		practices: [{ month: '2025-02', language: 'hi', count: 1 }]
	},
	adoptions: {
		funnel: [
			{ stage: 'exploring', count: 4, previous: 2 },
			{ stage: 'planning', count: 3, previous: 1 }
		],
		dropped: 1,
		unverified_claims: 0
	},
	map: {
		cities: [],
		pairings: [
			{
				mentor: 'rajkot',
				mentee: 'sagar',
				programme: 'national-iccc-mentorship',
				status: 'active',
				from: '2025-01-15',
				to: null
			}
		],
		states: []
	},
	gaps: {
		states: ['Goa'],
		zones: ['western'],
		mentors_with_capacity: [],
		waiting_requests: { count: 1, oldest_days: 12 }
	},
	assessment: { framework: 'imaf', acronym: 'IMAF' },
	detail: null
};

describe('reachJson', () => {
	it("answers the issue's shape with the figures of the report", () => {
		const json = reachJson(report);
		expect(json).toMatchObject({
			period: { from: '2025-01-01', to: '2025-06-30' },
			cities_engaged: { mentor: 4, mentee: 5, total: 8 },
			mentorships: { active: 4, completed: 1, requested: 2, declined: 0, expired: 1 },
			sessions: [{ month: '2025-01', mode: 'online', count: 3 }],
			practices: [{ month: '2025-02', language: 'hi', count: 1 }],
			adoption_funnel: [
				{ stage: 'exploring', count: 4 },
				{ stage: 'planning', count: 3 }
			],
			action_items: { open: 1, on_time: 4, late: 2, overdue: 0 },
			median_days: { to_acceptance: 7, to_first_session: null },
			unreached: { states: ['Goa'], zones: ['western'] }
		});
		// Only what the issue names: no `both` or `out_of`, no counts behind the medians.
		expect(Object.keys(json.cities_engaged)).toEqual(['mentor', 'mentee', 'total']);
		expect(Object.keys(json.median_days)).toEqual(['to_acceptance', 'to_first_session']);
	});

	it('adds the previous period, the comparison, the pairings and the demo counts', () => {
		const json = reachJson(report);
		expect(json.previous).toEqual({
			period: { from: '2024-07-04', to: '2024-12-31' },
			cities_engaged: { mentor: 2, mentee: 3, total: 4 },
			mentorships: { active: 2, completed: 1, requested: 2, declined: 0, expired: 1 },
			action_items: { open: 1, on_time: 2, late: 2, overdue: 0 },
			sessions_held: 20,
			practices_published: 6,
			adoption_funnel: [
				{ stage: 'exploring', count: 2 },
				{ stage: 'planning', count: 1 }
			]
		});
		// A framework without two rounds: every part of the comparison present, and empty.
		expect(json.assessment).toEqual({
			framework: 'imaf',
			acronym: 'IMAF',
			scheme: null,
			from_round: null,
			to_round: null,
			mentored: null,
			not_mentored: null,
			sample_values: 0
		});
		expect(json.map.pairings).toEqual(report.map.pairings);
		expect(json.demo).toEqual({ mentorships: 1, adoptions: 0 });
		expect(reachJson({ ...report, assessment: null }).assessment).toBeNull();
	});

	it("answers the issue's fields first, then the additional ones", () => {
		expect(Object.keys(reachJson(report))).toEqual([
			'period',
			'cities_engaged',
			'mentorships',
			'sessions',
			'practices',
			'adoption_funnel',
			'action_items',
			'median_days',
			'unreached',
			'previous',
			'assessment',
			'map',
			'demo'
		]);
	});

	it('answers as the OpenAPI document describes, as does its example', () => {
		expect(v.safeParse(reachSchema, reachJson(report)).issues).toBeUndefined();
		expect(v.safeParse(reachSchema, reachExample).issues).toBeUndefined();
		const wrong = { ...reachJson(report), cities_engaged: { mentor: 1, mentee: 1 } };
		expect(v.safeParse(reachSchema, wrong).success).toBe(false);
	});
});
