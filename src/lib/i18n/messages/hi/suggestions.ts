import type { Catalogue } from '../../message';
import type { suggestions as en } from '../en/suggestions';

export const suggestions: Catalogue<typeof en> = {
	'suggestions.reason.expertise': '{topics} के जानकार',
	'suggestions.reason.componentsInUse': 'उनका शहर {components} चलाता है',
	'suggestions.reason.componentsInUseSince':
		'उनका शहर {components} चलाता है, उसका कमांड सेंटर {year} से चालू है',
	'suggestions.reason.practices': {
		one: '{topics} पर {count} प्रकाशित तरीका',
		other: '{topics} पर {count} प्रकाशित तरीके'
	},
	'suggestions.reason.assessmentGaps': 'जहाँ आप सबसे कमज़ोर हैं, वहाँ मज़बूत: {gaps}',
	'suggestions.reason.gapFirst':
		'{parameter} ({round}) में {city} {value} पर, जबकि {mentee} {menteeValue} पर',
	'suggestions.reason.gapNext':
		'{parameter} ({round}) में {value} पर, जबकि {mentee} {menteeValue} पर',
	'suggestions.reason.gapsMore': {
		one: '{count} और मानक पर भी आगे',
		other: '{count} और मानकों पर भी आगे'
	},
	'suggestions.reason.gapsSample': '{text} (नमूना मान)',
	// As the Bilaspur IMAF report writes it: “95 प्रतिशत अंकों के साथ”.
	'suggestions.value.percentage': '{value} प्रतिशत',
	'suggestions.value.level': 'स्तर {value}',
	// Hindi news writes CSCAF's ratings as “4 स्टार”, for one star and for many.
	'suggestions.value.stars': { one: '{count} स्टार', other: '{count} स्टार' },
	'suggestions.reason.zoneAndDistance': 'दोनों शहर {zone} क्षेत्रीय परिषद में हैं, दूरी {km} किमी',
	'suggestions.reason.zone': 'दोनों शहर {zone} क्षेत्रीय परिषद में हैं',
	'suggestions.reason.distance': 'दूरी {km} किमी',
	'suggestions.reason.language': '{language} बोलते हैं',
	'suggestions.reason.trait.capital': 'दोनों किसी राज्य या केंद्र शासित प्रदेश की राजधानी हैं',
	'suggestions.reason.trait.coastal': 'दोनों शहर समुद्र के किनारे बसे हैं',
	'suggestions.reason.trait.hill': 'दोनों पहाड़ी शहर हैं',
	'suggestions.reason.trait.island': 'दोनों शहर द्वीप पर बसे हैं',
	'suggestions.reason.trait.pilgrimage': 'दोनों शहर तीर्थस्थल हैं',
	// Hindi says जगह for one place and for many; both forms keep the English placeholders.
	'suggestions.reason.capacity': {
		one: '{count} में से {free} जगह ख़ाली',
		other: '{count} में से {free} जगह ख़ाली'
	},
	'suggestions.reason.full': 'कोई जगह ख़ाली नहीं',
	'suggestions.reason.alreadyWorkingTogether': 'उनका शहर इस शहर के साथ पहले से काम कर रहा है'
};
