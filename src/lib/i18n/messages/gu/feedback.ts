import type { Catalogue } from '../../message';
import type { feedback as en } from '../en/feedback';

export const feedback: Catalogue<typeof en> = {
	'footer.feedback': 'પ્રતિભાવ',

	'feedback.title': 'પ્રતિભાવ મોકલો',
	'feedback.intro':
		'અમને જણાવો કે શું બરાબર ચાલે છે, શું નથી ચાલતું, અથવા શું ખૂટે છે. એ માટે ખાતાની જરૂર નથી. અમે દરેક સંદેશ વાંચીએ છીએ; જવાબ જોઈતો હોય તો તમારો ઈમેલ લખો.',
	'feedback.category': 'તમારો સંદેશ શેના વિશે છે?',
	'feedback.category.suggestion': 'એક સૂચન',
	'feedback.category.problem': 'કંઈક કામ નથી કરતું',
	'feedback.category.content': 'સામગ્રીમાં કોઈ ભૂલ',
	'feedback.category.accessibility': 'કંઈક જે હું વાપરી શકતો નથી (સુલભતા)',
	'feedback.category.other': 'બીજું કંઈક',
	'feedback.message': 'તમારો સંદેશ',
	'feedback.messageHint': 'વધુમાં વધુ 5,000 અક્ષર. કૃપા કરીને પાસવર્ડ કે બીજી કોઈ ગુપ્ત માહિતી ન લખશો.',
	'feedback.page': 'સંબંધિત પાનું (વૈકલ્પિક)',
	'feedback.pageHint':
		'બ્રાઉઝરમાંથી સરનામું કૉપિ કરો, જેમ કે https://… અથવા આ સાઇટનો માર્ગ, જેમ કે /practices/….',
	'feedback.name': 'તમારું નામ (વૈકલ્પિક)',
	'feedback.email': 'તમારો ઈમેલ (વૈકલ્પિક)',
	'feedback.emailHint': 'ફક્ત જો તમને જવાબ જોઈતો હોય. તેનો બીજો કોઈ ઉપયોગ થતો નથી.',
	'feedback.honeypot': 'આ ક્ષેત્ર ખાલી રાખો: તે સ્વયંસંચાલિત સંદેશા પકડવા માટે છે.',
	'feedback.submit': 'પ્રતિભાવ મોકલો',
	'feedback.sent': 'આભાર: તમારો પ્રતિભાવ મળી ગયો છે.',
	'feedback.reference': 'તમારો સંદર્ભ નંબર {reference} છે.',
	'feedback.referenceHint': 'આ સંદેશ વિશે અમને લખો ત્યારે આ નંબર જણાવજો.',
	'feedback.another': 'બીજો સંદેશ મોકલો',
	'feedback.categoryRequired': 'તમારો સંદેશ શેના વિશે છે તે પસંદ કરો.',
	'feedback.messageRequired': 'તમારો સંદેશ લખો.',
	'feedback.messageTooLong': 'તમારો સંદેશ 5,000 અક્ષર કે તેથી ઓછો કરો.',
	'feedback.pageInvalid':
		'http:// અથવા https:// થી શરૂ થતું વેબ સરનામું, અથવા / થી શરૂ થતો આ સાઇટનો માર્ગ લખો.',
	'feedback.rateLimited': {
		one: 'તમારા જોડાણ પરથી થોડા સમયમાં ઘણા સંદેશા આવ્યા છે. કૃપા કરીને {count} સેકન્ડ પછી ફરી પ્રયાસ કરો; તમે લખેલું નીચે સાચવેલું છે.',
		other:
			'તમારા જોડાણ પરથી થોડા સમયમાં ઘણા સંદેશા આવ્યા છે. કૃપા કરીને {count} સેકન્ડ પછી ફરી પ્રયાસ કરો; તમે લખેલું નીચે સાચવેલું છે.'
	},

	'admin.feedback.title': 'પ્રતિભાવ',
	'admin.feedback.intro':
		'પ્રતિભાવ પાનેથી મોકલાયેલા સંદેશા, સૌથી નવા પહેલા. સંદેશ પર કાર્યવાહી થઈ જાય પછી તેને બંધ કરો.',
	'admin.feedback.filter': 'સંદેશા ગાળો',
	'admin.feedback.status': 'સ્થિતિ',
	'admin.feedback.any': 'ખુલ્લા અને બંધ',
	'admin.feedback.status.open': 'ખુલ્લો',
	'admin.feedback.status.closed': 'બંધ',
	'admin.feedback.show': 'બતાવો',
	'admin.feedback.count': { one: '{count} સંદેશ', other: '{count} સંદેશા' },
	'admin.feedback.none': 'અહીં કોઈ સંદેશ નથી.',
	'admin.feedback.invalid': 'આ ફિલ્ટર વાપરી શકાયું નહીં: {names}.',
	'admin.feedback.received': '{time} એ મળ્યો',
	'admin.feedback.category': 'પ્રકાર',
	'admin.feedback.page': 'પાનું',
	'admin.feedback.from': 'મોકલનાર',
	'admin.feedback.anonymous': 'નામ કે ઈમેલ આપેલ નથી',
	'admin.feedback.language': 'ભાષા',
	'admin.feedback.closedBy': '{time} એ {name} દ્વારા બંધ કરાયો',
	'admin.feedback.closedAt': '{time} એ બંધ કરાયો',
	'admin.feedback.close': 'બંધ કરો',
	'admin.feedback.closed': 'પ્રતિભાવ {reference} બંધ કરાયો છે.',
	'admin.feedback.alreadyClosed': 'આ સંદેશ પહેલેથી બંધ છે, અથવા હવે અસ્તિત્વમાં નથી.'
};
