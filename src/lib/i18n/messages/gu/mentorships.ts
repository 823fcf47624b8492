import type { Catalogue } from '../../message';
import type { mentorships as en } from '../en/mentorships';

export const mentorships: Catalogue<typeof en> = {
	'mentorships.list.title': 'મેન્ટરશિપ',
	'mentorships.list.intro':
		'મિશનના દરેક કાર્યક્રમમાં કયું શહેર કયા શહેરનું માર્ગદર્શન કરે છે. અધિકારીઓ પોતાના શહેરની વિનંતીઓ, દરખાસ્તો અને જવાબો પણ જુએ છે.',
	'mentorships.list.adminTitle': 'બધી મેન્ટરશિપ',
	'mentorships.list.adminIntro':
		'દરેક વિનંતી, દરખાસ્ત અને જોડી. મેન્ટર શહેર અને મેન્ટી શહેરને સાથે જોડવા માટે જોડીની દરખાસ્ત કરો.',
	'mentorships.list.new': 'મેન્ટર માટે વિનંતી કરો',
	'mentorships.list.propose': 'જોડીની દરખાસ્ત કરો',
	'mentorships.list.filters': 'મેન્ટરશિપ ફિલ્ટર કરો',
	'mentorships.list.filter.status': 'સ્થિતિ',
	'mentorships.list.filter.city': 'શહેર',
	'mentorships.list.filter.programme': 'કાર્યક્રમ',
	'mentorships.list.count': {
		one: '{count} મેન્ટરશિપ',
		other: '{count} મેન્ટરશિપ'
	},
	'mentorships.list.empty': 'કોઈ મેન્ટરશિપ મળી નથી.',
	'mentorships.list.caption': 'મેન્ટરશિપ, સૌથી નવી પહેલાં',
	'mentorships.list.pairing': 'જોડી',
	'mentorships.list.pairingText': '{mentor} દ્વારા {mentee} નું માર્ગદર્શન',
	'mentorships.list.requestText': '{mentee} ની {mentor} ને વિનંતી',
	'mentorships.list.mentor': 'મુખ્ય મેન્ટર',
	'mentorships.list.topics': 'વિષયો',
	'mentorships.list.status': 'સ્થિતિ',
	'mentorships.list.dates': 'તારીખો',
	'mentorships.list.since': '{date}થી',
	'mentorships.list.from': '{date}થી શરૂ',
	'mentorships.list.range': '{from}થી {to} સુધી',
	'mentorships.list.open': 'ખોલો',
	'mentorships.list.answer': 'વિનંતીનો જવાબ આપો',
	'mentorships.list.source': 'સ્રોત',
	'mentorships.list.status.requested': 'વિનંતી મોકલાઈ',
	'mentorships.list.status.proposed': 'પ્રસ્તાવિત',
	'mentorships.list.status.active': 'સક્રિય',
	'mentorships.list.status.declined': 'નામંજૂર',
	'mentorships.list.status.expired': 'મુદત વીતી ગઈ',
	'mentorships.list.status.paused': 'સ્થગિત',
	'mentorships.list.status.completed': 'પૂર્ણ',
	'mentorships.list.status.withdrawn': 'પાછી ખેંચાઈ',
	'mentorships.list.openRequests': 'તમારા શહેરની બાકી વિનંતીઓ',
	'mentorships.list.openRequestsIntro':
		'આ વિનંતીઓના જવાબ હજુ બાકી છે. જેની તમારા શહેરને હવે જરૂર નથી તે પાછી ખેંચો.',
	'mentorships.list.openRequestsAccepted': {
		one: '{mentor} દ્વારા તમારા શહેરની વિનંતી સ્વીકારવામાં આવી. {count} અન્ય વિનંતી હજુ બાકી છે: તમારા શહેરને હવે તેની જરૂર ન હોય તો તે પાછી ખેંચો.',
		other:
			'{mentor} દ્વારા તમારા શહેરની વિનંતી સ્વીકારવામાં આવી. {count} અન્ય વિનંતીઓ હજુ બાકી છે: જેની તમારા શહેરને હવે જરૂર નથી તે પાછી ખેંચો.'
	},
	'mentorships.list.openRequestTo': '{city} ને મોકલેલી વિનંતી',
	'mentorships.list.withdrawn': 'વિનંતી પાછી ખેંચી લેવામાં આવી.',

	'mentorship.request.title': 'મેન્ટર માટે વિનંતી કરો',
	'mentorship.request.intro':
		'તમારા શહેરને શેની જરૂર છે તે જણાવો અને વિષયો પસંદ કરો. સિટીસેતુ સૌથી યોગ્ય મેન્ટર સૂચવે છે અને તેનાં કારણો જણાવે છે; એક પસંદ કરીને વિનંતી મોકલો. મેન્ટર 10 દિવસમાં જવાબ આપે છે, નહીં તો વિનંતીની મુદત પૂરી થઈ જાય છે.',
	'mentorship.request.proposeTitle': 'જોડીની દરખાસ્ત કરો',
	'mentorship.request.proposeIntro':
		'મેન્ટી શહેર અને વિષયો પસંદ કરો, અને શહેર જુએ છે તે જ ક્રમબદ્ધ સૂચનો જુઓ. તમે જે મેન્ટર પસંદ કરશો તેમને જોડી સ્વીકારવા કહેવામાં આવશે.',
	'mentorship.request.menteeCity': 'મેન્ટી શહેર',
	'mentorship.request.chooseCity': 'શહેર પસંદ કરો',
	'mentorship.request.need': 'તમારા શહેરને શેમાં મદદ જોઈએ છે',
	'mentorship.request.needHint':
		'માર્કડાઉનમાં, 20થી 8,000 અક્ષર: તમારી પાસે શું છે, તમે શું હાંસલ કરવા માગો છો અને તેમાં શું અડચણ છે. તે ફક્ત તમારું શહેર, મેન્ટરનું શહેર અને મિશન વાંચે છે.',
	'mentorship.request.topics': 'વિષયો',
	'mentorship.request.topicsHint': 'ઓછામાં ઓછું એક ક્ષેત્ર અથવા આઈસીસીસી ઘટક.',
	'mentorship.request.sectors': 'ક્ષેત્રો',
	'mentorship.request.components': 'આઈસીસીસી ઘટકો',
	'mentorship.request.suggest': 'સૂચનો બતાવો',
	'mentorship.request.suggestions': 'સૂચવેલા મેન્ટર',
	'mentorship.request.suggestionsIntro':
		'સૌથી યોગ્ય પહેલાં. દરેક કારણ સાથે ગુણમાં તેનો હિસ્સો બતાવ્યો છે; જે મેન્ટર પાસે જગ્યા ખાલી નથી તેઓ છેલ્લે છે.',
	'mentorship.request.noSuggestions': 'હજુ કોઈ મેન્ટર ઉપલબ્ધ નથી.',
	'mentorship.request.score': '100માંથી {score} ગુણ',
	'mentorship.request.reasons': 'શા માટે',
	'mentorship.request.shareOfScore': 'ગુણમાં {percent} હિસ્સો',
	'mentorship.request.choose': '{name} ને વિનંતી કરો',
	'mentorship.request.chosen': 'પસંદ કરેલા મેન્ટર',
	'mentorship.request.preselected': 'તમે મેન્ટર ડિરેક્ટરીમાંથી {name} ({city}) ને પસંદ કર્યા છે.',
	'mentorship.request.send': 'વિનંતી મોકલો',
	'mentorship.request.propose': 'જોડીની દરખાસ્ત મોકલો',
	'mentorship.request.sent': 'તમારી વિનંતી {name} ને મોકલવામાં આવી.',
	'mentorship.request.needTooShort': 'જરૂરિયાત ઓછામાં ઓછા 20 અક્ષરમાં જણાવો.',
	'mentorship.request.needTooLong': 'જરૂરિયાત 8,000 અક્ષરથી ઓછી રાખો.',
	'mentorship.request.topicsRequired': 'ઓછામાં ઓછું એક ક્ષેત્ર અથવા આઈસીસીસી ઘટક પસંદ કરો.',
	'mentorship.request.mentorRequired': 'મેન્ટર પસંદ કરો.',
	'mentorship.request.unknownCity': 'યાદીમાંથી શહેર પસંદ કરો.',
	'mentorship.request.unknownTopic': 'યાદીઓમાંથી વિષયો પસંદ કરો.',
	'mentorship.request.mentorUnavailable':
		'આ મેન્ટર આ વિનંતી લઈ શકે તેમ નથી: તેઓ હવે સક્રિય મેન્ટર નથી, અથવા તેઓ એ જ શહેરમાં કામ કરે છે.',
	'mentorship.request.noProgramme': 'હાલમાં કોઈ મેન્ટરશિપ કાર્યક્રમ ચાલતો નથી.',
	'mentorship.request.alreadyOpen':
		'તમારા શહેરની આ મેન્ટરના શહેરને મોકલેલી એક વિનંતી પહેલેથી બાકી છે, અથવા તેની સાથે મેન્ટરશિપ ચાલુ છે.',
	'mentorship.request.noCity': 'ફક્ત કોઈ શહેરના અધિકારીઓ જ મેન્ટર માટે વિનંતી કરી શકે છે.',
	'mentorship.request.forbidden': 'તમે આ શહેર માટે મેન્ટરની વિનંતી કરી શકતા નથી.',
	'mentorship.request.withdraw': 'વિનંતી પાછી ખેંચો',
	'mentorship.request.withdrawTo': '{city} ને મોકલેલી વિનંતી પાછી ખેંચો',
	'mentorship.request.withdrawTitle': 'વિનંતી પાછી ખેંચો',
	'mentorship.request.withdrawIntro':
		'{city} ને મોકલેલી તમારા શહેરની વિનંતી પાછી ખેંચવી છે? ત્યાર બાદ મેન્ટરને તેનો જવાબ આપવા કહેવામાં નહીં આવે.',
	'mentorship.request.withdrawNote': 'કારણ (વૈકલ્પિક)',
	'mentorship.request.notOpen': 'આ વિનંતી હવે બાકી નથી: તેની સ્થિતિ {status} છે.',
	'mentorship.request.withdrawForbidden': 'તેને ફક્ત વિનંતી કરનાર શહેર અથવા એડમિન જ પાછી ખેંચી શકે છે.',
	'mentorship.request.mail.subject': '{mentee} તરફથી મેન્ટરશિપની વિનંતી',
	'mentorship.request.mail.body':
		'{mentee} દ્વારા તમને, {mentorCity} ના મેન્ટર તરીકે, આ વિષયોમાં મદદ માટે વિનંતી કરવામાં આવી છે: {topics}.\nવિનંતી વાંચો અને જવાબ આપો: {link}\n10 દિવસ સુધી જવાબ ન મળે તો વિનંતીની મુદત પૂરી થઈ જાય છે.',
	'mentorship.request.mail.proposalSubject': '{mentee} ની મેન્ટરશિપ માટે દરખાસ્ત',
	'mentorship.request.mail.proposalBody':
		'સ્માર્ટ સિટી મિશનની દરખાસ્ત છે કે તમે {mentorCity} ના મેન્ટર તરીકે આ વિષયોમાં {mentee} નું માર્ગદર્શન કરો: {topics}.\nદરખાસ્ત વાંચો અને જવાબ આપો: {link}',

	'mentorship.decision.title': 'વિનંતીનો જવાબ આપો',
	'mentorship.decision.intro': '{mentee} દ્વારા {mentorCity} પાસે માર્ગદર્શન માગવામાં આવ્યું છે.',
	'mentorship.decision.proposedIntro': 'મિશનની દરખાસ્ત છે કે {mentorCity}, {mentee} નું માર્ગદર્શન કરે.',
	'mentorship.decision.request': 'વિનંતી',
	'mentorship.decision.need': 'જરૂરિયાત',
	'mentorship.decision.topics': 'વિષયો',
	'mentorship.decision.asked': 'વિનંતી',
	'mentorship.decision.askedBy': '{name} દ્વારા, {date}ના રોજ',
	'mentorship.decision.askedOn': '{date}ના રોજ',
	'mentorship.decision.mentor': 'જેમને વિનંતી કરી તે મેન્ટર',
	'mentorship.decision.legend': 'તમારો જવાબ',
	'mentorship.decision.accept': 'સ્વીકારો',
	'mentorship.decision.decline': 'નામંજૂર કરો',
	'mentorship.decision.reason': 'કારણ',
	'mentorship.decision.reasonHint':
		'નામંજૂર કરવા માટે જરૂરી; વિનંતી કરનાર શહેર તે વાંચે છે. સ્વીકારો ત્યારે સ્વાગતના બે શબ્દો.',
	'mentorship.decision.send': 'જવાબ મોકલો',
	'mentorship.decision.choose': 'સ્વીકારો અથવા નામંજૂર કરો, બેમાંથી એક પસંદ કરો.',
	'mentorship.decision.reasonRequired': 'નામંજૂર કરવાનું કારણ જણાવો.',
	'mentorship.decision.full': {
		one: 'તમે પહેલેથી {count} મેન્ટી શહેરનું નેતૃત્વ કરો છો, જે તમારી ક્ષમતા છે. બીજી વિનંતી સ્વીકારતાં પહેલાં કોઈ મેન્ટરશિપ પૂર્ણ કરો અથવા બીજાને સોંપો, અથવા તમારી મેન્ટર પ્રોફાઇલમાં ક્ષમતા વધારો.',
		other:
			'તમે પહેલેથી {count} મેન્ટી શહેરોનું નેતૃત્વ કરો છો, જે તમારી ક્ષમતા છે. બીજી વિનંતી સ્વીકારતાં પહેલાં કોઈ મેન્ટરશિપ પૂર્ણ કરો અથવા બીજાને સોંપો, અથવા તમારી મેન્ટર પ્રોફાઇલમાં ક્ષમતા વધારો.'
	},
	'mentorship.decision.fullFor': {
		one: 'મેન્ટર પહેલેથી {count} મેન્ટી શહેરનું નેતૃત્વ કરે છે, જે તેમની ક્ષમતા છે.',
		other: 'મેન્ટર પહેલેથી {count} મેન્ટી શહેરોનું નેતૃત્વ કરે છે, જે તેમની ક્ષમતા છે.'
	},
	'mentorship.decision.notOpen': 'આ વિનંતી હવે બાકી નથી: તેની સ્થિતિ {status} છે.',
	'mentorship.decision.forbidden': 'આ વિનંતીનો જવાબ ફક્ત {city} ના મેન્ટર અથવા એડમિન જ આપી શકે છે.',
	'mentorship.decision.accepted': 'તમે સ્વીકાર્યું: મેન્ટરશિપ સક્રિય છે.',
	'mentorship.decision.declined': 'તમે વિનંતી નામંજૂર કરી.',
	'mentorship.decision.mail.acceptedSubject': '{mentorCity} દ્વારા તમારી વિનંતી સ્વીકારવામાં આવી',
	'mentorship.decision.mail.acceptedBody':
		'{mentorCity} દ્વારા આ વિષયોમાં માર્ગદર્શન માટેની તમારા શહેરની વિનંતી સ્વીકારવામાં આવી છે: {topics}.\n{reason}\nમેન્ટરશિપ: {link}',
	'mentorship.decision.mail.declinedSubject': '{mentorCity} દ્વારા તમારી વિનંતી નામંજૂર કરવામાં આવી',
	'mentorship.decision.mail.declinedBody':
		'{mentorCity} દ્વારા આ વિષયોમાં માર્ગદર્શન માટેની તમારા શહેરની વિનંતી નામંજૂર કરવામાં આવી છે: {topics}.\nકારણ: {reason}\nબીજા મેન્ટરને વિનંતી કરો: {newLink}',
	'mentorship.decision.mail.openRequests': {
		one: 'તમારા શહેરની {count} અન્ય વિનંતી બાકી છે, જે તમે હવે પાછી ખેંચી શકો છો:\n{others}\nએક ક્લિકમાં પાછી ખેંચો: {listLink}',
		other:
			'તમારા શહેરની {count} અન્ય વિનંતીઓ બાકી છે, જે તમે હવે પાછી ખેંચી શકો છો:\n{others}\nએક ક્લિકમાં પાછી ખેંચો: {listLink}'
	},

	'mentorship.status.moveRequired': 'શું કરવું છે તે પસંદ કરો.',
	'mentorship.status.notAllowed': 'આ ફેરફાર હાલમાં કરી શકાતો નથી.'
};
