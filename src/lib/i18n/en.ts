// English messages. Every UI string goes through here; hi.ts must have the same keys (the type
// checker enforces it). `{name}` marks a value filled in at run time.
export const en = {
	'site.name': 'CitySetu',
	'site.tagline': 'Smart cities learning from each other',
	'site.description':
		'CitySetu connects the mentor cities of India’s Smart Cities Mission with the cities they help, and shares what works in command centres and digital services.',
	'nav.label': 'Main',
	'nav.home': 'Home',
	'nav.cities': 'Cities',
	'nav.skip': 'Skip to main content',
	'language.label': 'Language',
	'language.switchHint': 'Switch to Hindi',
	'footer.mission':
		'A knowledge-sharing platform for the Smart Cities Mission, Government of India.',
	'footer.health': 'Service status',

	'home.title': 'Cities helping cities build better command centres',
	'home.intro':
		'Twelve model cities lend their officers as mentors to the other smart cities. CitySetu pairs them, keeps their case studies and playbooks searchable in Indian languages, and shows the Mission how far the programme reaches.',
	'home.browse': 'Browse the 100 smart cities',
	'home.figures': 'The programme in figures',
	'home.figure.cities': 'Mission cities',
	'home.figure.states': 'States and union territories',
	'home.figure.iccc': 'Command centres documented',
	'home.figure.components': 'ICCC components catalogued',
	'home.audience': 'Who CitySetu is for',
	'home.audience.mentors': 'Mentor officers',
	'home.audience.mentorsText':
		'Publish playbooks from your city’s experience and log sessions with the cities you mentor.',
	'home.audience.cities': 'City IT and ICCC teams',
	'home.audience.citiesText':
		'Find how other cities solved the problem in front of you, in your language, and record what you adopt.',
	'home.audience.mission': 'Mission staff',
	'home.audience.missionText':
		'Follow pairings, sessions and adoptions across zones and states as the programme grows.',
	'home.practices': 'Practices other cities learn from',
	'home.practice.rajkot':
		'One command centre running ten city systems, from traffic signals to water SCADA.',
	'home.practice.bilaspur':
		'A digital library that pays for itself, and first place for inter-departmental coordination in IMAF 2.0.',
	'home.practice.thane':
		'A memorandum of cooperation with Japan’s infrastructure ministry on smart-city innovation.',
	'home.practice.kanpur':
		'Safe City: cameras of shops, hotels, petrol pumps and buses linked into the ICCC.',
	'home.practice.sagar': 'The ICCC turned into the district’s COVID-19 control room.',

	'cities.title': 'Smart cities',
	'cities.intro':
		'All 100 cities of the Smart Cities Mission. Narrow the list by state, zonal council or the round in which a city was selected.',
	'cities.filters': 'Filter cities',
	'cities.filter.state': 'State or union territory',
	'cities.filter.zone': 'Zonal council',
	'cities.filter.round': 'Selection round',
	'cities.filter.any': 'All',
	'cities.filter.apply': 'Apply filters',
	'cities.filter.clear': 'Clear filters',
	'cities.count': { one: '{count} city', other: '{count} cities' },
	'cities.empty': 'No city matches these filters.',
	'cities.emptyHint': 'Try another state or clear the filters.',
	'cities.invalidFilter': 'The filter “{value}” is not known, so it was ignored.',
	'cities.column.city': 'City',
	'cities.column.state': 'State or UT',
	'cities.column.zone': 'Zonal council',
	'cities.column.round': 'Round',
	'cities.withdrawn': 'withdrawn',

	'zone.northern': 'Northern',
	'zone.western': 'Western',
	'zone.southern': 'Southern',
	'zone.eastern': 'Eastern',
	'zone.north-eastern': 'North Eastern',
	'zone.central': 'Central',
	'round.round-1': 'Round 1 (January 2016)',
	'round.fast-track': 'Fast Track (May 2016)',
	'round.round-2': 'Round 2 (September 2016)',
	'round.round-3': 'Round 3 (June 2017)',
	'round.round-4': 'Round 4 (2018)',

	'pagination.label': 'Pages',
	'pagination.previous': 'Previous page',
	'pagination.next': 'Next page',
	'pagination.status': 'Page {page} of {pages}',

	'city.back': 'All cities',
	'city.localName': 'Local name',
	'city.state': 'State or union territory',
	'city.zone': 'Zonal council',
	'city.round': 'Selected in',
	'city.coordinates': 'Location',
	'city.map': 'View on OpenStreetMap',
	'city.spv': 'Special purpose vehicle',
	'city.withdrawn': 'This city withdrew from the Mission after its selection.',
	'city.facts': 'About the city',
	'city.iccc': 'Integrated Command and Control Centre',
	'city.icccSince': 'Operational since',
	'city.icccLocation': 'Location',
	'city.components': 'Components in use',
	'city.noComponents': 'No ICCC components have been recorded for this city yet.',
	'city.noIccc': 'No details of this city’s command centre have been recorded yet.',

	'error.notFound.title': 'Page not found',
	'error.notFound.text':
		'We could not find that page. It may have moved, or the address may be mistyped.',
	'error.unexpected.title': 'Something went wrong',
	'error.unexpected.text':
		'An unexpected error stopped this page. It has been logged; please try again in a moment.',
	'error.reference': 'If you report this, quote reference {id}.',
	'error.generic.title': 'This request could not be completed',
	'error.home': 'Go to the home page'
} as const;

export type MessageKey = keyof typeof en;
export type Message = string | { readonly one: string; readonly other: string };
