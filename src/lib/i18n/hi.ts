import type { Message, MessageKey } from './en';

// Hindi messages: the same keys as en.ts, written for Hindi readers rather than word for word.
export const hi: Record<MessageKey, Message> = {
	'site.name': 'सिटीसेतु',
	'site.tagline': 'एक-दूसरे से सीखते स्मार्ट शहर',
	'site.description':
		'सिटीसेतु भारत के स्मार्ट सिटी मिशन के मेंटर शहरों को उन शहरों से जोड़ता है जिनकी वे मदद करते हैं, और कमांड सेंटर व डिजिटल सेवाओं में कारगर तरीकों को साझा करता है।',
	'nav.label': 'मुख्य',
	'nav.home': 'मुखपृष्ठ',
	'nav.cities': 'शहर',
	'nav.skip': 'मुख्य सामग्री पर जाएँ',
	'language.label': 'भाषा',
	'language.switchHint': 'अंग्रेज़ी में देखें',
	'footer.mission': 'स्मार्ट सिटी मिशन, भारत सरकार के लिए ज्ञान साझा करने का मंच।',
	'footer.health': 'सेवा की स्थिति',

	'home.title': 'बेहतर कमांड सेंटर बनाने में शहरों की मदद करते शहर',
	'home.intro':
		'बारह मॉडल शहर अपने अधिकारियों को मेंटर के रूप में बाकी स्मार्ट शहरों की मदद के लिए देते हैं। सिटीसेतु उनकी जोड़ियाँ बनाता है, उनकी केस स्टडी और प्लेबुक को भारतीय भाषाओं में खोजने योग्य रखता है, और मिशन को दिखाता है कि कार्यक्रम कहाँ तक पहुँचा है।',
	'home.browse': 'सभी 100 स्मार्ट शहर देखें',
	'home.figures': 'आँकड़ों में कार्यक्रम',
	'home.figure.cities': 'मिशन के शहर',
	'home.figure.states': 'राज्य और केंद्र शासित प्रदेश',
	'home.figure.iccc': 'दर्ज किए गए कमांड सेंटर',
	'home.figure.components': 'सूचीबद्ध आईसीसीसी घटक',
	'home.audience': 'सिटीसेतु किनके लिए है',
	'home.audience.mentors': 'मेंटर अधिकारी',
	'home.audience.mentorsText':
		'अपने शहर के अनुभव से प्लेबुक प्रकाशित करें और जिन शहरों के आप मेंटर हैं उनके साथ हुई बैठकों का ब्योरा रखें।',
	'home.audience.cities': 'शहरों की आईटी और आईसीसीसी टीमें',
	'home.audience.citiesText':
		'देखें कि दूसरे शहरों ने आपकी जैसी समस्या कैसे सुलझाई, अपनी भाषा में, और जो अपनाएँ उसे दर्ज करें।',
	'home.audience.mission': 'मिशन के कर्मचारी',
	'home.audience.missionText':
		'कार्यक्रम बढ़ने के साथ क्षेत्रों और राज्यों में जोड़ियों, बैठकों और अपनाए गए तरीकों पर नज़र रखें।',
	'home.practices': 'तरीके जिनसे दूसरे शहर सीखते हैं',
	'home.practice.rajkot': 'एक कमांड सेंटर से शहर की दस प्रणालियाँ, ट्रैफ़िक सिग्नल से जल स्काडा तक।',
	'home.practice.bilaspur':
		'अपना खर्च खुद निकालने वाली डिजिटल लाइब्रेरी, और आईएमएएफ 2.0 में अंतर्विभागीय समन्वय में पहला स्थान।',
	'home.practice.thane': 'स्मार्ट सिटी नवाचार पर जापान के अवसंरचना मंत्रालय के साथ सहयोग ज्ञापन।',
	'home.practice.kanpur':
		'सेफ़ सिटी: दुकानों, होटलों, पेट्रोल पंपों और बसों के कैमरे आईसीसीसी से जुड़े।',
	'home.practice.sagar': 'आईसीसीसी बना ज़िले का कोविड-19 कंट्रोल रूम।',

	'cities.title': 'स्मार्ट शहर',
	'cities.intro':
		'स्मार्ट सिटी मिशन के सभी 100 शहर। राज्य, क्षेत्रीय परिषद या चयन के दौर के आधार पर सूची छोटी करें।',
	'cities.filters': 'शहर छाँटें',
	'cities.filter.state': 'राज्य या केंद्र शासित प्रदेश',
	'cities.filter.zone': 'क्षेत्रीय परिषद',
	'cities.filter.round': 'चयन का दौर',
	'cities.filter.any': 'सभी',
	'cities.filter.apply': 'छाँटें',
	'cities.filter.clear': 'सभी फ़िल्टर हटाएँ',
	'cities.count': { one: '{count} शहर', other: '{count} शहर' },
	'cities.empty': 'इन फ़िल्टरों से कोई शहर मेल नहीं खाता।',
	'cities.emptyHint': 'कोई दूसरा राज्य चुनें या फ़िल्टर हटाएँ।',
	'cities.invalidFilter': '“{value}” फ़िल्टर मान्य नहीं है, इसलिए उसे छोड़ दिया गया।',
	'cities.column.city': 'शहर',
	'cities.column.state': 'राज्य या के.शा.प्र.',
	'cities.column.zone': 'क्षेत्रीय परिषद',
	'cities.column.round': 'दौर',
	'cities.withdrawn': 'मिशन से अलग',

	'zone.northern': 'उत्तरी',
	'zone.western': 'पश्चिमी',
	'zone.southern': 'दक्षिणी',
	'zone.eastern': 'पूर्वी',
	'zone.north-eastern': 'उत्तर-पूर्वी',
	'zone.central': 'मध्य',
	'round.round-1': 'पहला दौर (जनवरी 2016)',
	'round.fast-track': 'फ़ास्ट ट्रैक (मई 2016)',
	'round.round-2': 'दूसरा दौर (सितंबर 2016)',
	'round.round-3': 'तीसरा दौर (जून 2017)',
	'round.round-4': 'चौथा दौर (2018)',

	'pagination.label': 'पृष्ठ',
	'pagination.previous': 'पिछला पृष्ठ',
	'pagination.next': 'अगला पृष्ठ',
	'pagination.status': 'पृष्ठ {page} / {pages}',

	'city.back': 'सभी शहर',
	'city.localName': 'स्थानीय नाम',
	'city.state': 'राज्य या केंद्र शासित प्रदेश',
	'city.zone': 'क्षेत्रीय परिषद',
	'city.round': 'चयन',
	'city.coordinates': 'स्थान',
	'city.map': 'ओपनस्ट्रीटमैप पर देखें',
	'city.spv': 'विशेष प्रयोजन कंपनी (एसपीवी)',
	'city.withdrawn': 'चयन के बाद यह शहर मिशन से अलग हो गया।',
	'city.facts': 'शहर के बारे में',
	'city.iccc': 'एकीकृत कमांड एवं कंट्रोल सेंटर',
	'city.icccSince': 'कब से चालू',
	'city.icccLocation': 'स्थान',
	'city.components': 'उपयोग में घटक',
	'city.noComponents': 'इस शहर के आईसीसीसी घटक अभी दर्ज नहीं किए गए हैं।',
	'city.noIccc': 'इस शहर के कमांड सेंटर का ब्योरा अभी दर्ज नहीं किया गया है।',

	'error.notFound.title': 'पृष्ठ नहीं मिला',
	'error.notFound.text': 'यह पृष्ठ नहीं मिला। हो सकता है वह हटा दिया गया हो या पता गलत लिखा गया हो।',
	'error.unexpected.title': 'कुछ गड़बड़ हो गई',
	'error.unexpected.text':
		'एक अनपेक्षित त्रुटि के कारण यह पृष्ठ नहीं खुल सका। इसे दर्ज कर लिया गया है; कृपया थोड़ी देर बाद फिर कोशिश करें।',
	'error.reference': 'शिकायत करते समय संदर्भ संख्या {id} बताएँ।',
	'error.generic.title': 'यह अनुरोध पूरा नहीं हो सका',
	'error.home': 'मुखपृष्ठ पर जाएँ'
};
