import type { Catalogue } from '../../message';
import type { reachMap as en } from '../en/reach-map';

export const reachMap: Catalogue<typeof en> = {
	'reachMap.title': 'ભારતનો નકશો: કાર્યક્રમ ક્યાં સુધી પહોંચ્યો છે',
	'reachMap.desc.cities': {
		one: '{outOf}માંથી {count} સ્માર્ટ સિટી મેન્ટર કે મેન્ટી તરીકે જોડાયેલું છે.',
		other: '{outOf}માંથી {count} સ્માર્ટ શહેરો મેન્ટર કે મેન્ટી તરીકે જોડાયેલાં છે.'
	},
	'reachMap.desc.pairings': {
		one: '{count} જોડી એક મેન્ટર શહેરને એક મેન્ટી શહેર સાથે જોડે છે.',
		other: '{count} જોડીઓ મેન્ટર શહેરોને મેન્ટી શહેરો સાથે જોડે છે.'
	},
	'reachMap.desc.shading':
		'દરેક રાજ્યનો રંગ દર્શાવે છે કે તેનાં કેટલાં શહેરો જોડાયેલાં છે. નકશાની બાજુનાં કોષ્ટકોમાં આ જ આંકડા છે.',
	'reachMap.desc.scope': 'પસંદ કરેલી ક્ષેત્રીય પરિષદ કે રાજ્યની બહારનાં શહેરો ઝાંખાં દર્શાવ્યાં છે.',
	'reachMap.role.mentor': 'મેન્ટર શહેર',
	'reachMap.role.mentee': 'મેન્ટી શહેર',
	'reachMap.role.both': 'મેન્ટર અને મેન્ટી બંને',
	'reachMap.role.none': 'હજુ જોડાયું નથી',
	'reachMap.roleWords.mentor': 'બીજા શહેરનું માર્ગદર્શન કરે છે',
	'reachMap.roleWords.mentee': 'બીજા શહેર પાસેથી માર્ગદર્શન મેળવે છે',
	'reachMap.roleWords.both': 'બીજા શહેરનું માર્ગદર્શન કરે છે અને માર્ગદર્શન મેળવે પણ છે',
	'reachMap.roleWords.none': 'હજુ જોડાયું નથી',
	'reachMap.cityTitle': '{city}: {role}',
	'reachMap.cityTitleOutOfScope': '{city}: {role} (ફિલ્ટરની બહાર)',
	'reachMap.smallAreaTitle': '{name}: આ કદમાં જોઈ શકાય તે માટે ખૂબ નાનું',
	'reachMap.stateTitle': '{state}: {cities} સ્માર્ટ શહેરોમાંથી {engaged} જોડાયેલાં',
	'reachMap.legend.roles': 'શહેરો',
	'reachMap.legend.shading': 'રાજ્યમાં જોડાયેલાં શહેરો',
	'reachMap.legend.pairing': 'મેન્ટર શહેરથી મેન્ટી શહેર',
	'reachMap.legend.outOfScope': 'ફિલ્ટરની બહાર',
	'reachMap.legend.smallArea': 'જોઈ ન શકાય તેટલું નાનું રાજ્ય કે કેન્દ્રશાસિત પ્રદેશ',
	'reachMap.level.exact': '{min}',
	'reachMap.level.range': '{min}થી {max}',
	'reachMap.level.atLeast': '{min} કે વધુ',
	'reachMap.attribution':
		'રાજ્યોની સીમાઓ: ડેટામીટ ઇન્ડિયા સમુદાય ({link}, CC0), ભારતના ચૂંટણી પંચના મતવિસ્તારના નકશાઓ પરથી; બાહ્ય સીમા સર્વે ઑફ ઇન્ડિયાની રૂપરેખા સાથે મેળવીને ચકાસવામાં આવી છે.',
	'reachMap.disclaimer': 'સીમાઓ ફક્ત સૂચક છે. આ સર્વે ઑફ ઇન્ડિયાનો પ્રમાણિત નકશો નથી.',

	'reachMap.table.states': 'રાજ્યવાર સ્માર્ટ શહેરો અને જોડાયેલાં શહેરો',
	'reachMap.table.cities': 'દરેક શહેર અને તેની ભૂમિકા',
	'reachMap.table.pairings': 'જોડીઓ: દરેક મેન્ટર શહેર અને તેનાં મેન્ટી શહેરો',
	'reachMap.table.state': 'રાજ્ય / કેન્દ્રશાસિત પ્રદેશ',
	'reachMap.table.zone': 'ક્ષેત્રીય પરિષદ',
	'reachMap.table.smartCities': 'સ્માર્ટ શહેરો',
	'reachMap.table.engaged': 'જોડાયેલાં',
	'reachMap.table.total': 'કુલ',
	'reachMap.table.city': 'શહેર',
	'reachMap.table.role': 'ભૂમિકા',
	'reachMap.table.mentor': 'મેન્ટર શહેર',
	'reachMap.table.mentee': 'મેન્ટી શહેર',
	'reachMap.table.mentees': 'મેન્ટી શહેરો',
	'reachMap.table.pairingCount': 'જોડીઓ',
	'reachMap.table.programme': 'કાર્યક્રમ',
	'reachMap.table.dates': 'ક્યારથી – ક્યાં સુધી',
	'reachMap.table.noPairings': 'આ સમયગાળામાં કોઈ જોડી ચાલુ ન હતી.',
	'reachMap.table.outOfScope': 'ફિલ્ટરની બહાર'
};
