// Strings of the programme reach dashboard (/programme, /programme/reach). The map's strings are
// in reach-map.ts; the charts', tables' and exports' in reach-charts.ts.
export const reach = {
	'reach.nav': 'Reach',
	'reach.title': 'Programme reach',
	'reach.intro':
		'How far mentorship and practice-sharing reach across the 100 smart cities: which cities mentor which, whether sessions happen, whether practices are taken up, and whether mentored cities improve.',
	'reach.admin.nav': 'Reach detail',
	'reach.admin.title': 'Programme reach: detail for the Mission',
	'reach.admin.intro':
		'The public figures, with each city’s sessions, action items and adoptions (private ones too) and the requests that wait for an answer.',
	'reach.admin.link': 'Detail for Mission staff',
	'reach.public.link': 'The public page',

	'reach.filters': 'Filters',
	'reach.filter.programme': 'Programme',
	'reach.filter.anyProgramme': 'All programmes',
	'reach.filter.zone': 'Zonal council',
	'reach.filter.state': 'State or union territory',
	'reach.filter.any': 'All',
	'reach.filter.from': 'From',
	'reach.filter.to': 'To',
	'reach.filter.apply': 'Show',
	'reach.filter.clear': 'Clear filters',
	'reach.filter.hint': 'Without dates, the twelve months up to today.',
	'reach.invalid': 'This filter could not be used and was left out: {field} “{value}”.',
	'reach.period':
		'From {from} to {to}, compared with the period of the same length just before it ({previousFrom} to {previousTo}).',
	'reach.demo':
		'Demo data: these figures include {mentorships} demo mentorships and {adoptions} demo adoptions of the local stack. They show how the dashboard works and are not the Mission’s figures.',

	'reach.headline.heading': 'Headline figures',
	'reach.figure.citiesEngaged': 'Cities engaged',
	'reach.figure.citiesOf': '{count} of {total}',
	'reach.figure.roles': 'as mentor {mentor} · as mentee {mentee}',
	'reach.figure.active': 'Mentorships running',
	'reach.figure.completed': 'Mentorships completed',
	'reach.figure.requested': 'Mentorship requests made',
	'reach.figure.sessions': 'Sessions held',
	'reach.figure.onTime': 'Action items closed on time',
	'reach.figure.practices': 'Practices published',
	'reach.figure.adoptions': 'Adoptions by stage at the period’s end',
	'reach.figure.noAdoptions': 'No adoption recorded.',
	'reach.change.up': '▲ {count} more than the previous period ({previous})',
	'reach.change.down': '▼ {count} fewer than the previous period ({previous})',
	'reach.change.same': 'The same as the previous period',

	'reach.map.heading': 'Who mentors whom',
	'reach.charts.heading': 'Sessions, practices and adoptions',
	'reach.sessions.heading': 'Sessions held per month, by mode',
	'reach.sessions.empty': 'No session was held in this period.',
	'reach.practices.heading': 'Practices published per month, by language',
	'reach.practices.empty': 'No practice was published in this period.',
	'reach.funnel.heading': 'Adoption funnel',
	'reach.funnel.note':
		'How many adoptions had reached each stage by the end of the period. A claim of implemented or scaled counts once a mentor or an admin has verified it: {unverified} claims wait for verification. {dropped} adoptions were dropped.',
	'reach.funnel.empty': 'No adoption recorded.',
	'reach.median.heading': 'How long cities wait',
	'reach.median.note':
		'Median days from a request to its acceptance ({accepted} accepted in the period), and from acceptance to the first session held ({first} first sessions in the period).',
	'reach.median.empty': 'No request was accepted and no first session held in this period.',
	'reach.items.heading': 'Action items due in the period',
	'reach.items.note':
		'Open items are not yet due; overdue items are open past their due date; dropped items are left out.',
	'reach.items.empty': 'No action item fell due in this period.',

	'reach.assessment.heading': 'Do mentored cities improve?',
	'reach.assessment.summary':
		'Average change in the overall {framework} score (on a scale of 100) from {from} to {to}: mentored cities {mentored} ({mentoredCount} cities), other cities {others} ({othersCount} cities).',
	'reach.assessment.mentoredDefinition':
		'A city counts as mentored when it was the mentee of a mentorship that ran between the two rounds. The period filter does not apply here: the two rounds set the time.',
	'reach.assessment.caution':
		'Caution: this shows an association, not a cause. Cities chosen for mentoring may differ from the others in many ways, and the groups are small.',
	'reach.assessment.sample':
		'{count} of the values compared are sample values of the local stack, not published scores.',
	'reach.assessment.none':
		'No assessment framework has two rounds with results yet, so there is nothing to compare.',
	'reach.assessment.noRounds': '{framework} does not have two rounds with results yet.',
	'reach.assessment.noValue': 'no city',

	'reach.gaps.heading': 'Where the programme does not reach',
	'reach.gaps.states': 'States and union territories with smart cities but none engaged ({count})',
	'reach.gaps.statesNone': 'Every state and union territory in view has an engaged city.',
	'reach.gaps.zones': 'Zonal councils with no engaged city ({count})',
	'reach.gaps.zonesNone': 'Every zonal council in view has an engaged city.',
	'reach.gaps.mentors': 'Mentors with free capacity ({count})',
	'reach.gaps.mentorsNone': 'No public mentor in view has a free place.',
	'reach.gaps.mentorPlaces': '{free} of {capacity} places free',
	'reach.gaps.waitingHeading': 'Requests waiting for an answer',
	'reach.gaps.waiting': '{count} requests wait for an answer; the oldest has waited {days} days.',
	'reach.gaps.waitingNone': 'No request waits for an answer.',

	'reach.export.heading': 'Export and print',
	'reach.export.report': 'The whole report as Excel (.xlsx)',
	'reach.print.hint':
		'To keep a copy as a PDF, print this page and choose “Save as PDF”. The printed report fits A4 and carries the filters and the date.',
	'reach.print.generated': 'Generated on {date}.',
	'reach.print.filters': 'Filters: {filters}.',
	'reach.print.allOfIndia': 'all programmes, all of India',

	'reach.detail.heading': 'By city',
	'reach.detail.waiting': 'Requests waiting, longest first'
} as const;
