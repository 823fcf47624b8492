// An example of the programme reach answer, shaped like the demo data.

export const reachExample = {
	period: { from: '2025-12-03', to: '2026-12-02' },
	cities_engaged: { mentor: 1, mentee: 1, total: 2 },
	mentorships: { active: 1, completed: 0, requested: 2, declined: 0, expired: 0 },
	sessions: [{ month: '2026-11', mode: 'online', count: 1 }],
	practices: [
		{ month: '2026-11', language: 'en', count: 4 },
		{ month: '2026-11', language: 'hi', count: 2 }
	],
	adoption_funnel: [
		{ stage: 'exploring', count: 2 },
		{ stage: 'planning', count: 2 },
		{ stage: 'piloting', count: 1 },
		{ stage: 'implemented', count: 1 },
		{ stage: 'scaled', count: 0 }
	],
	action_items: { open: 0, on_time: 1, late: 0, overdue: 1 },
	median_days: { to_acceptance: 3, to_first_session: 6.5 },
	unreached: { states: ['Goa', 'Sikkim'], zones: ['north-eastern'] },
	previous: {
		period: { from: '2024-12-03', to: '2025-12-02' },
		cities_engaged: { mentor: 0, mentee: 0, total: 0 },
		mentorships: { active: 0, completed: 0, requested: 0, declined: 0, expired: 0 },
		action_items: { open: 0, on_time: 0, late: 0, overdue: 0 },
		sessions_held: 0,
		practices_published: 0,
		adoption_funnel: [
			{ stage: 'exploring', count: 1 },
			{ stage: 'planning', count: 0 },
			{ stage: 'piloting', count: 0 },
			{ stage: 'implemented', count: 0 },
			{ stage: 'scaled', count: 0 }
		]
	},
	assessment: {
		framework: 'imaf',
		acronym: 'IMAF',
		scheme: 'percentage',
		from_round: { slug: 'imaf-1-0', name: 'IMAF 1.0', on: '2023-01-01' },
		to_round: { slug: 'imaf-2-0', name: 'IMAF 2.0', on: '2024-06-27' },
		mentored: { cities: 1, average_change: 8.5 },
		not_mentored: { cities: 12, average_change: 4.2 },
		sample_values: 26
	},
	map: {
		pairings: [
			{
				mentor: 'rajkot',
				mentee: 'sagar',
				programme: 'national-iccc-mentorship',
				status: 'active',
				from: '2026-10-26',
				to: null
			}
		]
	},
	demo: { mentorships: 2, adoptions: 1 }
};
