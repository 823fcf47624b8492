import type { Catalogue } from '../../message';
import type { suggestions as en } from '../en/suggestions';

export const suggestions: Catalogue<typeof en> = {
	'suggestions.reason.expertise': 'तज्ज्ञता: {topics}',
	'suggestions.reason.componentsInUse': 'त्यांचे शहर {components} चालवते',
	'suggestions.reason.componentsInUseSince':
		'त्यांचे शहर {components} चालवते; शहराचे कमांड सेंटर {year} पासून कार्यरत आहे',
	'suggestions.reason.practices': {
		one: '{topics} संदर्भात {count} प्रकाशित पद्धत',
		other: '{topics} संदर्भात {count} प्रकाशित पद्धती'
	},
	'suggestions.reason.assessmentGaps': 'जिथे तुम्ही सर्वांत कमकुवत आहात तिथे भक्कम: {gaps}',
	'suggestions.reason.gapFirst':
		'{parameter} ({round}) मध्ये {city} {value}, तर {mentee} {menteeValue}',
	'suggestions.reason.gapNext': '{parameter} ({round}) मध्ये {value}, तर {mentee} {menteeValue}',
	'suggestions.reason.gapsMore': {
		one: 'आणखी {count} मापदंडात पुढे',
		other: 'आणखी {count} मापदंडांत पुढे'
	},
	'suggestions.reason.gapsSample': '{text} (नमुना मूल्ये)',
	// Marathi writes a percentage out, as news and government circulars do: “95 टक्के”.
	'suggestions.value.percentage': '{value} टक्के',
	'suggestions.value.level': 'स्तर {value}',
	// Marathi news writes CSCAF's ratings as “4 स्टार”, for one star and for many.
	'suggestions.value.stars': { one: '{count} स्टार', other: '{count} स्टार' },
	'suggestions.reason.zoneAndDistance': 'दोन्ही शहरे {zone} क्षेत्रीय परिषदेत, अंतर {km} किमी',
	'suggestions.reason.zone': 'दोन्ही शहरे {zone} क्षेत्रीय परिषदेत',
	'suggestions.reason.distance': 'अंतर {km} किमी',
	'suggestions.reason.language': '{language} बोलतात',
	'suggestions.reason.trait.capital': 'दोन्ही शहरे राज्याच्या किंवा केंद्रशासित प्रदेशाच्या राजधान्या आहेत',
	'suggestions.reason.trait.coastal': 'दोन्ही शहरे समुद्रकिनारी आहेत',
	'suggestions.reason.trait.hill': 'दोन्ही शहरे डोंगराळ भागात आहेत',
	'suggestions.reason.trait.island': 'दोन्ही शहरे बेटांवर आहेत',
	'suggestions.reason.trait.pilgrimage': 'दोन्ही शहरे तीर्थक्षेत्रे आहेत',
	// Marathi says जागा उपलब्ध for one place and for many (उपलब्ध does not change with the
	// number); both forms keep the English placeholders.
	'suggestions.reason.capacity': {
		one: '{count} पैकी {free} जागा उपलब्ध',
		other: '{count} पैकी {free} जागा उपलब्ध'
	},
	'suggestions.reason.full': 'एकही जागा उपलब्ध नाही',
	'suggestions.reason.alreadyWorkingTogether': 'त्यांचे शहर या शहरासोबत आधीपासून काम करत आहे'
};
