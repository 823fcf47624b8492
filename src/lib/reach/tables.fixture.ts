// A small reach report for the tables' and exports' unit tests: a few of every panel, including
// a formula-like name, a negative change and a language named in its own script.
import type { ReachReport } from './types';

const figures = (scale: number) => ({
	cities_engaged: {
		mentor: 3 * scale,
		mentee: 5 * scale,
		both: scale,
		total: 7 * scale,
		out_of: 100
	},
	mentorships: {
		active: 4 * scale,
		completed: scale,
		requested: 2 * scale,
		declined: 0,
		expired: 0
	},
	sessions_held: 12 * scale,
	action_items: { open: 2 * scale, on_time: 5 * scale, late: scale, overdue: scale },
	practices_published: 3 * scale,
	adoptions: { exploring: 4 * scale, planning: 2 * scale, piloting: scale }
});

export function sampleReport(detail = false): ReachReport {
	return {
		filters: { from: '2026-01-01', to: '2026-03-31' },
		summary: {
			period: {
				from: '2026-01-01',
				to: '2026-03-31',
				previous_from: '2025-10-03',
				previous_to: '2025-12-31'
			},
			current: figures(2),
			previous: figures(1),
			median_days: {
				to_acceptance: 4.5,
				to_acceptance_count: 6,
				to_first_session: null,
				to_first_session_count: 0
			},
			demo: { mentorships: 3, adoptions: 2 }
		},
		series: {
			sessions: [
				{ month: '2026-01', mode: 'online', count: 5 },
				{ month: '2026-01', mode: 'site_visit', count: 2 },
				{ month: '2026-03', mode: 'workshop', count: 1 }
			],
			practices: [
				{ month: '2026-02', language: 'gu', count: 2 },
				{ month: '2026-02', language: 'hi', count: 1 }
			]
		},
		adoptions: {
			funnel: [
				{ stage: 'exploring', count: 7, previous: 4 },
				{ stage: 'planning', count: 3, previous: 1 },
				{ stage: 'piloting', count: 1, previous: 0 },
				{ stage: 'implemented', count: 0, previous: 0 },
				{ stage: 'scaled', count: 0, previous: 0 }
			],
			dropped: 1,
			unverified_claims: 0
		},
		map: {
			cities: [
				{
					slug: 'rajkot',
					name: 'Rajkot',
					state: 'Gujarat',
					zone: 'western',
					latitude: 22.3,
					longitude: 70.8,
					in_scope: true,
					role: 'mentor'
				},
				{
					slug: 'sagar',
					name: 'Sagar',
					state: 'Madhya Pradesh',
					zone: 'central',
					latitude: 23.8,
					longitude: 78.7,
					in_scope: true,
					role: 'mentee'
				},
				{
					slug: 'kohima',
					name: 'Kohima',
					state: 'Nagaland',
					zone: 'north-eastern',
					latitude: 25.7,
					longitude: 94.1,
					in_scope: false,
					role: 'none'
				}
			],
			pairings: [
				{
					mentor: 'rajkot',
					mentee: 'sagar',
					programme: 'national-iccc',
					status: 'active',
					from: '2025-11-02',
					to: null
				}
			],
			states: [
				{ state: 'Gujarat', zone: 'western', cities: 6, engaged: 1 },
				{ state: 'Nagaland', zone: 'north-eastern', cities: 1, engaged: 0 }
			]
		},
		gaps: {
			states: ['Nagaland'],
			zones: ['north-eastern'],
			mentors_with_capacity: [
				{ name: '=HYPERLINK("x")', city: 'rajkot', city_name: 'Rajkot', capacity: 3, load: 1 }
			],
			waiting_requests: { count: 2, oldest_days: 19 }
		},
		assessment: {
			framework: 'ICCC Maturity Assessment Framework',
			acronym: 'IMAF',
			from_round: { slug: 'imaf-1', name: 'IMAF 1.0', on: '2023-01-01' },
			to_round: { slug: 'imaf-2', name: 'IMAF 2.0', on: '2025-01-01' },
			mentored: { cities: 12, average_change: 6.25 },
			not_mentored: { cities: 80, average_change: -1.04 }
		},
		detail: detail
			? {
					cities: [
						{
							slug: 'sagar',
							name: 'Sagar',
							state: 'Madhya Pradesh',
							sessions_held: 4,
							items_open: 2,
							items_overdue: 1,
							adoptions: 3,
							private_adoptions: 1
						}
					],
					waiting_requests: [
						{
							id: '00000000-0000-4000-8000-000000000001',
							mentor: 'rajkot',
							mentor_name: 'Rajkot',
							mentee: 'sagar',
							mentee_name: 'Sagar',
							status: 'requested',
							requested_at: '2026-03-12T09:30:00+05:30',
							days: 19
						}
					]
				}
			: null
	};
}
