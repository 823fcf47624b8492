// Times in India Standard Time, and the text of the calendar files and the feed. In Hindi a
// mentorship session is a बैठक (meeting): सत्र already names a signed-in session.
export const calendar = {
	'calendar.ist': 'India Standard Time (IST)',
	'calendar.timeRange': '{range} IST',
	'calendar.dateTimeInvalid': 'Enter a date and time that exists, such as 3 December 2026, 15:30.',
	'calendar.instantInvalid':
		'Give a date and time with its offset, such as 2026-12-03T15:30:00+05:30 or 2026-12-03T10:00:00Z.',
	'calendar.feedName': 'CitySetu mentorship sessions',
	'calendar.feedDescription': 'The sessions of your mentorships on CitySetu, in IST.',
	'calendar.summary': '{title} · {mentor} with {mentee}',
	'calendar.cancelled': 'Cancelled: {summary}',
	'calendar.cancelledNotice': 'This session has been cancelled.',
	'calendar.when': 'When: {range}',
	'calendar.pairing': 'Mentor city: {mentor}. Mentee city: {mentee}.',
	'calendar.mode': 'Mode: {mode}',
	'calendar.mode.online': 'Online',
	'calendar.mode.site_visit': 'Site visit',
	'calendar.mode.workshop': 'Workshop',
	'calendar.mode.phone': 'Phone call',
	'calendar.place': 'Place: {place}',
	'calendar.meetingLink': 'Meeting link: {url}',
	'calendar.participants': 'Participants: {names}',
	'calendar.agenda': 'Agenda',
	'calendar.onCitySetu': 'On CitySetu: {url}'
} as const;
