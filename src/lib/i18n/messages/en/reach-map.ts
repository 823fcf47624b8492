// Strings of the map of India on the reach dashboard: the map itself (title, description,
// legends, markers, attribution) and the tables beside it.
export const reachMap = {
	'reachMap.title': 'Map of India: where the programme reaches',
	'reachMap.desc.cities': {
		one: '{count} of {outOf} smart cities is engaged as a mentor or a mentee.',
		other: '{count} of {outOf} smart cities are engaged as mentors or mentees.'
	},
	'reachMap.desc.pairings': {
		one: '{count} pairing joins a mentor city to a mentee city.',
		other: '{count} pairings join mentor cities to mentee cities.'
	},
	'reachMap.desc.shading':
		'States are shaded by how many of their cities are engaged. The tables beside the map give the same figures.',
	'reachMap.desc.scope': 'Cities outside the chosen zonal council or state are drawn faint.',
	'reachMap.role.mentor': 'Mentor city',
	'reachMap.role.mentee': 'Mentee city',
	'reachMap.role.both': 'Mentor and mentee',
	'reachMap.role.none': 'Not yet engaged',
	'reachMap.roleWords.mentor': 'mentors another city',
	'reachMap.roleWords.mentee': 'is mentored by another city',
	'reachMap.roleWords.both': 'mentors another city and is mentored',
	'reachMap.roleWords.none': 'not yet engaged',
	'reachMap.cityTitle': '{city}: {role}',
	'reachMap.cityTitleOutOfScope': '{city}: {role} (outside the filter)',
	'reachMap.smallAreaTitle': '{name}: too small to see at this size',
	'reachMap.stateTitle': '{state}: {engaged} of {cities} smart cities engaged',
	'reachMap.legend.roles': 'Cities',
	'reachMap.legend.shading': 'Engaged cities in the state',
	'reachMap.legend.pairing': 'Mentor city to mentee city',
	'reachMap.legend.outOfScope': 'Outside the filter',
	'reachMap.legend.smallArea': 'State or UT too small to see',
	'reachMap.level.exact': '{min}',
	'reachMap.level.range': '{min}–{max}',
	'reachMap.level.atLeast': '{min} or more',
	'reachMap.attribution':
		'State boundaries: DataMeet India community ({link}, CC0), drawn from Election Commission of India constituency maps; the external boundary was checked against the Survey of India outline.',
	'reachMap.disclaimer':
		'Boundaries are indicative. This is not an authenticated Survey of India map.',

	'reachMap.table.states': 'Smart cities and engaged cities by state',
	'reachMap.table.cities': 'Each city and its role',
	'reachMap.table.pairings': 'Pairings: each mentor city and its mentee cities',
	'reachMap.table.state': 'State or UT',
	'reachMap.table.zone': 'Zonal council',
	'reachMap.table.smartCities': 'Smart cities',
	'reachMap.table.engaged': 'Engaged',
	'reachMap.table.total': 'Total',
	'reachMap.table.city': 'City',
	'reachMap.table.role': 'Role',
	'reachMap.table.mentor': 'Mentor city',
	'reachMap.table.mentee': 'Mentee city',
	'reachMap.table.mentees': 'Mentee cities',
	'reachMap.table.pairingCount': 'Pairings',
	'reachMap.table.programme': 'Programme',
	'reachMap.table.dates': 'From – to',
	'reachMap.table.noPairings': 'No pairing ran in this period.',
	'reachMap.table.outOfScope': 'outside the filter'
} as const;
