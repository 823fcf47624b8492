import { area } from './area';

// Times in India Standard Time, and the text of the calendar files and the feed. In Hindi a
// mentorship session is a बैठक (meeting): सत्र already names a signed-in session.
export const calendar = area(
	{
		'calendar.ist': 'India Standard Time (IST)',
		'calendar.timeRange': '{range} IST',
		'calendar.dateTimeInvalid':
			'Enter a date and time that exists, such as 3 December 2026, 15:30.',
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
	},
	{
		'calendar.ist': 'भारतीय मानक समय (IST)',
		'calendar.timeRange': '{range} भारतीय समय',
		'calendar.dateTimeInvalid': 'ऐसी तारीख और समय दर्ज करें जो मौजूद हो, जैसे 3 दिसंबर 2026, 15:30।',
		'calendar.instantInvalid':
			'तारीख और समय उसके ऑफ़सेट के साथ दें, जैसे 2026-12-03T15:30:00+05:30 या 2026-12-03T10:00:00Z।',
		'calendar.feedName': 'सिटीसेतु मेंटरशिप बैठकें',
		'calendar.feedDescription': 'सिटीसेतु पर आपकी मेंटरशिप की बैठकें, भारतीय समय में।',
		'calendar.summary': '{title} · {mentor} और {mentee}',
		'calendar.cancelled': 'रद्द: {summary}',
		'calendar.cancelledNotice': 'यह बैठक रद्द कर दी गई है।',
		'calendar.when': 'समय: {range}',
		'calendar.pairing': 'मेंटर शहर: {mentor}। मेंटी शहर: {mentee}।',
		'calendar.mode': 'प्रकार: {mode}',
		'calendar.mode.online': 'ऑनलाइन',
		'calendar.mode.site_visit': 'स्थल भ्रमण',
		'calendar.mode.workshop': 'कार्यशाला',
		'calendar.mode.phone': 'फ़ोन कॉल',
		'calendar.place': 'स्थान: {place}',
		'calendar.meetingLink': 'मीटिंग लिंक: {url}',
		'calendar.participants': 'प्रतिभागी: {names}',
		'calendar.agenda': 'कार्यसूची',
		'calendar.onCitySetu': 'सिटीसेतु पर: {url}'
	}
);
