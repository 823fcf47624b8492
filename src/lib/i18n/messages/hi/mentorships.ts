import type { Catalogue } from '../../message';
import type { mentorships as en } from '../en/mentorships';

export const mentorships: Catalogue<typeof en> = {
	'mentorships.list.title': 'मेंटरशिप',
	'mentorships.list.intro':
		'मिशन के हर कार्यक्रम में कौन-सा शहर किस शहर का मार्गदर्शन करता है। अधिकारी अपने शहर के अनुरोध, प्रस्ताव और जवाब भी देखते हैं।',
	'mentorships.list.adminTitle': 'सभी मेंटरशिप',
	'mentorships.list.adminIntro':
		'हर अनुरोध, प्रस्ताव और जोड़ी। किसी मेंटर शहर और मेंटी शहर को साथ लाने के लिए जोड़ी का प्रस्ताव रखें।',
	'mentorships.list.new': 'मेंटर माँगें',
	'mentorships.list.propose': 'जोड़ी का प्रस्ताव रखें',
	'mentorships.list.filters': 'मेंटरशिप छाँटें',
	'mentorships.list.filter.status': 'स्थिति',
	'mentorships.list.filter.city': 'शहर',
	'mentorships.list.filter.programme': 'कार्यक्रम',
	'mentorships.list.count': {
		one: '{count} मेंटरशिप',
		other: '{count} मेंटरशिप'
	},
	'mentorships.list.empty': 'कोई मेंटरशिप नहीं मिली।',
	'mentorships.list.caption': 'मेंटरशिप, नई पहले',
	'mentorships.list.pairing': 'जोड़ी',
	'mentorships.list.pairingText': '{mentor}, {mentee} का मार्गदर्शन करता है',
	'mentorships.list.requestText': '{mentee} ने {mentor} से माँगा',
	'mentorships.list.mentor': 'मुख्य मेंटर',
	'mentorships.list.topics': 'विषय',
	'mentorships.list.status': 'स्थिति',
	'mentorships.list.dates': 'तारीख़ें',
	'mentorships.list.since': '{date} से',
	'mentorships.list.from': '{date} से शुरू',
	'mentorships.list.range': '{from} से {to} तक',
	'mentorships.list.open': 'खोलें',
	'mentorships.list.answer': 'अनुरोध का जवाब दें',
	'mentorships.list.source': 'स्रोत',
	'mentorships.list.status.requested': 'अनुरोध भेजा गया',
	'mentorships.list.status.proposed': 'प्रस्तावित',
	'mentorships.list.status.active': 'सक्रिय',
	'mentorships.list.status.declined': 'अस्वीकृत',
	'mentorships.list.status.expired': 'समय-सीमा समाप्त',
	'mentorships.list.status.paused': 'रुकी हुई',
	'mentorships.list.status.completed': 'पूर्ण',
	'mentorships.list.status.withdrawn': 'वापस लिया गया',
	'mentorships.list.openRequests': 'आपके शहर के खुले अनुरोध',
	'mentorships.list.openRequestsIntro':
		'इन अनुरोधों का जवाब अभी बाक़ी है। जिनकी आपके शहर को अब ज़रूरत नहीं, उन्हें वापस लें।',
	'mentorships.list.openRequestsAccepted': {
		one: '{mentor} ने आपके शहर का अनुरोध स्वीकार किया। {count} और अनुरोध अब भी खुला है: ज़रूरत न हो तो उसे वापस लें।',
		other:
			'{mentor} ने आपके शहर का अनुरोध स्वीकार किया। {count} और अनुरोध अब भी खुले हैं: जिनकी ज़रूरत नहीं, उन्हें वापस लें।'
	},
	'mentorships.list.openRequestTo': '{city} को अनुरोध',
	'mentorships.list.withdrawn': 'अनुरोध वापस ले लिया गया।',

	'mentorship.request.title': 'मेंटर माँगें',
	'mentorship.request.intro':
		'बताएँ कि आपके शहर को किस बात में मदद चाहिए और विषय चुनें। सिटीसेतु सबसे उपयुक्त मेंटर सुझाता है और कारण बताता है; एक चुनकर अनुरोध भेजें। मेंटर 10 दिनों में जवाब देते हैं, वरना अनुरोध की समय-सीमा समाप्त हो जाती है।',
	'mentorship.request.proposeTitle': 'जोड़ी का प्रस्ताव रखें',
	'mentorship.request.proposeIntro':
		'मेंटी शहर और विषय चुनें, और वही क्रमबद्ध सुझाव देखें जो कोई शहर देखता है। आप जिस मेंटर को चुनेंगे, उनसे जोड़ी स्वीकार करने को कहा जाएगा।',
	'mentorship.request.menteeCity': 'मेंटी शहर',
	'mentorship.request.chooseCity': 'शहर चुनें',
	'mentorship.request.need': 'आपके शहर को किस बात में मदद चाहिए',
	'mentorship.request.needHint':
		'मार्कडाउन में, 20 से 8,000 अक्षर: आपके पास क्या है, आप क्या हासिल करना चाहते हैं, और रास्ते में क्या रुकावट है। इसे केवल आपका शहर, मेंटर का शहर और मिशन पढ़ते हैं।',
	'mentorship.request.topics': 'विषय',
	'mentorship.request.topicsHint': 'कम से कम एक क्षेत्र या आईसीसीसी घटक।',
	'mentorship.request.sectors': 'क्षेत्र',
	'mentorship.request.components': 'आईसीसीसी घटक',
	'mentorship.request.suggest': 'सुझाव दिखाएँ',
	'mentorship.request.suggestions': 'सुझाए गए मेंटर',
	'mentorship.request.suggestionsIntro':
		'सबसे उपयुक्त पहले। हर कारण के साथ अंकों में उसका हिस्सा दिखाया गया है; जिन मेंटर के पास जगह ख़ाली नहीं, वे आख़िर में हैं।',
	'mentorship.request.noSuggestions': 'अभी कोई मेंटर उपलब्ध नहीं है।',
	'mentorship.request.score': '100 में से {score} अंक',
	'mentorship.request.reasons': 'क्यों',
	'mentorship.request.shareOfScore': 'अंकों का {percent}',
	'mentorship.request.choose': '{name} से माँगें',
	'mentorship.request.chosen': 'चुने गए मेंटर',
	'mentorship.request.preselected': 'आपने मेंटर निर्देशिका से {name} ({city}) को चुना।',
	'mentorship.request.send': 'अनुरोध भेजें',
	'mentorship.request.propose': 'जोड़ी का प्रस्ताव भेजें',
	'mentorship.request.sent': 'आपका अनुरोध {name} को भेज दिया गया।',
	'mentorship.request.needTooShort': 'ज़रूरत कम से कम 20 अक्षरों में बताएँ।',
	'mentorship.request.needTooLong': 'ज़रूरत 8,000 अक्षरों से कम में लिखें।',
	'mentorship.request.topicsRequired': 'कम से कम एक क्षेत्र या आईसीसीसी घटक चुनें।',
	'mentorship.request.mentorRequired': 'कोई मेंटर चुनें।',
	'mentorship.request.unknownCity': 'सूची में से शहर चुनें।',
	'mentorship.request.unknownTopic': 'सूचियों में से विषय चुनें।',
	'mentorship.request.mentorUnavailable':
		'ये मेंटर यह अनुरोध नहीं ले सकते: वे अब सक्रिय मेंटर नहीं हैं, या उसी शहर में काम करते हैं।',
	'mentorship.request.noProgramme': 'अभी कोई मेंटरशिप कार्यक्रम नहीं चल रहा।',
	'mentorship.request.alreadyOpen':
		'आपके शहर का इस मेंटर के शहर को पहले से एक खुला अनुरोध है, या उसके साथ मेंटरशिप चल रही है।',
	'mentorship.request.noCity': 'केवल किसी शहर के अधिकारी मेंटर माँग सकते हैं।',
	'mentorship.request.forbidden': 'आप इस शहर के लिए मेंटर नहीं माँग सकते।',
	'mentorship.request.withdraw': 'अनुरोध वापस लें',
	'mentorship.request.withdrawTo': '{city} को भेजा अनुरोध वापस लें',
	'mentorship.request.withdrawTitle': 'अनुरोध वापस लें',
	'mentorship.request.withdrawIntro':
		'{city} को भेजा अपने शहर का अनुरोध वापस लें? मेंटर से अब इसका जवाब नहीं माँगा जाएगा।',
	'mentorship.request.withdrawNote': 'क्यों (वैकल्पिक)',
	'mentorship.request.notOpen': 'यह अनुरोध अब खुला नहीं है: स्थिति {status} है।',
	'mentorship.request.withdrawForbidden': 'इसे केवल अनुरोध करने वाला शहर या कोई एडमिन वापस ले सकता है।',
	'mentorship.request.mail.subject': '{mentee} से मेंटरशिप का अनुरोध',
	'mentorship.request.mail.body':
		'{mentee} ने {mentorCity} के मेंटर के रूप में आपसे इन विषयों में मदद माँगी है: {topics}।\nअनुरोध पढ़ें और जवाब दें: {link}\n10 दिनों तक जवाब न मिलने पर अनुरोध की समय-सीमा समाप्त हो जाती है।',
	'mentorship.request.mail.proposalSubject': '{mentee} की मेंटरशिप का प्रस्ताव',
	'mentorship.request.mail.proposalBody':
		'स्मार्ट सिटीज़ मिशन का प्रस्ताव है कि आप {mentorCity} के मेंटर के रूप में इन विषयों में {mentee} का मार्गदर्शन करें: {topics}।\nप्रस्ताव पढ़ें और जवाब दें: {link}',

	'mentorship.decision.title': 'अनुरोध का जवाब दें',
	'mentorship.decision.intro': '{mentee} ने {mentorCity} से मार्गदर्शन माँगा है।',
	'mentorship.decision.proposedIntro': 'मिशन का प्रस्ताव है कि {mentorCity}, {mentee} का मार्गदर्शन करे।',
	'mentorship.decision.request': 'अनुरोध',
	'mentorship.decision.need': 'ज़रूरत',
	'mentorship.decision.topics': 'विषय',
	'mentorship.decision.asked': 'अनुरोध',
	'mentorship.decision.askedBy': '{name} ने {date} को माँगा',
	'mentorship.decision.askedOn': '{date} को माँगा गया',
	'mentorship.decision.mentor': 'जिनसे माँगा गया',
	'mentorship.decision.legend': 'आपका जवाब',
	'mentorship.decision.accept': 'स्वीकार करें',
	'mentorship.decision.decline': 'अस्वीकार करें',
	'mentorship.decision.reason': 'कारण',
	'mentorship.decision.reasonHint':
		'अस्वीकार करने के लिए ज़रूरी; अनुरोध करने वाला शहर इसे पढ़ता है। स्वीकार करते समय स्वागत का एक शब्द।',
	'mentorship.decision.send': 'जवाब भेजें',
	'mentorship.decision.choose': 'स्वीकार या अस्वीकार चुनें।',
	'mentorship.decision.reasonRequired': 'अस्वीकार करने का कारण बताएँ।',
	'mentorship.decision.full': {
		one: 'आप पहले से {count} मेंटी शहर का नेतृत्व कर रहे हैं, जो आपकी क्षमता है। नया अनुरोध स्वीकार करने से पहले कोई मेंटरशिप पूरी करें या सौंपें, या अपनी मेंटर प्रोफ़ाइल में क्षमता बढ़ाएँ।',
		other:
			'आप पहले से {count} मेंटी शहरों का नेतृत्व कर रहे हैं, जो आपकी क्षमता है। नया अनुरोध स्वीकार करने से पहले कोई मेंटरशिप पूरी करें या सौंपें, या अपनी मेंटर प्रोफ़ाइल में क्षमता बढ़ाएँ।'
	},
	'mentorship.decision.fullFor': {
		one: 'मेंटर पहले से {count} मेंटी शहर का नेतृत्व कर रहे हैं, जो उनकी क्षमता है।',
		other: 'मेंटर पहले से {count} मेंटी शहरों का नेतृत्व कर रहे हैं, जो उनकी क्षमता है।'
	},
	'mentorship.decision.notOpen': 'यह अनुरोध अब खुला नहीं है: स्थिति {status} है।',
	'mentorship.decision.forbidden': 'इस अनुरोध का जवाब केवल {city} के कोई मेंटर या एडमिन दे सकते हैं।',
	'mentorship.decision.accepted': 'आपने स्वीकार किया: मेंटरशिप सक्रिय है।',
	'mentorship.decision.declined': 'आपने अनुरोध अस्वीकार किया।',
	'mentorship.decision.mail.acceptedSubject': '{mentorCity} ने आपका अनुरोध स्वीकार किया',
	'mentorship.decision.mail.acceptedBody':
		'{mentorCity} ने इन विषयों में मार्गदर्शन का आपके शहर का अनुरोध स्वीकार किया: {topics}।\n{reason}\nमेंटरशिप: {link}',
	'mentorship.decision.mail.declinedSubject': '{mentorCity} ने आपका अनुरोध अस्वीकार किया',
	'mentorship.decision.mail.declinedBody':
		'{mentorCity} ने इन विषयों में मार्गदर्शन का आपके शहर का अनुरोध अस्वीकार किया: {topics}।\nकारण: {reason}\nकिसी और मेंटर से माँगें: {newLink}',
	'mentorship.decision.mail.openRequests': {
		one: 'आपके शहर का {count} और अनुरोध खुला है, जिसे अब आप वापस ले सकते हैं:\n{others}\nएक क्लिक में वापस लें: {listLink}',
		other:
			'आपके शहर के {count} और अनुरोध खुले हैं, जिन्हें अब आप वापस ले सकते हैं:\n{others}\nएक क्लिक में वापस लें: {listLink}'
	},

	'mentorship.status.moveRequired': 'चुनें कि क्या करना है।',
	'mentorship.status.notAllowed': 'यह बदलाव अभी नहीं हो सकता।'
};
