import type { Catalogue } from '../../message';
import type { calendar as en } from '../en/calendar';

export const calendar: Catalogue<typeof en> = {
	'calendar.ist': 'ભારતીય માનક સમય (IST)',
	'calendar.timeRange': '{range} ભારતીય સમય',
	'calendar.dateTimeInvalid': 'અસ્તિત્વમાં હોય તેવી તારીખ અને સમય લખો, જેમ કે 3 ડિસેમ્બર 2026, 15:30.',
	'calendar.instantInvalid':
		'તારીખ અને સમય તેના ઑફસેટ સાથે આપો, જેમ કે 2026-12-03T15:30:00+05:30 અથવા 2026-12-03T10:00:00Z.',
	'calendar.feedName': 'સિટીસેતુ મેન્ટરશિપ બેઠકો',
	'calendar.feedDescription': 'સિટીસેતુ પર તમારી મેન્ટરશિપની બેઠકો, ભારતીય સમય મુજબ.',
	'calendar.summary': '{title} · {mentor} અને {mentee}',
	'calendar.cancelled': 'રદ: {summary}',
	'calendar.cancelledNotice': 'આ બેઠક રદ કરવામાં આવી છે.',
	'calendar.when': 'સમય: {range}',
	'calendar.pairing': 'મેન્ટર શહેર: {mentor}. મેન્ટી શહેર: {mentee}.',
	'calendar.mode': 'પ્રકાર: {mode}',
	'calendar.mode.online': 'ઑનલાઇન',
	'calendar.mode.site_visit': 'સ્થળ મુલાકાત',
	'calendar.mode.workshop': 'કાર્યશાળા',
	'calendar.mode.phone': 'ફોન કૉલ',
	'calendar.place': 'સ્થળ: {place}',
	'calendar.meetingLink': 'મીટિંગ લિંક: {url}',
	'calendar.participants': 'સહભાગીઓ: {names}',
	'calendar.agenda': 'કાર્યસૂચિ',
	'calendar.onCitySetu': 'સિટીસેતુ પર: {url}'
};
