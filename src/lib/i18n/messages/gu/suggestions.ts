import type { Catalogue } from '../../message';
import type { suggestions as en } from '../en/suggestions';

export const suggestions: Catalogue<typeof en> = {
	'suggestions.reason.expertise': '{topics}માં નિષ્ણાત',
	'suggestions.reason.componentsInUse': 'તેમનું શહેર {components} ચલાવે છે',
	'suggestions.reason.componentsInUseSince':
		'તેમનું શહેર {components} ચલાવે છે, તેનું કમાન્ડ સેન્ટર {year}થી કાર્યરત છે',
	'suggestions.reason.practices': {
		one: '{topics} અંગે {count} પ્રકાશિત પદ્ધતિ',
		other: '{topics} અંગે {count} પ્રકાશિત પદ્ધતિઓ'
	},
	'suggestions.reason.assessmentGaps': 'જ્યાં તમે સૌથી નબળા છો, ત્યાં મજબૂત: {gaps}',
	'suggestions.reason.gapFirst':
		'{parameter} ({round})માં {city} {value} પર, જ્યારે {mentee} {menteeValue} પર',
	'suggestions.reason.gapNext':
		'{parameter} ({round})માં {value} પર, જ્યારે {mentee} {menteeValue} પર',
	'suggestions.reason.gapsMore': {
		one: '{count} વધુ માપદંડમાં પણ આગળ',
		other: '{count} વધુ માપદંડોમાં પણ આગળ'
	},
	'suggestions.reason.gapsSample': '{text} (નમૂનાનાં મૂલ્યો)',
	// Gujarati writes a percentage in words in running text: “95 ટકા”.
	'suggestions.value.percentage': '{value} ટકા',
	'suggestions.value.level': 'સ્તર {value}',
	// Gujarati writes CSCAF's ratings as “4 સ્ટાર”, for one star and for many.
	'suggestions.value.stars': { one: '{count} સ્ટાર', other: '{count} સ્ટાર' },
	'suggestions.reason.zoneAndDistance': 'બંને શહેર {zone} ક્ષેત્રીય પરિષદમાં છે, અંતર {km} કિમી',
	'suggestions.reason.zone': 'બંને શહેર {zone} ક્ષેત્રીય પરિષદમાં છે',
	'suggestions.reason.distance': 'અંતર {km} કિમી',
	'suggestions.reason.language': '{language} બોલે છે',
	'suggestions.reason.trait.capital': 'બંને કોઈ રાજ્ય કે કેન્દ્રશાસિત પ્રદેશની રાજધાની છે',
	'suggestions.reason.trait.coastal': 'બંને શહેર દરિયાકાંઠે વસેલાં છે',
	'suggestions.reason.trait.hill': 'બંને પર્વતીય શહેર છે',
	'suggestions.reason.trait.island': 'બંને શહેર ટાપુ પર વસેલાં છે',
	'suggestions.reason.trait.pilgrimage': 'બંને શહેર યાત્રાધામ છે',
	// Gujarati says જગ્યા for one place and for many; both forms keep the English placeholders.
	'suggestions.reason.capacity': {
		one: '{count}માંથી {free} જગ્યા ખાલી',
		other: '{count}માંથી {free} જગ્યા ખાલી'
	},
	'suggestions.reason.full': 'એક પણ જગ્યા ખાલી નથી',
	'suggestions.reason.alreadyWorkingTogether': 'તેમનું શહેર આ શહેર સાથે પહેલેથી કામ કરે છે'
};
