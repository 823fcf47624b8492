import type { Catalogue } from '../../message';
import type { dashboard as en } from '../en/dashboard';

export const dashboard: Catalogue<typeof en> = {
	'dashboard.nav': 'ડેશબોર્ડ',
	'dashboard.title': 'તમારું ડેશબોર્ડ',
	'dashboard.intro': 'તમારી મેન્ટરશિપમાં હવે પછી તમારે શું કરવાનું છે, ભારતીય માનક સમય મુજબ.',
	'dashboard.requests': 'તમારા જવાબની રાહ જોતી વિનંતીઓ',
	'dashboard.requests.introMentor':
		'તમારા શહેરને મળેલી વિનંતીઓ અને દરખાસ્તો. જવાબ વિનાની વિનંતીની મુદત 10 દિવસ પછી પૂરી થાય છે.',
	'dashboard.requests.introAdmin': 'મિશને દરખાસ્ત કરેલી જોડીઓ, જે મેન્ટરના જવાબની રાહ જુએ છે.',
	'dashboard.requests.empty': 'તમારા જવાબની રાહ જોતું કંઈ નથી.',
	'dashboard.request.pairing': '{mentee} દ્વારા {mentor} પાસે મદદની વિનંતી',
	'dashboard.request.requested': '{date}ની વિનંતી',
	'dashboard.request.proposed': 'મિશન દ્વારા {date}ના રોજ પ્રસ્તાવિત',
	'dashboard.request.expires': 'જવાબ ન મળે તો {date}ના રોજ મુદત પૂરી થશે',
	'dashboard.sessions': 'તમારી આગામી બેઠકો',
	'dashboard.sessions.empty': 'તમારી મેન્ટરશિપમાં કોઈ બેઠકનું આયોજન નથી.',
	'dashboard.session.pairing': '{mentor} અને {mentee}',
	'dashboard.session.ics': 'કેલેન્ડરમાં ઉમેરો (.ics): {title}',
	'dashboard.actions': 'તમારાં કાર્યો',
	'dashboard.actions.empty': 'તમારું કોઈ કાર્ય બાકી નથી.',
	'dashboard.actions.overdueCount': {
		one: '{count} કાર્યની મુદત વીતી ગઈ છે.',
		other: '{count} કાર્યોની મુદત વીતી ગઈ છે.'
	},
	'dashboard.action.overdue': 'મુદત વીતી ગઈ: {date} સુધીમાં કરવાનું હતું',
	'dashboard.action.dueToday': 'આજે કરવાનું',
	'dashboard.action.due': '{date} સુધીમાં',
	'dashboard.practices': 'તમારી મેન્ટરશિપના વિષયો પર નવી પદ્ધતિઓ',
	'dashboard.practices.intro': 'છેલ્લા 30 દિવસમાં પ્રકાશિત, તમારી સક્રિય મેન્ટરશિપનાં ક્ષેત્રો અને ઘટકો પર.',
	'dashboard.practices.empty': 'છેલ્લા 30 દિવસમાં આ વિષયો પર કોઈ નવી પદ્ધતિ નથી.',
	'dashboard.practices.noMentorships':
		'તમારા શહેરની કોઈ મેન્ટરશિપ સક્રિય થાય પછી તમારા વિષયોની પદ્ધતિઓ અહીં દેખાશે.',
	'dashboard.handover': {
		one: '{count} મુખ્ય ભૂમિકા અથવા કાર્ય ફરી સોંપવાનું બાકી છે.',
		other: '{count} મુખ્ય ભૂમિકાઓ અને કાર્યો ફરી સોંપવાનાં બાકી છે.'
	},

	'feed.title': 'કેલેન્ડર ફીડ',
	'feed.intro':
		'તમારી મેન્ટરશિપની બેઠકો Google Calendar, Outlook અથવા તમારા ફોનના કેલેન્ડરમાં મેળવો. ફીડમાં તમારા શહેરની મેન્ટરશિપની બેઠકો અને જેમાં તમે ભાગ લો છો તે બેઠકો, 90 દિવસ પહેલાંથી લઈને આગળની, હોય છે. કેલેન્ડર ઍપ તેને લગભગ દર કલાકે ફરી મેળવે છે; Google Calendarમાં એક દિવસ સુધીનો સમય લાગી શકે છે.',
	'feed.secret':
		'તેના સરનામામાં એક ગુપ્ત ચાવી છે: જેની પાસે આ સરનામું હોય તે આ બેઠકો વાંચી શકે છે. સિટીસેતુ તેની ફક્ત છાપ (ફિંગરપ્રિન્ટ) રાખે છે, તેથી સરનામું ફક્ત એક જ વાર, બનાવતી વખતે, બતાવવામાં આવે છે. જો તે બીજા કોઈ સુધી પહોંચી જાય, તો તેને બદલો.',
	'feed.created': 'તમારી કેલેન્ડર ફીડ તૈયાર છે. તેનું સરનામું અત્યારે જ કૉપિ કરો: તે ફરી બતાવવામાં નહીં આવે.',
	'feed.webcal': 'તમારી કેલેન્ડર ઍપમાં ખોલો (webcal://)',
	'feed.webcalLabel': 'Apple Calendar અને કમ્પ્યુટર પરના Outlook માટેનું સરનામું',
	'feed.httpsLabel':
		'Google Calendar (અન્ય કેલેન્ડર → URLથી) અને વેબ પરના Outlook (કેલેન્ડર ઉમેરો → વેબ પરથી સબ્સ્ક્રાઇબ કરો) માટેનું સરનામું',
	'feed.active': 'એક ફીડ સક્રિય છે, {time}ના રોજ બનાવેલી.',
	'feed.lastUsed': 'છેલ્લે {time}ના રોજ મેળવવામાં આવી.',
	'feed.neverUsed': 'હજુ કોઈ કેલેન્ડર ઍપે તેને મેળવી નથી.',
	'feed.none': 'તમારી કોઈ કેલેન્ડર ફીડ નથી.',
	'feed.create': 'કેલેન્ડર ફીડ બનાવો',
	'feed.replace': 'નવા સરનામા સાથે બદલો',
	'feed.revoke': 'ફીડ રદ કરો',
	'feed.revoked': 'તમારી કેલેન્ડર ફીડ રદ કરવામાં આવી છે: હવે તેના સરનામા પરથી કંઈ મળતું નથી.',

	'notifications.title': 'મેલ રિમાઇન્ડર',
	'notifications.intro':
		'સિટીસેતુ તમને નિયમિત રીતે જે મેલ મોકલે છે. તમારી પોતાની વિનંતીઓના જવાબ હંમેશાં મોકલવામાં આવે છે.',
	'notifications.sessionReminders': 'બેઠકના રિમાઇન્ડર, દરેક બેઠકના આગલા દિવસે',
	'notifications.actionDigest':
		'મારાં કાર્યોનો દૈનિક સારાંશ, જેની મુદત 3 દિવસમાં પૂરી થાય છે અથવા વીતી ગઈ છે',
	'notifications.nudges':
		'યાદ અપાવતા મેલ: એક અઠવાડિયાથી જવાબ વિનાની વિનંતીઓ, બેઠકો વિનાની મેન્ટરશિપ, કાર્યક્રમની નજીક આવતી સમાપ્તિ',
	'notifications.saved': 'તમારાં મેલ સેટિંગ સાચવવામાં આવ્યાં છે.',

	'handover.title': 'સોંપણી યાદી',
	'handover.link': 'સોંપણી યાદી: ફરી સોંપવાની મુખ્ય ભૂમિકાઓ અને કાર્યો',
	'handover.intro':
		'કોઈ અધિકારીની બદલી થાય અથવા તેમનું ખાતું નિષ્ક્રિય થાય, ત્યારે તેમના નેતૃત્વવાળી મેન્ટરશિપ અને તેમનાં બાકી કાર્યો, કોઈ સાથી અધિકારી સંભાળી ન લે ત્યાં સુધી અહીં રહે છે. ઇતિહાસમાં તેમનું નામ જળવાઈ રહે છે.',
	'handover.leads': 'મુખ્ય ભૂમિકાઓ',
	'handover.leads.empty': 'દરેક ચાલુ મેન્ટરશિપના મુખ્ય અધિકારી સક્રિય છે.',
	'handover.items': 'બાકી કાર્યો',
	'handover.items.empty': 'દરેક બાકી કાર્યના જવાબદાર અધિકારી તેનાં બે શહેરોમાંથી એકમાં છે.',
	'handover.pairing': '{mentor} દ્વારા {mentee} નું માર્ગદર્શન',
	'handover.side.mentor': 'મુખ્ય મેન્ટર',
	'handover.side.mentee': 'મેન્ટી શહેરના મુખ્ય અધિકારી',
	'handover.reason.deactivated': '{name} નું ખાતું નિષ્ક્રિય છે.',
	'handover.reason.transferred': '{name} હવે {city} માં કામ કરે છે.',
	'handover.reason.transferredNowhere': '{name} હવે કોઈ શહેર સાથે જોડાયેલા નથી.',
	'handover.item.due': '{date} સુધીમાં',
	'handover.newOfficer': 'નવા અધિકારી',
	'handover.choose': 'અધિકારી પસંદ કરો',
	'handover.noCandidate': 'હજુ કોઈ સક્રિય અધિકારી આ સંભાળી શકે તેમ નથી: પહેલાં કોઈને આમંત્રણ મોકલો.',
	'handover.reassign': 'ફરી સોંપો',
	'handover.saved': 'સોંપી દેવાયું: હવે નવા અધિકારી તે સંભાળશે.',
	'handover.invalid':
		'તે અધિકારી આ સંભાળી શકે તેમ નથી: તેઓ યોગ્ય શહેરમાં સક્રિય હોવા જોઈએ (અને મેન્ટર પક્ષ માટે, મેન્ટર હોવા જોઈએ).',
	'handover.gone': 'આ હવે બાકી નથી, અથવા કોઈએ તે પહેલેથી ફરી સોંપી દીધું છે.',

	'nudge.footer': 'આવા મેલ બંધ કરવા માટે તમારાં મેલ સેટિંગ બદલો: {link}',
	'nudge.reminder.subject': 'આવતીકાલે: {title}',
	'nudge.reminder.body': 'યાદ અપાવીએ છીએ: {mentor} અને {mentee} ની બેઠક “{title}” આવતીકાલે છે.',
	'nudge.reminder.when': 'સમય: {time}',
	'nudge.reminder.place': 'સ્થળ: {place}',
	'nudge.reminder.link': 'મીટિંગ લિંક: {url}',
	'nudge.reminder.page': 'કાર્યસૂચિ અને નોંધો: {link}',
	'nudge.reminder.ics': 'તમારા કેલેન્ડરમાં ઉમેરો: {link}',
	'nudge.digest.subject': 'તમારાં કાર્યો: {overdue} મુદત વીતેલાં, {due} ટૂંક સમયમાં કરવાનાં',
	'nudge.digest.intro': 'સિટીસેતુ પર તમારાં બાકી કાર્યો, જેની મુદત વીતી ગઈ છે અથવા 3 દિવસમાં પૂરી થાય છે.',
	'nudge.digest.overdue': 'મુદત વીતી ગઈ',
	'nudge.digest.dueSoon': '3 દિવસમાં મુદત પૂરી',
	'nudge.digest.item': '• {title} ({mentor} અને {mentee}), {due} સુધીમાં',
	'nudge.digest.page': 'બધાં કાર્યો તમારા ડેશબોર્ડ પર: {link}',
	'nudge.unanswered.subject': '{mentee} તમારા જવાબની રાહ જુએ છે',
	'nudge.unanswered.body':
		'{mentee} દ્વારા {days} દિવસ પહેલાં {mentor} પાસે મેન્ટરશિપની વિનંતી કરવામાં આવી હતી અને હજુ સુધી જવાબ મળ્યો નથી. જવાબ વિનાની વિનંતીની મુદત 10 દિવસ પછી પૂરી થાય છે.',
	'nudge.unanswered.answer': 'સ્વીકારો અથવા નામંજૂર કરો: {link}',
	'nudge.firstSession.subject': 'હજુ કોઈ બેઠક નથી: {mentor} અને {mentee}',
	'nudge.firstSession.body':
		'{mentor} અને {mentee} ની મેન્ટરશિપ બે અઠવાડિયાં પહેલાં શરૂ થઈ, અને હજુ કોઈ બેઠકનું આયોજન થયું નથી.',
	'nudge.schedule': 'બેઠકનું આયોજન કરો: {link}',
	'nudge.quiet.subject': '{days} દિવસથી કોઈ બેઠક નથી: {mentor} અને {mentee}',
	'nudge.quiet.body':
		'{mentor} અને {mentee} ની મેન્ટરશિપમાં {days} દિવસથી કોઈ બેઠક થઈ નથી, અને કોઈ આયોજિત પણ નથી. જે મેન્ટરશિપ શાંત પડી જાય છે તે કોઈના ધ્યાનમાં આવ્યા વિના સમાપ્ત થઈ જાય છે.',
	'nudge.programmeEnding.subject': '{programme} {date}ના રોજ પૂરો થાય છે',
	'nudge.programmeEnding.body':
		'કાર્યક્રમ {programme} {date}ના રોજ પૂરો થાય છે. {mentor} અને {mentee} ની છેલ્લી બેઠકો અને સમાપન સારાંશનું આયોજન કરો.',
	'nudge.programmeEnding.page': 'મેન્ટરશિપ: {link}',
	'nudge.expired.subject': '{mentor} ને મોકલેલી તમારી વિનંતીની મુદત પૂરી થઈ ગઈ છે',
	'nudge.expired.body':
		'{mentor} દ્વારા {days} દિવસમાં {mentee} ની વિનંતીનો જવાબ આપવામાં આવ્યો નથી, તેથી તેની મુદત પૂરી થઈ ગઈ છે.',
	'nudge.expired.next': 'આગળના સૂચવેલા મેન્ટર જુઓ અને ફરી વિનંતી કરો: {link}'
};
