import type { Catalogue } from '../../message';
import type { calendar as en } from '../en/calendar';

export const calendar: Catalogue<typeof en> = {
	'calendar.ist': 'भारतीय प्रमाणवेळ (IST)',
	'calendar.timeRange': '{range} भारतीय प्रमाणवेळ',
	'calendar.dateTimeInvalid': 'अस्तित्वात असलेली तारीख आणि वेळ लिहा, उदा. 3 डिसेंबर 2026, 15:30.',
	'calendar.instantInvalid':
		'तारीख आणि वेळ ऑफसेटसह द्या, उदा. 2026-12-03T15:30:00+05:30 किंवा 2026-12-03T10:00:00Z.',
	'calendar.feedName': 'सिटीसेतु मेंटरशिप बैठका',
	'calendar.feedDescription': 'सिटीसेतुवरील तुमच्या मेंटरशिपच्या बैठका, भारतीय प्रमाणवेळेनुसार.',
	'calendar.summary': '{title} · {mentor} आणि {mentee}',
	'calendar.cancelled': 'रद्द: {summary}',
	'calendar.cancelledNotice': 'ही बैठक रद्द करण्यात आली आहे.',
	'calendar.when': 'वेळ: {range}',
	'calendar.pairing': 'मेंटर शहर: {mentor}. मेंटी शहर: {mentee}.',
	'calendar.mode': 'स्वरूप: {mode}',
	'calendar.mode.online': 'ऑनलाइन',
	'calendar.mode.site_visit': 'स्थळ भेट',
	'calendar.mode.workshop': 'कार्यशाळा',
	'calendar.mode.phone': 'फोन कॉल',
	'calendar.place': 'ठिकाण: {place}',
	'calendar.meetingLink': 'बैठकीची लिंक: {url}',
	'calendar.participants': 'सहभागी: {names}',
	'calendar.agenda': 'कार्यसूची',
	'calendar.onCitySetu': 'सिटीसेतुवर: {url}'
};
