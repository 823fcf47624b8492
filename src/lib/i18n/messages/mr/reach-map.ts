import type { Catalogue } from '../../message';
import type { reachMap as en } from '../en/reach-map';

export const reachMap: Catalogue<typeof en> = {
	'reachMap.title': 'भारताचा नकाशा: कार्यक्रम कुठपर्यंत पोहोचला आहे',
	'reachMap.desc.cities': {
		one: '{outOf} पैकी {count} स्मार्ट शहर मेंटर किंवा मेंटी म्हणून सहभागी आहे.',
		other: '{outOf} पैकी {count} स्मार्ट शहरे मेंटर किंवा मेंटी म्हणून सहभागी आहेत.'
	},
	'reachMap.desc.pairings': {
		one: '{count} जोडी एका मेंटर शहराला एका मेंटी शहराशी जोडते.',
		other: '{count} जोड्या मेंटर शहरांना मेंटी शहरांशी जोडतात.'
	},
	'reachMap.desc.shading':
		'प्रत्येक राज्याची छटा त्या राज्यातील किती शहरे सहभागी आहेत ते दर्शवते. नकाशाशेजारील तक्त्यांमध्ये हेच आकडे आहेत.',
	'reachMap.desc.scope': 'निवडलेल्या क्षेत्रीय परिषदेबाहेरील किंवा राज्याबाहेरील शहरे फिकट दाखवली आहेत.',
	'reachMap.role.mentor': 'मेंटर शहर',
	'reachMap.role.mentee': 'मेंटी शहर',
	'reachMap.role.both': 'मेंटर आणि मेंटी',
	'reachMap.role.none': 'अद्याप सहभागी नाही',
	'reachMap.roleWords.mentor': 'दुसऱ्या शहराला मार्गदर्शन करते',
	'reachMap.roleWords.mentee': 'दुसऱ्या शहराकडून मार्गदर्शन घेते',
	'reachMap.roleWords.both': 'दुसऱ्या शहराला मार्गदर्शन करते आणि स्वतःही मार्गदर्शन घेते',
	'reachMap.roleWords.none': 'अद्याप सहभागी नाही',
	'reachMap.cityTitle': '{city}: {role}',
	'reachMap.cityTitleOutOfScope': '{city}: {role} (फिल्टरबाहेर)',
	'reachMap.smallAreaTitle': '{name}: या आकारात दिसण्यासाठी खूप लहान',
	'reachMap.stateTitle': '{state}: {cities} पैकी {engaged} स्मार्ट शहरे सहभागी',
	'reachMap.legend.roles': 'शहरे',
	'reachMap.legend.shading': 'राज्यातील सहभागी शहरे',
	'reachMap.legend.pairing': 'मेंटर शहर ते मेंटी शहर',
	'reachMap.legend.outOfScope': 'फिल्टरबाहेर',
	'reachMap.legend.smallArea': 'दिसण्यासाठी खूप लहान राज्य किंवा केंद्रशासित प्रदेश',
	'reachMap.level.exact': '{min}',
	'reachMap.level.range': '{min} ते {max}',
	'reachMap.level.atLeast': '{min} किंवा अधिक',
	'reachMap.attribution':
		'राज्यांच्या सीमा: डेटामीट इंडिया समुदाय ({link}, CC0), भारत निवडणूक आयोगाच्या मतदारसंघ नकाशांवरून घेतलेल्या; बाह्य सीमा भारतीय सर्वेक्षण विभागाच्या (सर्व्हे ऑफ इंडिया) रूपरेषेशी पडताळून पाहिली आहे.',
	'reachMap.disclaimer': 'सीमा केवळ दिशादर्शक आहेत. हा भारतीय सर्वेक्षण विभागाचा प्रमाणित नकाशा नाही.',

	'reachMap.table.states': 'राज्यनिहाय स्मार्ट शहरे आणि सहभागी शहरे',
	'reachMap.table.cities': 'प्रत्येक शहर आणि त्याची भूमिका',
	'reachMap.table.pairings': 'जोड्या: प्रत्येक मेंटर शहर आणि त्याची मेंटी शहरे',
	'reachMap.table.state': 'राज्य / केंद्रशासित प्रदेश',
	'reachMap.table.zone': 'क्षेत्रीय परिषद',
	'reachMap.table.smartCities': 'स्मार्ट शहरे',
	'reachMap.table.engaged': 'सहभागी',
	'reachMap.table.total': 'एकूण',
	'reachMap.table.city': 'शहर',
	'reachMap.table.role': 'भूमिका',
	'reachMap.table.mentor': 'मेंटर शहर',
	'reachMap.table.mentee': 'मेंटी शहर',
	'reachMap.table.mentees': 'मेंटी शहरे',
	'reachMap.table.pairingCount': 'जोड्या',
	'reachMap.table.programme': 'कार्यक्रम',
	'reachMap.table.dates': 'केव्हापासून – केव्हापर्यंत',
	'reachMap.table.noPairings': 'या कालावधीत एकही जोडी सुरू नव्हती.',
	'reachMap.table.outOfScope': 'फिल्टरबाहेर'
};
