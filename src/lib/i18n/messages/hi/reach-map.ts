import type { Catalogue } from '../../message';
import type { reachMap as en } from '../en/reach-map';

export const reachMap: Catalogue<typeof en> = {
	'reachMap.title': 'भारत का नक्शा: कार्यक्रम कहाँ तक पहुँचा',
	'reachMap.desc.cities': {
		one: '{outOf} में से {count} स्मार्ट सिटी मेंटर या मेंटी के रूप में जुड़ी है।',
		other: '{outOf} में से {count} स्मार्ट सिटी मेंटर या मेंटी के रूप में जुड़ी हैं।'
	},
	'reachMap.desc.pairings': {
		one: '{count} जोड़ी एक मेंटर शहर को एक मेंटी शहर से जोड़ती है।',
		other: '{count} जोड़ियाँ मेंटर शहरों को मेंटी शहरों से जोड़ती हैं।'
	},
	'reachMap.desc.shading':
		'हर राज्य का रंग बताता है कि उसके कितने शहर जुड़े हैं। नक्शे के साथ की तालिकाओं में यही आँकड़े हैं।',
	'reachMap.desc.scope': 'चुनी गई क्षेत्रीय परिषद या राज्य से बाहर के शहर हल्के दिखाए गए हैं।',
	'reachMap.role.mentor': 'मेंटर शहर',
	'reachMap.role.mentee': 'मेंटी शहर',
	'reachMap.role.both': 'मेंटर भी, मेंटी भी',
	'reachMap.role.none': 'अभी नहीं जुड़ा',
	'reachMap.roleWords.mentor': 'दूसरे शहर का मेंटर है',
	'reachMap.roleWords.mentee': 'दूसरे शहर से मार्गदर्शन लेता है',
	'reachMap.roleWords.both': 'दूसरे शहर का मेंटर है और मार्गदर्शन भी लेता है',
	'reachMap.roleWords.none': 'अभी नहीं जुड़ा',
	'reachMap.cityTitle': '{city} — यह शहर {role}',
	'reachMap.cityTitleOutOfScope': '{city}: {role} (फ़िल्टर से बाहर)',
	'reachMap.smallAreaTitle': '{name}: इस आकार में दिखने के लिए बहुत छोटा',
	'reachMap.stateTitle': '{state}: {cities} में से {engaged} स्मार्ट सिटी जुड़ी',
	'reachMap.legend.roles': 'शहर',
	'reachMap.legend.shading': 'राज्य के जुड़े हुए शहर',
	'reachMap.legend.pairing': 'मेंटर शहर से मेंटी शहर',
	'reachMap.legend.outOfScope': 'फ़िल्टर से बाहर',
	'reachMap.legend.smallArea': 'बहुत छोटा राज्य या केंद्र शासित प्रदेश',
	'reachMap.level.exact': '{min}',
	'reachMap.level.range': '{min} से {max}',
	'reachMap.level.atLeast': '{min} या अधिक',
	'reachMap.attribution':
		'राज्यों की सीमाएँ: डेटामीट इंडिया समुदाय ({link}, CC0), भारत निर्वाचन आयोग के संसदीय क्षेत्रों के नक्शों से; बाहरी सीमा भारतीय सर्वेक्षण विभाग (सर्वे ऑफ़ इंडिया) की रूपरेखा से मिलाकर जाँची गई है।',
	'reachMap.disclaimer': 'सीमाएँ केवल संकेत के लिए हैं। यह भारतीय सर्वेक्षण विभाग का प्रमाणित नक्शा नहीं है।',

	'reachMap.table.states': 'राज्यवार स्मार्ट सिटी और जुड़े हुए शहर',
	'reachMap.table.cities': 'हर शहर और उसकी भूमिका',
	'reachMap.table.pairings': 'जोड़ियाँ: हर मेंटर शहर और उसके मेंटी शहर',
	'reachMap.table.state': 'राज्य या के.शा.प्र.',
	'reachMap.table.zone': 'क्षेत्रीय परिषद',
	'reachMap.table.smartCities': 'स्मार्ट सिटी',
	'reachMap.table.engaged': 'जुड़े हुए',
	'reachMap.table.total': 'कुल',
	'reachMap.table.city': 'शहर',
	'reachMap.table.role': 'भूमिका',
	'reachMap.table.mentor': 'मेंटर शहर',
	'reachMap.table.mentee': 'मेंटी शहर',
	'reachMap.table.mentees': 'मेंटी शहर (सभी)',
	'reachMap.table.pairingCount': 'जोड़ियाँ',
	'reachMap.table.programme': 'कार्यक्रम',
	'reachMap.table.dates': 'कब से – कब तक',
	'reachMap.table.noPairings': 'इस अवधि में कोई जोड़ी नहीं चली।',
	'reachMap.table.outOfScope': 'फ़िल्टर से बाहर'
};
