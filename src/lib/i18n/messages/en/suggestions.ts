// Why a mentor is suggested (reasonText in $lib/server/mentorship/suggestions.ts). Each reason
// is a phrase under the mentor's name and city: the officer, or the officer's city, is the one
// who knows, runs, speaks; “this city” is the city asking for a mentor.
export const suggestions = {
	'suggestions.reason.expertise': 'expert in {topics}',
	'suggestions.reason.componentsInUse': 'runs {components}',
	'suggestions.reason.componentsInUseSince':
		'runs {components}, in a command centre working since {year}',
	'suggestions.reason.practices': {
		one: '{count} published practice on {topics}',
		other: '{count} published practices on {topics}'
	},
	// The mentee city's weakest assessment parameters where the mentor city scores well; {gaps}
	// is one or two gapFirst/gapNext clauses and perhaps gapsMore, joined by “; ”.
	'suggestions.reason.assessmentGaps': 'strong where you are weakest: {gaps}',
	'suggestions.reason.gapFirst':
		'{city} {value} in {parameter} ({round}), where {mentee} has {menteeValue}',
	'suggestions.reason.gapNext':
		'{value} in {parameter} ({round}), where {mentee} has {menteeValue}',
	'suggestions.reason.gapsMore': { one: 'ahead on {count} more', other: 'ahead on {count} more' },
	'suggestions.reason.gapsSample': '{text} (sample values)',
	'suggestions.value.percentage': '{value}%',
	'suggestions.value.level': 'level {value}',
	'suggestions.value.stars': { one: '{count} star', other: '{count} stars' },
	'suggestions.reason.zoneAndDistance': 'same {zone} zonal council, {km} km away',
	'suggestions.reason.zone': 'same {zone} zonal council',
	'suggestions.reason.distance': '{km} km away',
	'suggestions.reason.language': 'speaks {language}',
	'suggestions.reason.trait.capital': 'both are state or union territory capitals',
	'suggestions.reason.trait.coastal': 'both are on the coast',
	'suggestions.reason.trait.hill': 'both are hill cities',
	'suggestions.reason.trait.island': 'both are on islands',
	'suggestions.reason.trait.pilgrimage': 'both are pilgrimage centres',
	'suggestions.reason.capacity': {
		one: '{free} of {count} place free',
		other: '{free} of {count} places free'
	},
	'suggestions.reason.full': 'no places free',
	'suggestions.reason.alreadyWorkingTogether': 'already works with this city'
} as const;
