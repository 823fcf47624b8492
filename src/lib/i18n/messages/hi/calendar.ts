import type { Catalogue } from '../../message';
import type { calendar as en } from '../en/calendar';

export const calendar: Catalogue<typeof en> = {
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
};
